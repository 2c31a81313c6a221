package org.juesuan.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.disclosure.Disclosure.Item;
import org.juesuan.disclosure.Disclosure.Line;

/**
 * The 情况说明 written from the tables, in the wording and rounding of published reports: 万元 with two decimals,
 * changes as 增加/减少 X 万元、增长/下降 Y%, shares as 占 Z%. Each part carries the charts drawn beside it.
 */
public final class DisclosureText {

    /** One numbered part: its heading, its paragraphs, its charts, and notes for the preparer (not part of the text). */
    public record Section(String heading, List<String> paragraphs, List<Chart> charts, List<String> notes) {
    }

    /** A chart: a pie of parts, or bars of one or two series by category. */
    public record Chart(String caption, boolean pie, List<String> categories, List<String> series,
                        List<List<BigDecimal>> values) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DisclosureText() {
    }

    public static List<Section> write(Disclosure d) {
        int y = d.current().year();
        String dept = d.current().department();
        List<Section> sections = new ArrayList<>();
        int[] figure = {0};

        BigDecimal grand = d.now("T01", "INC_GRAND_TOTAL", "amount");
        sections.add(new Section("一、收入支出决算总体情况说明",
                List.of(y + "年度收、支总计均为" + money(grand) + "万元。"
                        + change(versus(y) + "收、支总计各", grand, d.before("T01", "INC_GRAND_TOTAL", "amount"))),
                yearBars(++figure[0], "收、支决算总计变动情况", grand, d.before("T01", "INC_GRAND_TOTAL", "amount"), y),
                List.of()));

        BigDecimal income = d.now("T01", "INC_TOTAL", "amount");
        sections.add(new Section("二、收入决算情况说明",
                List.of(y + "年度本年收入合计" + money(income) + "万元" + parts(d.incomeSources(), income) + "。"),
                List.of(pie(++figure[0], "收入决算结构", d.incomeSources())), List.of()));

        BigDecimal spending = d.now("T01", "EXP_TOTAL", "amount");
        sections.add(new Section("三、支出决算情况说明",
                List.of(y + "年度本年支出合计" + money(spending) + "万元" + parts(d.spendingByKind(), spending) + "。"),
                List.of(pie(++figure[0], "支出决算结构", d.spendingByKind())), List.of()));

        BigDecimal fiscal = d.now("T04", "INC_GRAND_TOTAL", "amount");
        BigDecimal fiscalBefore = d.before("T04", "INC_GRAND_TOTAL", "amount");
        sections.add(new Section("四、财政拨款收入支出决算总体情况说明",
                List.of(y + "年度财政拨款收、支总计均为" + money(fiscal) + "万元。"
                        + change(versus(y) + "财政拨款收、支总计各", fiscal, fiscalBefore)),
                yearBars(++figure[0], "财政拨款收、支决算总计变动情况", fiscal, fiscalBefore, y), List.of()));

        BigDecimal general = d.now("T06", "TOTAL", "total");
        BigDecimal generalBefore = d.before("T06", "TOTAL", "total");
        List<String> five = new ArrayList<>();
        five.add("（一）一般公共预算财政拨款支出决算总体情况");
        five.add(y + "年度一般公共预算财政拨款支出" + money(general) + "万元，占本年支出合计的" + percent(general, spending)
                + "%。" + change(versus(y) + "一般公共预算财政拨款支出", general, generalBefore));
        five.add("（二）一般公共预算财政拨款支出决算结构情况");
        five.add(y + "年度一般公共预算财政拨款支出" + money(general) + "万元，主要用于以下方面"
                + parts(d.generalBudgetByClass(), general).replaceFirst("^，其中", "") + "。");
        five.add("（三）一般公共预算财政拨款支出决算具体情况");
        int n = 0;
        for (Item item : d.generalBudgetItems()) {
            five.add(++n + "." + item.className() + "（类）" + item.kuanName() + "（款）" + item.name() + "（项）：支出决算为"
                    + money(item.wan()) + "万元。");
        }
        List<Chart> fiveCharts = new ArrayList<>(yearBars(++figure[0], "一般公共预算财政拨款支出决算变动情况", general,
                generalBefore, y));
        fiveCharts.add(pie(++figure[0], "一般公共预算财政拨款支出决算结构", d.generalBudgetByClass()));
        sections.add(new Section("五、一般公共预算财政拨款支出决算情况说明", five, fiveCharts, List.of()));

        BigDecimal basic = d.now("T06", "TOTAL", "basic");
        BigDecimal personnel = d.now("T08", "PERSONNEL_TOTAL", "amount");
        BigDecimal publicUse = d.now("T08", "PUBLIC_TOTAL", "amount");
        List<String> sixNotes = new ArrayList<>();
        if (basic != null && personnel != null && publicUse != null
                && basic.subtract(personnel.add(publicUse)).abs().compareTo(new BigDecimal("0.02")) > 0) {
            sixNotes.add("报表本身不一致：人员经费 " + money(personnel) + " 万元 + 公用经费 " + money(publicUse) + " 万元 = "
                    + money(personnel.add(publicUse)) + " 万元，而基本支出为 " + money(basic)
                    + " 万元。请先更正报表（表六与表八），再公开本说明。");
        }
        sections.add(new Section("六、一般公共预算财政拨款基本支出决算情况说明",
                List.of(y + "年度一般公共预算财政拨款基本支出" + money(basic) + "万元，其中：人员经费" + money(personnel)
                        + "万元，公用经费" + money(publicUse) + "万元。"), List.of(), sixNotes));

        sections.add(threePublic(d, y, ++figure[0]));
        sections.add(new Section("八、政府性基金预算支出决算情况说明",
                List.of(printed(d, "T10") ? y + "年度政府性基金预算财政拨款支出" + money(d.now("T10", "TOTAL", "exp_total")) + "万元。"
                        : "本年度未报送政府性基金预算财政拨款收入支出决算表。"), List.of(), List.of()));
        sections.add(new Section("九、国有资本经营预算支出决算情况说明",
                List.of(printed(d, "T12") ? y + "年度国有资本经营预算财政拨款支出" + money(d.now("T12", "TOTAL", "total")) + "万元。"
                        : "本年度未报送国有资本经营预算财政拨款支出决算表。"), List.of(), List.of()));
        return sections;
    }

