package org.juesuan.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Makes docs/glossary.md, the key → 中文 table of every table code, row key and column key, from the layout file
 * (GlossaryTest compares it with the committed one and, asked to, writes it). It reads only what names a key (the tables' lines, columns, total lines and the economic class columns) and
 * passes over every other section and setting, so the layout file can grow without breaking it. A column's
 * Chinese name is the first header text its first matcher accepts (its header path, then its own text).
 */
public final class Glossary {

    static final Path LAYOUT = Path.of("src/main/resources/layouts/sichuan-2023.yaml");
    static final Path DOCUMENT = Path.of("docs/glossary.md");

    private final StringBuilder out = new StringBuilder();

    private Glossary() {
    }

    static String of(Path layoutFile) throws IOException {
        try (InputStream in = Files.newInputStream(layoutFile)) {
            Map<String, Object> root = map(new Yaml(new LoaderOptions()).load(in));
            return new Glossary().document(root, layoutFile);
        }
    }

    private String document(Map<String, Object> root, Path layoutFile) {
        out.append("# 键与中文名称对照\n\n")
                .append("每个金额在数据仓库中由（表号、行键、列键）确定（见 [contract.md §3](contract.md#3-row-and-column-keys)）。")
                .append("本表由布局文件 `").append(layoutFile.toString().replace('\\', '/')).append("` 生成，请勿手改：\n")
                .append("布局文件改动后运行 `mvn -B -q -o test -Dtest=GlossaryTest -Djuesuan.glossary.write=true` 重新生成，")
                .append("`GlossaryTest` 在本文件与布局文件不一致时失败。\n\n");
        out.append("## 表号\n\n| 表号 | 表名 |\n|---|---|\n");
        List<Map<String, Object>> tables = list(root.get("tables")).stream().map(Glossary::map).toList();
        for (Map<String, Object> table : tables) {
            out.append("| `").append(code(table)).append("` | ").append(title(table)).append(" |\n");
        }
        Map<String, Object> economicClasses = map(root.get("economicClassColumns"));
        for (Map<String, Object> table : tables) {
            table(table, economicClasses);
        }
        return out.toString();
    }

    private void table(Map<String, Object> table, Map<String, Object> economicClasses) {
        String kind = String.valueOf(table.get("kind"));
        out.append("\n## ").append(code(table)).append(' ').append(title(table)).append('\n');
        Map<String, String> rows = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        switch (kind) {
            case "FUNCTIONAL" -> {
                rows.put("TOTAL", "合计");
                rows.put("2xx / 2xxxx / 2xxxxxx", "支出功能分类科目编码（类 3 位、款 5 位、项 7 位）");
            }
            case "ECONOMIC_GROUPS" -> {
                rows.put("3xx / 3xxxx", "支出经济分类科目编码（类 3 位、款 5 位）");
                columns.put("amount", "决算数");
            }
            case "SINGLE_ROW" -> rows.put("TOTAL", "（唯一的一行）");
            default -> {
            }
        }
        map(table.get("totalLines")).forEach((name, key) -> rows.merge(String.valueOf(key), name, (a, b) -> a + " / " + b));
        if ("ECONOMIC".equals(table.get("alternativeRows"))) {
            rows.put("3xx / 3xxxx", "按经济分类列行时：支出经济分类科目编码");
        } else if ("FUNCTIONAL".equals(table.get("alternativeRows"))) {
            rows.put("2xx / 2xxxx / 2xxxxxx", "按功能分类列行时：支出功能分类科目编码");
        }
        columns(table.get("columns"), columns, "");
        for (Object b : list(table.get("blocks"))) {
            Map<String, Object> block = map(b);
            String side = String.valueOf(block.get("header"));
            Map<String, String> labels = new LinkedHashMap<>();
            for (Object l : list(block.get("lines"))) {
                Map<String, Object> line = map(l);
                String label = first(line.get("labels"));
                if (line.get("after") != null) { // a breakdown line, named under the line it follows
                    label = labels.get(String.valueOf(line.get("after"))) + " › " + label;
                }
                labels.put(String.valueOf(line.get("key")), label);
                rows.merge(String.valueOf(line.get("key")), side + "：" + label, (a, c) -> a);
            }
            if (Boolean.TRUE.equals(block.get("classLines"))) {
                rows.put("2xx", side + "：各类支出（按类级科目编码）");
            }
            columns(block.get("columns"), columns, side + "：");
        }
        Object prefix = table.get("economicColumnPrefix");
        if (prefix != null) {
            economicClasses.forEach((name, classCode) -> columns.put(prefix + String.valueOf(classCode),
                    table.get("economicColumnsUnder") + " › " + name));
        }
        section("行键", rows);
        section("列键", columns);
    }

    private void columns(Object node, Map<String, String> into, String side) {
        map(node).forEach((key, matchers) -> into.merge(key, side + columnName(matchers), (a, b) -> a + "；" + b));
    }

    /** The Chinese name of a column: an explicit name if the file gives one, else what its first matcher accepts. */
    private static String columnName(Object matchers) {
        Map<String, Object> matcher = map(matchers instanceof List<?> l ? l.get(0) : matchers);
        if (matcher.get("name") != null) {
            return String.valueOf(matcher.get("name"));
        }
        List<String> words = new ArrayList<>(strings(matcher.get("path")));
        if (!strings(matcher.get("leaf")).isEmpty()) {
            words.add(first(matcher.get("leaf")));
        }
        return String.join(" › ", words);
    }

    private void section(String heading, Map<String, String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        out.append("\n| ").append(heading).append(" | 中文 |\n|---|---|\n");
        keys.forEach((key, name) -> out.append("| `").append(key).append("` | ").append(name).append(" |\n"));
    }

    private static String code(Map<String, Object> table) {
        return String.valueOf(table.get("code"));
    }

    private static String title(Map<String, Object> table) {
        return table.get("title") != null ? String.valueOf(table.get("title")) : TableCode.valueOf(code(table)).title();
    }

    private static String first(Object node) {
        List<String> s = strings(node);
        return s.isEmpty() ? "" : s.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object node) {
        return node instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static List<String> strings(Object node) {
        return node instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : node == null ? List.of() : List.of(String.valueOf(node));
    }
}
