package org.juesuan.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 部门预算支出经济分类 类/款 names (the shipped catalog, in template order), and which of the three column
 * groups of T08/T09 a class sits in.
 */
final class EconomicCatalog {

    /** The project columns of T05/T07: every economic class, with the name printed as its header. */
    static final Map<String, String> PROJECT_COLUMN_CLASSES = projectColumnClasses();

    private static final EconomicCatalog INSTANCE = load();

    private final Map<String, String> names;

    private EconomicCatalog(Map<String, String> names) {
        this.names = names;
    }

    static EconomicCatalog get() {
        return INSTANCE;
    }

    private static EconomicCatalog load() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] f : ReferenceCsv.read("economic_classification.csv")) {
            names.putIfAbsent(f[0], f[1]);
        }
        return new EconomicCatalog(Collections.unmodifiableMap(names));
    }

    private static Map<String, String> projectColumnClasses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("301", "工资福利支出");
        m.put("302", "商品和服务支出");
        m.put("303", "对个人和家庭的补助");
        m.put("307", "债务利息及费用支出");
        m.put("309", "资本性支出（基本建设）");
        m.put("310", "资本性支出");
        m.put("311", "对企业补助（基本建设）");
        m.put("312", "对企业补助");
        m.put("313", "对社会保障基金补助");
        m.put("399", "其他支出");
        return Collections.unmodifiableMap(m);
    }

    String name(String code) {
        String name = names.get(code);
        if (name == null) {
            throw new IllegalArgumentException("economic code not in the catalog: " + code);
        }
        return name;
    }

    /** 人员经费 = 工资福利支出 + 对个人和家庭的补助; everything else in 基本支出 is 公用经费. */
    static boolean isPersonnel(String code) {
        return code.startsWith("301") || code.startsWith("303");
    }

    /** The T08/T09 column group (0, 1, 2) a code's class is printed in: 301/303 | 302 | 307, 310, 312, 399 … */
    static int group(String code) {
        String cls = code.substring(0, 3);
        return switch (cls) {
            case "301", "303" -> 0;
            case "302" -> 1;
            default -> 2;
        };
    }

    /** The class codes of the template, in print order within their groups. */
    List<String> classCodes() {
        List<String> classes = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            for (String code : names.keySet()) {
                if (code.length() == 3 && group(code) == group) {
                    classes.add(code);
                }
            }
        }
        return classes;
    }

    /** The 款 codes of one class, in template order. */
    List<String> itemCodes(String classCode) {
        return names.keySet().stream().filter(c -> c.length() == 5 && c.startsWith(classCode)).toList();
    }
}
