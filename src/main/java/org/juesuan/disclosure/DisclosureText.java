package org.juesuan.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.disclosure.Disclosure.Item;
import org.juesuan.disclosure.Disclosure.Line;
import org.juesuan.model.Messages;

/**
 * The 情况说明 written from the tables, in the wording and rounding of published reports: 万元 with two decimals,
 * changes as 增加/减少 X 万元、增长/下降 Y%, shares as 占 Z%. Each part carries the charts drawn beside it. The
 * sentences are the {@code disclosure.text.*} templates of the message bundle; figures are filled in as strings,
 * already rounded.
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
        List<Section> sections = new ArrayList<>();
        int[] figure = {0};

        BigDecimal grand = d.now("T01", "INC_GRAND_TOTAL", "amount");
        sections.add(new Section(t("h1"),
                List.of(t("grand", y, money(grand))
                        + change(versus(y) + t("grand.change"), grand, d.before("T01", "INC_GRAND_TOTAL", "amount"))),
                yearBars(++figure[0], t("chart.grand"), grand, d.before("T01", "INC_GRAND_TOTAL", "amount"), y),
                List.of()));

        BigDecimal income = d.now("T01", "INC_TOTAL", "amount");
        sections.add(new Section(t("h2"),
                List.of(t("income", y, money(income), parts(d.incomeSources(), income))),
                List.of(pie(++figure[0], t("chart.income"), d.incomeSources())), List.of()));

        BigDecimal spending = d.now("T01", "EXP_TOTAL", "amount");
        sections.add(new Section(t("h3"),
                List.of(t("spending", y, money(spending), parts(d.spendingByKind(), spending))),
                List.of(pie(++figure[0], t("chart.spending"), d.spendingByKind())), List.of()));

        BigDecimal fiscal = d.now("T04", "INC_GRAND_TOTAL", "amount");
        BigDecimal fiscalBefore = d.before("T04", "INC_GRAND_TOTAL", "amount");
        sections.add(new Section(t("h4"),
                List.of(t("fiscal", y, money(fiscal)) + change(versus(y) + t("fiscal.change"), fiscal, fiscalBefore)),
                yearBars(++figure[0], t("chart.fiscal"), fiscal, fiscalBefore, y), List.of()));

        BigDecimal general = d.now("T06", "TOTAL", "total");
        BigDecimal generalBefore = d.before("T06", "TOTAL", "total");
        List<String> five = new ArrayList<>();
        five.add(t("h5.1"));
        five.add(t("general", y, money(general), percent(general, spending))
                + change(versus(y) + t("general.change"), general, generalBefore));
        five.add(t("h5.2"));
        five.add(t("general.structure", y, money(general),
                parts(d.generalBudgetByClass(), general).replaceFirst("^" + t("parts.lead.word"), "")));
        five.add(t("h5.3"));
        int n = 0;
        for (Item item : d.generalBudgetItems()) {
            five.add(t("item", ++n, item.className(), item.kuanName(), item.name(), money(item.wan())));
        }
        List<Chart> fiveCharts = new ArrayList<>(yearBars(++figure[0], t("chart.general"), general,
                generalBefore, y));
        fiveCharts.add(pie(++figure[0], t("chart.general.structure"), d.generalBudgetByClass()));
        sections.add(new Section(t("h5"), five, fiveCharts, List.of()));

        BigDecimal basic = d.now("T06", "TOTAL", "basic");
        BigDecimal personnel = d.now("T08", "PERSONNEL_TOTAL", "amount");
        BigDecimal publicUse = d.now("T08", "PUBLIC_TOTAL", "amount");
        List<String> sixNotes = new ArrayList<>();
        if (basic != null && personnel != null && publicUse != null
                && basic.subtract(personnel.add(publicUse)).abs().compareTo(new BigDecimal("0.02")) > 0) {
            sixNotes.add(t("basic.inconsistent", money(personnel), money(publicUse), money(personnel.add(publicUse)),
                    money(basic)));
        }
        sections.add(new Section(t("h6"),
                List.of(t("basic", y, money(basic), money(personnel), money(publicUse))), List.of(), sixNotes));

        sections.add(threePublic(d, y, ++figure[0]));
        sections.add(new Section(t("h8"),
                List.of(printed(d, "T10") ? t("govfund", y, money(d.now("T10", "TOTAL", "exp_total")))
                        : t("govfund.none")), List.of(), List.of()));
        sections.add(new Section(t("h9"),
                List.of(printed(d, "T12") ? t("soe", y, money(d.now("T12", "TOTAL", "total")))
                        : t("soe.none")), List.of(), List.of()));
        return sections;
    }

    /** The sentence template {@code disclosure.text.KEY} with the arguments filled in. */
    private static String t(String key, Object... args) {
        return Messages.text("disclosure.text." + key, args);
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
            return new Section(t("h7"), List.of(t("three.none")), List.of(), List.of());
        }
        String[][] items = {{"abroad", t("three.abroad")}, {"vehicle", t("three.vehicle.name")},
                {"reception", t("three.reception")}};
        BigDecimal total = d.now("T13", "TOTAL", "final.total");
        BigDecimal budget = d.now("T13", "TOTAL", "budget.total");
        StringBuilder first = new StringBuilder(t("three.total", y, money(total)));
        if (budget.signum() != 0) {
            first.append(t("three.rate", percent(total, budget)));
        }
        BigDecimal totalBefore = d.before("T13", "TOTAL", "final.total");
        first.append(totalBefore == null ? t("end") : change(t("three.versus"), total, totalBefore));
        List<String> paragraphs = new ArrayList<>(List.of(first.toString()));
        if (total.signum() != 0) {
            StringBuilder structure = new StringBuilder(t("three.structure", y));
            for (int i = 0; i < items.length; i++) {
                BigDecimal v = d.now("T13", "TOTAL", "final." + items[i][0]);
                structure.append(i == 0 ? "" : t("separator")).append(t("three.part", items[i][1], money(v),
                        percent(v, total)));
            }
            paragraphs.add(structure + t("end"));
        }
        for (int i = 0; i < items.length; i++) {
            BigDecimal v = d.now("T13", "TOTAL", "final." + items[i][0]);
            BigDecimal planned = d.now("T13", "TOTAL", "budget." + items[i][0]);
            BigDecimal before = d.before("T13", "TOTAL", "final." + items[i][0]);
            paragraphs.add(t("three.item", i + 1, items[i][1], money(v),
                    planned.signum() != 0 ? t("three.rate", percent(v, planned)) : "")
                    + (before == null ? "" : change(t("three.item.versus", items[i][1], y - 1), v, before)));
            if (items[i][0].equals("vehicle")) {
                paragraphs.add(t("three.vehicle", money(d.now("T13", "TOTAL", "final.vehicle_purchase")),
                        money(d.now("T13", "TOTAL", "final.vehicle_operation"))));
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
        Chart chart = new Chart(t("chart.caption", figure, t("chart.three")), false, categories,
                List.of(t("chart.budget"), t("chart.final")), List.of(budgets, finals));
        return new Section(t("h7"), paragraphs, List.of(chart), List.of());
    }

    private static boolean printed(Disclosure d, String table) {
        return d.current().tableUnits().containsKey(table);
    }

    /** "，其中：A x万元，占 y%；B …" over the non-zero parts. */
    private static String parts(List<Line> parts, BigDecimal whole) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(t("parts.lead"));
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : t("separator")).append(t("part", parts.get(i).name(), money(parts.get(i).wan()),
                    percent(parts.get(i).wan(), whole)));
        }
        return out.toString();
    }

    private static String versus(int year) {
        return t("versus", year - 1);
    }

    /** LEAD + "增加 x万元，增长 y%。" (or 减少/下降, or 持平) — empty without last year. */
    static String change(String lead, BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal delta = now.subtract(before);
        if (delta.setScale(2, RoundingMode.HALF_UP).signum() == 0) {
            // "与2022年度持平", not "比…持平"
            return t("change.flat", lead.replaceFirst(t("change.flat.from"), t("change.flat.to")));
        }
        String out = t("change.amount", lead, t(delta.signum() > 0 ? "change.increase" : "change.decrease"),
                money(delta.abs()));
        if (before.signum() != 0) {
            out += t("change.rate", t(delta.signum() > 0 ? "change.up" : "change.down"), percent(delta.abs(), before));
        }
        return out + t("end");
    }

    private static List<Chart> yearBars(int figure, String caption, BigDecimal now, BigDecimal before, int year) {
        if (now == null || before == null) {
            return List.of();
        }
        return List.of(new Chart(t("chart.caption", figure, caption), false,
                List.of(t("chart.year", year - 1), t("chart.year", year)), List.of(t("chart.amount")),
                List.of(List.of(before, now))));
    }

    private static Chart pie(int figure, String caption, List<Line> parts) {
        return new Chart(t("chart.caption", figure, caption), true, parts.stream().map(Line::name).toList(),
                List.of(t("chart.amount")), List.of(parts.stream().map(Line::wan).toList()));
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