    /** The whole text as paragraphs, headings included: what {@code check-text} reads back. */
    public static List<String> lines(List<Section> sections) {
        List<String> lines = new ArrayList<>();
        for (Section s : sections) {
            lines.add(s.heading());
            lines.addAll(s.paragraphs());
        }
        return lines;
    }

    private static Section threePublic(Disclosure d, int y, int figure) {
        if (!printed(d, "T13")) {
            return new Section("七、财政拨款“三公”经费支出决算情况说明", List.of("本年度未报送财政拨款“三公”经费支出决算表。"),
                    List.of(), List.of());
        }
        String[][] items = {{"abroad", "因公出国（境）费"}, {"vehicle", "公务用车购置及运行维护费"}, {"reception", "公务接待费"}};
        BigDecimal total = d.now("T13", "TOTAL", "final.total");
        BigDecimal budget = d.now("T13", "TOTAL", "budget.total");
        StringBuilder first = new StringBuilder(y + "年度“三公”经费财政拨款支出决算为" + money(total) + "万元");
        if (budget.signum() != 0) {
            first.append("，完成预算").append(percent(total, budget)).append('%');
        }
        BigDecimal totalBefore = d.before("T13", "TOTAL", "final.total");
        first.append(totalBefore == null ? "。" : change("，较上年度", total, totalBefore));
        List<String> paragraphs = new ArrayList<>(List.of(first.toString()));
        if (total.signum() != 0) {
            StringBuilder structure = new StringBuilder(y + "年度“三公”经费财政拨款支出决算中，");
            for (int i = 0; i < items.length; i++) {
                BigDecimal v = d.now("T13", "TOTAL", "final." + items[i][0]);
                structure.append(i == 0 ? "" : "；").append(items[i][1]).append("支出决算").append(money(v)).append("万元，占")
                        .append(percent(v, total)).append('%');
            }
            paragraphs.add(structure + "。");
        }
        for (int i = 0; i < items.length; i++) {
            BigDecimal v = d.now("T13", "TOTAL", "final." + items[i][0]);
            BigDecimal planned = d.now("T13", "TOTAL", "budget." + items[i][0]);
            BigDecimal before = d.before("T13", "TOTAL", "final." + items[i][0]);
            paragraphs.add((i + 1) + "." + items[i][1] + "支出" + money(v) + "万元"
                    + (planned.signum() != 0 ? "，完成预算" + percent(v, planned) + "%" : "") + "。"
                    + (before == null ? "" : change(items[i][1] + "支出决算比" + (y - 1) + "年度", v, before)));
            if (items[i][0].equals("vehicle")) {
                paragraphs.add("其中：公务用车购置支出" + money(d.now("T13", "TOTAL", "final.vehicle_purchase"))
                        + "万元，公务用车运行维护费支出" + money(d.now("T13", "TOTAL", "final.vehicle_operation")) + "万元。");
            }
        }
        List<String> categories = new ArrayList<>();
        List<BigDecimal> budgets = new ArrayList<>();
        List<BigDecimal> finals = new ArrayList<>();
        for (String[] item : items) {
            categories.add(item[1]);
            budgets.add(d.now("T13", "TOTAL", "budget." + item[0]));
            finals.add(d.now("T13", "TOTAL", "final." + item[0]));
        }
        Chart chart = new Chart("图" + figure + "：“三公”经费预算数与决算数", false, categories, List.of("预算数", "决算数"),
                List.of(budgets, finals));
        return new Section("七、财政拨款“三公”经费支出决算情况说明", paragraphs, List.of(chart), List.of());
    }

