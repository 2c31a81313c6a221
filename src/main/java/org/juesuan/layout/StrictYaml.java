package org.juesuan.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One node of a data file read strictly: every map says which keys it allows, every value what it must be, and a
 * misspelled key or a bad value stops the start naming file › place › key in Chinese — never silently ignored.
 */
final class StrictYaml {

    private final String file;
    private final String where;
    private final Object value;

    private StrictYaml(String file, String where, Object value) {
        this.file = file;
        this.where = where;
        this.value = value;
    }

    /** Parses a whole file (duplicate keys refused). */
    static StrictYaml parse(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new StrictYaml(file, "", new Yaml(options).load(text));
        } catch (YAMLException e) {
            throw new LayoutFileException(file + "：不是合法的 YAML（" + e.getMessage().replaceAll("\\s+", " ").strip() + "）");
        }
    }

    boolean present() {
        return value != null;
    }

    /** This node is a map holding no key but these; returns it for chaining. */
    StrictYaml onlyKeys(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (String key : rawMap().keySet()) {
            if (!ok.contains(key)) {
                throw fail(key, "未知的键（此处可用：" + String.join("、", allowed) + "）");
            }
        }
        return this;
    }

    StrictYaml get(String key) {
        return new StrictYaml(file, child(key), rawMap().get(key));
    }

    StrictYaml required(String key) {
        StrictYaml node = get(key);
        if (!node.present()) {
            throw fail(key, "缺少此键");
        }
        return node;
    }

    /** The same node, named differently in messages (a table by its code rather than its position). */
    StrictYaml named(String name) {
        int cut = where.lastIndexOf(" › ");
        return new StrictYaml(file, (cut < 0 ? "" : where.substring(0, cut + 3)) + name, value);
    }

    /** A map whose keys are free (column keys, names): its entries in file order. */
    Map<String, StrictYaml> entries() {
        Map<String, StrictYaml> out = new LinkedHashMap<>();
        rawMap().forEach((k, v) -> out.put(k, new StrictYaml(file, child(k), v)));
        return out;
    }

    List<StrictYaml> list() {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw fail(null, "应为列表（- 开头的若干行，或 [甲, 乙]）");
        }
        List<StrictYaml> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(new StrictYaml(file, child("第" + (i + 1) + "项"), l.get(i)));
        }
        return out;
    }

    /** A list or a single item (a column key with one matcher writes it without a list). */
    List<StrictYaml> oneOrMany() {
        return value instanceof List<?> ? list() : List.of(this);
    }

    String string() {
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw fail(null, "应为一段文字，读到的是 " + describe(value));
    }

    /** A list of words; absent means none. */
    List<String> strings() {
        return list().stream().map(StrictYaml::string).toList();
    }

    boolean bool() {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw fail(null, "应为 true 或 false，读到的是 " + describe(value));
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
        String text = string();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw fail(null, "'" + text + "' 不是可用的取值（可用：" + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining("、")) + "）");
        }
    }

    LayoutFileException fail(String key, String problem) {
        return new LayoutFileException(file + (where.isEmpty() ? "" : " › " + where)
                + (key == null ? "" : " › " + key) + "：" + problem);
    }

    private Map<String, Object> rawMap() {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw fail(null, "应为“键: 值”的若干行，读到的是 " + describe(value));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private String child(String key) {
        return where.isEmpty() ? key : where + " › " + key;
    }

    private static String describe(Object v) {
        return v == null ? "空值" : v instanceof List<?> ? "列表" : v instanceof Map<?, ?> ? "若干“键: 值”" : "'" + v + "'";
    }

    /** A data file that does not say what the reader needs; the application does not start. */
    static final class LayoutFileException extends IllegalStateException {
        LayoutFileException(String message) {
            super(message);
        }
    }
}
