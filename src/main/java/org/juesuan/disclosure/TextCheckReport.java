package org.juesuan.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.juesuan.disclosure.TextCheck.Verdict;

/** The result of checking one 情况说明, for the department's accountant (text) or a script (JSON). */
public record TextCheckReport(String file, String department, int year, Integer previousYear,
                              Map<String, Long> counts, List<TextCheck> checks) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static TextCheckReport of(String file, DepartmentYear current, DepartmentYear previous, List<TextCheck> checks) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            counts.put(v.label, checks.stream().filter(c -> c.verdict() == v).count());
        }
        return new TextCheckReport(file, current.department(), current.year(),
                previous == null ? null : previous.year(), counts, checks);
    }

    public boolean hasDifferences() {
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.DIFFERS);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("情况说明核对：").append(file).append('\n');
        out.append("部门：").append(department).append("　年度：").append(year).append("　上年：")
                .append(previousYear == null ? (year - 1) + " 年未入库（增减只核对文中算术）" : previousYear + " 年已入库")
                .append('\n');
        out.append("结果：").append(counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 处")
                .collect(Collectors.joining("，"))).append('\n');
        List<TextCheck> differs = of(Verdict.DIFFERS);
        if (!differs.isEmpty()) {
            out.append("\n【不一致】请核对并改正以下数字\n");
            int n = 0;
            for (TextCheck c : differs) {
                out.append(++n).append(". 第 ").append(c.sentence()).append(" 句（").append(c.section()).append("）\n")
                        .append("   “").append(c.text()).append("”\n")
                        .append("   ").append(c.subject()).append(" · ").append(c.kind().label).append("：文中写 ")
                        .append(c.written()).append("，核算为 ").append(c.computed()).append("（").append(c.basis())
                        .append("）\n");
            }
        }
        List<TextCheck> agrees = of(Verdict.AGREES);
        if (!agrees.isEmpty()) {
            out.append("\n【一致】\n");
            for (TextCheck c : agrees) {
                out.append("   第 ").append(c.sentence()).append(" 句　").append(c.subject()).append(" · ")
                        .append(c.kind().label).append(" ").append(c.written()).append("（").append(c.basis()).append("）\n");
            }
        }
        List<TextCheck> unchecked = of(Verdict.UNCHECKED);
        if (!unchecked.isEmpty()) {
            out.append("\n【未核对】以下数字没有核对，请人工复核\n");
            Map<String, List<TextCheck>> byReason = unchecked.stream()
                    .collect(Collectors.groupingBy(TextCheck::basis, LinkedHashMap::new, Collectors.toList()));
            byReason.forEach((reason, list) -> {
                out.append("   ").append(reason).append("：\n");
                Map<String, Long> bySentence = list.stream().collect(Collectors.groupingBy(
                        c -> "第 " + c.sentence() + " 句　" + (c.subject().isEmpty() ? "" : c.subject() + " ") + c.written()
                                + "　“" + abbreviate(c.text()) + "”", LinkedHashMap::new, Collectors.counting()));
                bySentence.forEach((line, n) -> out.append("      ").append(line).append(n > 1 ? "（" + n + " 处）" : "")
                        .append('\n'));
            });
        }
        return out.toString();
    }

    private List<TextCheck> of(Verdict verdict) {
        return checks.stream().filter(c -> c.verdict() == verdict).toList();
    }

    private static String abbreviate(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(0, 39) + "…";
    }
}
