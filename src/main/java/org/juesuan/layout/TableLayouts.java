package org.juesuan.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The thirteen layouts and the page vocabulary, loaded strictly from {@code layouts/sichuan-2023.yaml}: an unknown
 * key or a bad value stops the start, naming file › table › key.
 */
@Component
public class TableLayouts {

    static final String RESOURCE = "layouts/sichuan-2023.yaml";

    private static final String[] ROOT_KEYS = {"vocabulary", "economicClassColumns", "classNameSynonyms", "tables"};
    private static final String[] TABLE_KEYS = {"code", "kind", "columns", "blocks", "economicColumnsUnder",
            "economicColumnPrefix", "totalLines", "alternativeRows", "otherTitles"};
    private static final String[] BLOCK_KEYS = {"header", "classLines", "columns", "lines"};
    private static final String[] LINE_KEYS = {"key", "labels", "after"};
    private static final String[] MATCHER_KEYS = {"leaf", "path", "not"};

    private final List<TableLayout> byTitleLength;
    private final List<Map.Entry<String, TableLayout>> titlesByLength;
    private final Map<TableCode, TableLayout> byCode = new LinkedHashMap<>();
    private final PageVocabulary vocabulary;
    private final Map<String, String> economicClassColumns;
    private final Map<String, String> classNameSynonyms;

    public TableLayouts() {
        this(RESOURCE, read(RESOURCE));
    }

    /** A layouts file given by name and text (tests load every shipped file, and broken ones). */
    TableLayouts(String fileName, String text) {
        StrictYaml root = StrictYaml.parse(fileName, text).onlyKeys(ROOT_KEYS);
        vocabulary = PageVocabulary.read(root.required("vocabulary"));
        economicClassColumns = normalizedKeys(root.required("economicClassColumns"));
        classNameSynonyms = normalizedKeys(root.get("classNameSynonyms"));
        for (StrictYaml entry : root.required("tables").list()) {
            TableLayout layout = table(entry);
            if (byCode.put(layout.code(), layout) != null) {
                throw entry.named(layout.code().name()).fail(null, "此表描述了两次");
            }
        }
        if (byCode.size() != TableCode.values().length) {
            throw root.get("tables").fail(null, "描述了 " + byCode.size() + " 张表，应为 " + TableCode.values().length
                    + " 张（缺：" + java.util.Arrays.stream(TableCode.values()).filter(c -> !byCode.containsKey(c))
                    .map(Enum::name).toList() + "）");
        }
        // Longest title first: 一般公共预算财政拨款支出决算明细表 must win over …支出决算表.
        byTitleLength = byCode.values().stream()
                .sorted(Comparator.comparingInt((TableLayout l) -> l.normalizedTitle().length()).reversed())
                .toList();
        List<Map.Entry<String, TableLayout>> titles = new ArrayList<>();
        for (TableLayout layout : byCode.values()) {
            titles.add(Map.entry(layout.normalizedTitle(), layout));
            layout.otherTitles().forEach(t -> titles.add(Map.entry(t, layout)));
        }
        titles.sort(Comparator.comparingInt((Map.Entry<String, TableLayout> e) -> e.getKey().length()).reversed());
        titlesByLength = List.copyOf(titles);
    }

    /** Every title a table is published under (its own and {@code otherTitles}), longest first. */
    List<Map.Entry<String, TableLayout>> titlesLongestFirst() {
        return titlesByLength;
    }

    public TableLayout get(TableCode code) {
        return byCode.get(code);
    }

    public List<TableLayout> longestTitleFirst() {
        return byTitleLength;
    }

    public PageVocabulary vocabulary() {
        return vocabulary;
    }

    /** Economic class code of a printed class name used as a column header (T05/T07), or null. */
    public String economicClassOfColumn(String normalizedName) {
        return economicClassColumns.get(normalizedName);
    }

    /** Class code for a 类 name the catalog lacks (older editions), or null. */
    public String classCodeOfSynonym(String normalizedName) {
        return classNameSynonyms.get(normalizedName);
    }

    private static TableLayout table(StrictYaml node) {
        node.onlyKeys(TABLE_KEYS);
        TableCode code = node.required("code").oneOf(TableCode.class);
        StrictYaml m = node.named(code.name()).onlyKeys(TABLE_KEYS);
        TableKind kind = m.required("kind").oneOf(TableKind.class);
        List<BlockLayout> blocks = new ArrayList<>();
        for (StrictYaml block : m.get("blocks").list()) {
            block.onlyKeys(BLOCK_KEYS);
            List<LineSpec> lines = new ArrayList<>();
            for (StrictYaml line : block.required("lines").list()) {
                line.onlyKeys(LINE_KEYS);
                lines.add(new LineSpec(line.required("key").string(),
                        line.required("labels").strings().stream().map(TextNormalizer::label).toList(),
                        line.get("after").present() ? line.get("after").string() : null));
            }
            blocks.add(new BlockLayout(TextNormalizer.normalize(block.required("header").string()),
                    columns(block.required("columns")), lines, block.get("classLines").bool()));
        }
        if (kind == TableKind.FIXED_LINES && blocks.isEmpty()) {
            throw m.fail("blocks", kind + " 类的表须列出其收入、支出两块");
        }
        if ((kind == TableKind.FUNCTIONAL || kind == TableKind.SINGLE_ROW) && !m.get("columns").present()) {
            throw m.fail("columns", "缺少此键（" + kind + " 类的表须列出其栏目）");
        }
        StrictYaml under = m.get("economicColumnsUnder");
        return new TableLayout(code, kind, columns(m.get("columns")), blocks,
                under.present() ? TextNormalizer.normalize(under.string()) : null,
                m.get("economicColumnPrefix").present() ? m.get("economicColumnPrefix").string() : null,
                normalizedKeys(m.get("totalLines")),
                m.get("alternativeRows").present() ? m.get("alternativeRows").oneOf(CodeFamily.class) : null,
                normalized(m.get("otherTitles")));
    }

    private static Map<String, List<ColumnMatcher>> columns(StrictYaml node) {
        Map<String, List<ColumnMatcher>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, StrictYaml> e : node.entries().entrySet()) {
            columns.put(e.getKey(), e.getValue().oneOrMany().stream().map(matcher -> {
                matcher.onlyKeys(MATCHER_KEYS);
                ColumnMatcher m = new ColumnMatcher(normalized(matcher.get("leaf")), normalized(matcher.get("path")),
                        normalized(matcher.get("not")));
                if (m.leaf().isEmpty() && m.path().isEmpty()) {
                    throw matcher.fail(null, "须有 leaf 或 path（否则任何一栏都会对上）");
                }
                return m;
            }).toList());
        }
        return columns;
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("无法读取 " + resource, e);
        }
    }

    private static List<String> normalized(StrictYaml node) {
        return node.strings().stream().map(TextNormalizer::normalize).toList();
    }

    private static Map<String, String> normalizedKeys(StrictYaml node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.entries().forEach((k, v) -> out.put(TextNormalizer.normalize(k), v.string()));
        return out;
    }
}
