package org.juesuan.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.model.Severity;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The rule files {@code rules/<year>.yaml}; a year without its own file uses the latest earlier one. */
@Component
public class RuleBook {

    private final TreeMap<Integer, List<Rule>> byYear = new TreeMap<>();

    public RuleBook() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/*.yaml")) {
                String name = resource.getFilename();
                int year = Integer.parseInt(name.substring(0, name.indexOf('.')));
                byYear.put(year, load(resource));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the rule files", e);
        }
        if (byYear.isEmpty()) {
            throw new IllegalStateException("no rule files under rules/");
        }
    }

    public List<Rule> rulesFor(Integer fiscalYear) {
        Map.Entry<Integer, List<Rule>> entry = fiscalYear == null ? null : byYear.floorEntry(fiscalYear);
        return (entry != null ? entry : byYear.firstEntry()).getValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Rule> load(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> root = new Yaml(new LoaderOptions()).load(in);
            List<Rule> rules = new ArrayList<>();
            for (Object entry : (List<Object>) root.get("rules")) {
                Map<String, Object> m = (Map<String, Object>) entry;
                List<String> columns = (List<String>) m.get("forColumns");
                for (String column : columns == null ? List.of("") : columns) {
                    rules.add(rule(m, column));
                }
            }
            return rules;
        }
    }

    @SuppressWarnings("unchecked")
    private static Rule rule(Map<String, Object> m, String column) {
        Map<String, Object> forEachRow = (Map<String, Object>) m.get("forEachRow");
        return new Rule(expand(m.get("id"), column), (String) m.get("type"), (String) m.get("scope"),
                (String) m.get("table"), Severity.valueOf((String) m.get("severity")),
                expand(m.get("left"), column), (String) m.get("op"), expand(m.get("right"), column),
                "exact".equals(m.get("tolerance")), Boolean.TRUE.equals(m.get("ifPrinted")),
                forEachRow == null ? null : (List<String>) forEachRow.get("tables"),
                forEachRow == null ? null : (Integer) forEachRow.get("level"),
                (List<String>) m.get("tables"), (String) m.get("message"));
    }

    private static String expand(Object template, String column) {
        return template == null ? null : template.toString().replace("{col}", column);
    }
}
