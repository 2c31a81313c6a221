package org.juesuan.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a 功能分类 项's money typically splits over economic 款 (weights), by use. Plausibility only: a 行政运行 pays
 * salaries and office costs, 住房公积金 is 30113, 农田建设 is mostly 基础设施建设. “三公” 款 (30212, 30217, 30231,
 * 31013) never appear here; they come only from explicit pins, so T13 is exactly what a department pinned.
 */
final class EconomicProfiles {

    private record Rule(List<String> itemCodes, List<String> nameKeywords, Map<String, Integer> weights) {
        boolean matches(String itemCode, String itemName) {
            return itemCodes.contains(itemCode) || nameKeywords.stream().anyMatch(itemName::contains);
        }
    }

    private static final Map<String, Integer> SALARIES = weights(
            "30101", 22, "30102", 24, "30103", 5, "30106", 2, "30107", 30, "30112", 2, "30199", 4);

    private static final List<Rule> PERSONNEL = List.of(
            rule(List.of("2080505"), List.of(), weights("30108", 1)),
            rule(List.of("2080506"), List.of(), weights("30109", 1)),
            rule(List.of("2101101", "2101102"), List.of(), weights("30110", 1)),
            rule(List.of("2101103"), List.of(), weights("30111", 1)),
            rule(List.of("2210201"), List.of(), weights("30113", 1)),
            rule(List.of("2210202", "2210203"), List.of(), weights("30102", 1)),
            rule(List.of(), List.of("离退休"), weights("30302", 95, "30305", 5)),
            rule(List.of(), List.of("抚恤"), weights("30304", 1)));

    private static final Map<String, Integer> OFFICE = weights(
            "30201", 25, "30205", 3, "30206", 8, "30207", 5, "30211", 10, "30213", 6, "30215", 2, "30216", 3,
            "30228", 10, "30229", 6, "30239", 14, "30299", 8);

    private static final List<Rule> PUBLIC = List.of(
            rule(List.of(), List.of("学前教育", "小学教育", "初中教育", "高中教育", "职业教育", "学校教育"),
                    weights("30201", 15, "30205", 8, "30206", 15, "30209", 5, "30213", 12, "30218", 20, "30228", 8,
                            "30229", 5, "30299", 12)));

    private static final Map<String, Integer> PROJECT_DEFAULT = weights(
            "30201", 10, "30211", 8, "30226", 15, "30227", 30, "30299", 20, "31002", 7, "31007", 10);

    private static final List<Rule> PROJECT = List.of(
            rule(List.of(), List.of("抚恤"), weights("30304", 1)),
            rule(List.of(), List.of("离退休"), weights("30305", 1)),
            rule(List.of(), List.of("村民委员会", "村集体"), weights("39908", 1)),
            rule(List.of(), List.of("公益事业建设"), weights("31005", 70, "39908", 30)),
            rule(List.of(), List.of("保险保费"), weights("31204", 1)),
            rule(List.of(), List.of("生产发展"), weights("30310", 45, "31204", 25, "30227", 20, "30218", 10)),
            rule(List.of(), List.of("基础设施", "农田建设"), weights("31005", 75, "30227", 15, "31099", 10)),
            rule(List.of(), List.of("教育", "教师进修"),
                    weights("30308", 25, "30218", 15, "30213", 15, "31006", 20, "31003", 15, "30226", 10)),
            rule(List.of(), List.of("资源勘探", "制造业", "中小企业"), weights("31299", 70, "31204", 30)),
            rule(List.of(), List.of("病虫害", "质量安全", "推广"),
                    weights("30218", 40, "30227", 30, "30226", 15, "31003", 15)),
            rule(List.of(), List.of("彩票公益金", "体育"), weights("30218", 30, "30227", 30, "30226", 20, "31003", 20)));

    private EconomicProfiles() {
    }

    /** Economic 款 → weight for money of {@code use} under the 项 {@code itemCode}. */
    static Map<String, Integer> weightsFor(String itemCode, String itemName, SpendingUse use) {
        return switch (use) {
            case BASIC_PERSONNEL -> first(PERSONNEL, itemCode, itemName, SALARIES);
            case BASIC_PUBLIC -> first(PUBLIC, itemCode, itemName, OFFICE);
            default -> first(PROJECT, itemCode, itemName, PROJECT_DEFAULT);
        };
    }

    private static Map<String, Integer> first(List<Rule> rules, String code, String name, Map<String, Integer> fallback) {
        return rules.stream().filter(r -> r.matches(code, name)).map(Rule::weights).findFirst().orElse(fallback);
    }

    private static Rule rule(List<String> codes, List<String> keywords, Map<String, Integer> weights) {
        return new Rule(codes, keywords, weights);
    }

    private static Map<String, Integer> weights(Object... codeWeightPairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < codeWeightPairs.length; i += 2) {
            m.put((String) codeWeightPairs[i], (Integer) codeWeightPairs[i + 1]);
        }
        return m;
    }
}