    private static boolean printed(Disclosure d, String table) {
        return d.current().tableUnits().containsKey(table);
    }

    /** "，其中：A x万元，占 y%；B …" over the non-zero parts. */
    private static String parts(List<Line> parts, BigDecimal whole) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("，其中：");
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : "；").append(parts.get(i).name()).append(money(parts.get(i).wan())).append("万元，占")
                    .append(percent(parts.get(i).wan(), whole)).append('%');
        }
        return out.toString();
    }

    private static String versus(int year) {
        return "与" + (year - 1) + "年度相比，";
    }

    /** LEAD + "增加 x万元，增长 y%。" (or 减少/下降, or 持平) — empty without last year. */
    static String change(String lead, BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal delta = now.subtract(before);
        if (delta.setScale(2, RoundingMode.HALF_UP).signum() == 0) {
            return lead.replaceFirst("比(\\d{4}年度)$", "与$1") + "持平。"; // "与2022年度持平", not "比…持平"
        }
        String out = lead + (delta.signum() > 0 ? "增加" : "减少") + money(delta.abs()) + "万元";
        if (before.signum() != 0) {
            out += "，" + (delta.signum() > 0 ? "增长" : "下降") + percent(delta.abs(), before) + "%";
        }
        return out + "。";
    }

    private static List<Chart> yearBars(int figure, String caption, BigDecimal now, BigDecimal before, int year) {
        if (now == null || before == null) {
            return List.of();
        }
        return List.of(new Chart("图" + figure + "：" + caption, false, List.of((year - 1) + "年度", year + "年度"),
                List.of("金额（万元）"), List.of(List.of(before, now))));
    }

    private static Chart pie(int figure, String caption, List<Line> parts) {
        return new Chart("图" + figure + "：" + caption, true, parts.stream().map(Line::name).toList(), List.of("金额（万元）"),
                List.of(parts.stream().map(Line::wan).toList()));
    }

    static String money(BigDecimal wan) {
        return wan == null ? "0.00" : wan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "0";
        }
        BigDecimal p = part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
        return p.stripTrailingZeros().scale() <= 0 ? p.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : p.toPlainString();
    }
}
