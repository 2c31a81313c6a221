package org.juesuan.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rule files {@code rules/<year>.yaml}, each read strictly when the book is made (at start): a file with an
 * unknown key, a bad value or a side outside the supported form stops the start ({@link RuleFileException}). A
 * year without its own file uses the latest earlier one.
 */
@Component
public class RuleBook {

    static final String FOLDER = "rules/";

    private final TreeMap<Integer, List<Rule>> byYear = new TreeMap<>();

    public RuleBook() {
        for (Map.Entry<String, Resource> file : shippedFiles().entrySet()) {
            String name = file.getKey();
            int year;
            try {
                year = Integer.parseInt(name.substring(FOLDER.length(), name.indexOf('.')));
            } catch (NumberFormatException e) {
                throw new RuleFileException(AuditMessages.notAYear(name));
            }
            try (InputStream in = file.getValue().getInputStream()) {
                byYear.put(year, RuleFile.read(name, in));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the rule file " + name, e);
            }
        }
        if (byYear.isEmpty()) {
            throw new IllegalStateException("no rule files under " + FOLDER);
        }
    }

    List<Rule> rulesFor(Integer fiscalYear) {
        Map.Entry<Integer, List<Rule>> entry = fiscalYear == null ? null : byYear.floorEntry(fiscalYear);
        return (entry != null ? entry : byYear.firstEntry()).getValue();
    }

    /** Every {@code rules/*.yaml} on the class path, by the name the messages give it ({@code rules/2023.yaml}). */
    static Map<String, Resource> shippedFiles() {
        try {
            Map<String, Resource> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.yaml")) {
                files.put(FOLDER + resource.getFilename(), resource);
            }
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the rule files", e);
        }
    }
}
