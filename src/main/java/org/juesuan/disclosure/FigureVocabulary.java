package org.juesuan.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the 情况说明 calls each figure, and where that figure stands in the tables: loaded strictly from
 * {@code disclosure/figures.yaml} — an unknown key, a missing one or a sum over an unknown name is refused at
 * start, naming the file, the entry and the key.
 */
public final class FigureVocabulary {

    public static final String RESOURCE = "disclosure/figures.yaml";

    /** One figure: its name in reports, the phrases the text uses, and its cell (absent: text arithmetic only). */
    public record Figure(String name, List<String> phrases, Cell cell) {
    }

    /** A cell of the tables, keyed as in docs/contract.md §3. */
    public record Cell(String table, String row, String column) {
    }

    /** Whole = Σ parts, stated in prose within one part of the text. */
    public record Sum(Figure whole, List<Figure> parts) {
    }

    /** One phrase and the figure it names; phrases are tried longest first. */
    public record Phrase(String text, Figure figure) {
    }

    private final Map<String, Figure> figures;
    private final List<Sum> sums;
    private final List<Phrase> phrases;
    private final String itemTable;
    private final String itemColumn;

    private FigureVocabulary(Map<String, Figure> figures, List<Sum> sums, String itemTable, String itemColumn) {
        this.figures = figures;
        this.sums = sums;
        this.itemTable = itemTable;
        this.itemColumn = itemColumn;
        List<Phrase> all = new ArrayList<>();
        figures.values().forEach(f -> f.phrases().forEach(p -> all.add(new Phrase(p, f))));
        all.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        this.phrases = List.copyOf(all);
    }

    public static FigureVocabulary load() {
        try (InputStream in = FigureVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " 不在程序包中");
            }
            return parse(RESOURCE, new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new IllegalStateException("无法读取 " + RESOURCE + "：" + e.getMessage(), e);
        }
    }

    static FigureVocabulary parse(String file, Object document) {
        Map<String, Object> top = map(file, "文件", document, Set.of("figures", "sums", "items"));
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Object entry : list(file, "figures", top.get("figures"))) {
            Map<String, Object> m = map(file, "figures", entry, Set.of("name", "phrases", "table", "row", "column"));
            String name = text(file, "figures", m, "name");
            String where = "figures › " + name;
            List<String> phrases = list(file, where + " › phrases", m.get("phrases")).stream().map(String::valueOf)
                    .map(NarrativeText::normalize).toList();
            if (phrases.isEmpty()) {
                throw new IllegalStateException(file + " › " + where + " › phrases：至少要有一种写法");
            }
            Cell cell = null;
            if (m.containsKey("table") || m.containsKey("row") || m.containsKey("column")) {
                cell = new Cell(text(file, where, m, "table"), text(file, where, m, "row"), text(file, where, m, "column"));
            }
            if (figures.put(name, new Figure(name, phrases, cell)) != null) {
                throw new IllegalStateException(file + " › " + where + "：名字重复");
            }
        }
        List<Sum> sums = new ArrayList<>();
        for (Object entry : list(file, "sums", top.getOrDefault("sums", List.of()))) {
            Map<String, Object> m = map(file, "sums", entry, Set.of("whole", "parts"));
            String where = "sums › " + m.get("whole");
            Figure whole = named(file, where, figures, text(file, "sums", m, "whole"));
            List<Figure> parts = list(file, where + " › parts", m.get("parts")).stream()
                    .map(p -> named(file, where, figures, String.valueOf(p))).toList();
            sums.add(new Sum(whole, parts));
        }
        Map<String, Object> items = map(file, "items", top.get("items"), Set.of("table", "column"));
        return new FigureVocabulary(figures, List.copyOf(sums), text(file, "items", items, "table"),
                text(file, "items", items, "column"));
    }

    public List<Phrase> phrasesLongestFirst() {
        return phrases;
    }

    public List<Sum> sums() {
        return sums;
    }

    public Optional<Figure> figure(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    /** The functional table whose 项 rows a statement like "行政运行（项）：支出决算为 285.44 万元" names. */
    public String itemTable() {
        return itemTable;
    }

    public String itemColumn() {
        return itemColumn;
    }

    private static Figure named(String file, String where, Map<String, Figure> figures, String name) {
        Figure f = figures.get(name);
        if (f == null) {
            throw new IllegalStateException(file + " › " + where + "：没有名为 '" + name + "' 的数（figures 里没有）");
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String file, String where, Object value, Set<String> keys) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalStateException(file + " › " + where + "：应为一组 键: 值");
        }
        for (Object key : m.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw new IllegalStateException(file + " › " + where + " › 键 '" + key + "'：未知的键；可用的键："
                        + String.join("、", keys.stream().sorted().toList()));
            }
        }
        return (Map<String, Object>) m;
    }

    private static List<?> list(String file, String where, Object value) {
        if (!(value instanceof List<?> l)) {
            throw new IllegalStateException(file + " › " + where + "：应为一个列表");
        }
        return l;
    }

    private static String text(String file, String where, Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalStateException(file + " › " + where + " › 键 '" + key + "'：缺少");
        }
        return String.valueOf(v).trim();
    }
}
