package org.juesuan.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.model.TableCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The thirteen layouts, loaded from {@code layouts/sichuan-2023.yaml}. */
@Component
public class TableLayouts {

    static final String RESOURCE = "layouts/sichuan-2023.yaml";

    private final List<TableLayout> byTitleLength;
    private final Map<TableCode, TableLayout> byCode = new LinkedHashMap<>();
    private final Set<String> genericHeaderWords;
    private final Map<String, String> economicClassColumns;
    private final Map<String, String> classNameSynonyms;

    public TableLayouts() {
        Map<String, Object> root = load();
        genericHeaderWords = Set.copyOf(strings(root.get("genericHeaderWords")));
        economicClassColumns = normalizedKeys(stringMap(root.get("economicClassColumns")));
        classNameSynonyms = normalizedKeys(stringMap(root.get("classNameSynonyms")));
        for (Object entry : list(root.get("tables"))) {
            TableLayout layout = table(map(entry));
            byCode.put(layout.code(), layout);
        }
        if (byCode.size() != TableCode.values().length) {
            throw new IllegalStateException(RESOURCE + " describes " + byCode.size() + " tables, expected 13");
        }
        // Longest title first: 一般公共预算财政拨款支出决算明细表 must win over …支出决算表.
        byTitleLength = byCode.values().stream()
                .sorted(Comparator.comparingInt((TableLayout l) -> l.normalizedTitle().length()).reversed())
                .toList();
    }

    public TableLayout get(TableCode code) {
        return byCode.get(code);
    }

    public List<TableLayout> longestTitleFirst() {
        return byTitleLength;
    }

    public Set<String> genericHeaderWords() {
        return genericHeaderWords;
    }

    /** Economic class code of a printed class name used as a column header (T05/T07), or null. */
    public String economicClassOfColumn(String normalizedName) {
        return economicClassColumns.get(normalizedName);
    }

    /** Class code for a 类 name the catalog lacks (older editions), or null. */
    public String classCodeOfSynonym(String normalizedName) {
        return classNameSynonyms.get(normalizedName);
    }

    private static TableLayout table(Map<String, Object> m) {
        List<BlockLayout> blocks = new ArrayList<>();
        for (Object b : list(m.get("blocks"))) {
            Map<String, Object> block = map(b);
            List<LineSpec> lines = new ArrayList<>();
            for (Object l : list(block.get("lines"))) {
                Map<String, Object> line = map(l);
                lines.add(new LineSpec((String) line.get("key"),
                        strings(line.get("labels")).stream().map(TextNormalizer::label).toList(),
                        (String) line.get("after")));
            }
            blocks.add(new BlockLayout(TextNormalizer.normalize((String) block.get("header")),
                    columns(block.get("columns")), lines, Boolean.TRUE.equals(block.get("classLines"))));
        }
        return new TableLayout(TableCode.valueOf((String) m.get("code")),
                TableKind.valueOf((String) m.get("kind")),
                columns(m.get("columns")), blocks,
                m.get("economicColumnsUnder") == null ? null : TextNormalizer.normalize((String) m.get("economicColumnsUnder")),
                (String) m.get("economicColumnPrefix"),
                normalizedKeys(stringMap(m.get("totalLines"))),
                m.get("alternativeRows") == null ? null : CodeFamily.valueOf((String) m.get("alternativeRows")));
    }

    private static Map<String, List<ColumnMatcher>> columns(Object node) {
        Map<String, List<ColumnMatcher>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(node).entrySet()) {
            List<Object> alternatives = e.getValue() instanceof List<?> l ? new ArrayList<>(l) : List.of(e.getValue());
            columns.put(e.getKey(), alternatives.stream().map(a -> {
                Map<String, Object> matcher = map(a);
                return new ColumnMatcher(normalized(matcher.get("leaf")), normalized(matcher.get("path")),
                        normalized(matcher.get("not")));
            }).toList());
        }
        return columns;
    }

    private static Map<String, Object> load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new Yaml(new LoaderOptions()).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> normalized(Object node) {
        return strings(node).stream().map(TextNormalizer::normalize).toList();
    }

    private static Map<String, String> normalizedKeys(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(TextNormalizer.normalize(k), v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static List<Object> list(Object node) {
        return node == null ? List.of() : new ArrayList<>((List<?>) node);
    }

    private static List<String> strings(Object node) {
        return list(node).stream().map(String::valueOf).toList();
    }

    private static Map<String, String> stringMap(Object node) {
        Map<String, String> out = new LinkedHashMap<>();
        map(node).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
