package org.juesuan.samples;

import static org.juesuan.samples.FixedLine.blank;
import static org.juesuan.samples.FixedLine.line;
import static org.juesuan.samples.FixedLine.sub;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The 13 layouts of docs/tables.md §3 (Sichuan 2023), as data. */
final class PrintedLayouts {

    /**
     * The 26 功能分类 classes printed on the 支出 side of T01 and T04, in order (docs/tables.md §3.1); their keys are
     * the class codes.
     */
    static final List<String> PRINTED_CLASSES = List.of("201", "202", "203", "204", "205", "206", "207", "208", "210",
            "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231",
            "232", "234");

    /** T05/T07 columns: 合计, 基本支出 (小计, 人员经费, 公用经费), 项目支出 (小计 and one column per economic class). */
    static final List<ValueColumn> DETAIL_COLUMNS = detailColumns();

    private static final Map<FinalAccountTable, PrintedLayout> LAYOUTS = build();

    private PrintedLayouts() {
    }

    static PrintedLayout of(FinalAccountTable table) {
        return LAYOUTS.get(table);
    }

    private static Map<FinalAccountTable, PrintedLayout> build() {
        Map<FinalAccountTable, PrintedLayout> m = new EnumMap<>(FinalAccountTable.class);
        m.put(FinalAccountTable.T01, totalSheet());
        m.put(FinalAccountTable.T02, new PrintedLayout.Functional(FinalAccountTable.T02, List.of(
                ValueColumn.of("total", "本年收入合计"),
                ValueColumn.of("fiscal", "财政拨款收入"),
                ValueColumn.of("upper", "上级补助收入"),
                ValueColumn.of("service", "事业收入"),
                ValueColumn.of("operating", "经营收入"),
                ValueColumn.of("affiliate", "附属单位上缴收入"),
                ValueColumn.of("other", "其他收入"))));
        m.put(FinalAccountTable.T03, new PrintedLayout.Functional(FinalAccountTable.T03, List.of(
                ValueColumn.of("total", "本年支出合计"),
                ValueColumn.of("basic", "基本支出"),
                ValueColumn.of("project", "项目支出"),
                ValueColumn.of("upper_remit", "上缴上级支出"),
                ValueColumn.of("operating", "经营支出"),
                ValueColumn.of("affiliate_grant", "对附属单位补助支出"))));
        m.put(FinalAccountTable.T04, fiscalTotalSheet());
        m.put(FinalAccountTable.T05, new PrintedLayout.Functional(FinalAccountTable.T05, DETAIL_COLUMNS));
        m.put(FinalAccountTable.T06, new PrintedLayout.Functional(FinalAccountTable.T06, yearSpending()));
        m.put(FinalAccountTable.T07, new PrintedLayout.Functional(FinalAccountTable.T07, DETAIL_COLUMNS));
        m.put(FinalAccountTable.T08, new PrintedLayout.EconomicGroups(FinalAccountTable.T08, List.of("人员经费", "公用经费", "公用经费")));
        m.put(FinalAccountTable.T09, new PrintedLayout.EconomicGroups(FinalAccountTable.T09, List.of("项目支出", "项目支出", "项目支出")));
        m.put(FinalAccountTable.T10, new PrintedLayout.Functional(FinalAccountTable.T10, fundFlow()));
        m.put(FinalAccountTable.T11, new PrintedLayout.Functional(FinalAccountTable.T11, fundFlow()));
        m.put(FinalAccountTable.T12, new PrintedLayout.Functional(FinalAccountTable.T12, yearSpending()));
        m.put(FinalAccountTable.T13, new PrintedLayout.SingleRow(FinalAccountTable.T13, threePublic()));
        return m;
    }

    private static PrintedLayout totalSheet() {
        List<FixedLine> left = new ArrayList<>(List.of(
                line("INC_GPB", "一、一般公共预算财政拨款收入"),
                line("INC_GOVFUND", "二、政府性基金预算财政拨款收入"),
                line("INC_SOE", "三、国有资本经营预算财政拨款收入"),
                line("INC_UPPER", "四、上级补助收入"),
                line("INC_SERVICE", "五、事业收入"),
                line("INC_OPERATING", "六、经营收入"),
                line("INC_AFFILIATE", "七、附属单位上缴收入"),
                line("INC_OTHER", "八、其他收入")));
        padTo(left, 26);
        left.addAll(List.of(
                line("INC_TOTAL", "本年收入合计"),
                line("USE_NONFISCAL_BALANCE", "使用非财政拨款结余"),
                line("BEGIN_BALANCE", "年初结转和结余"),
                blank(),
                line("INC_GRAND_TOTAL", "总计")));
        List<FixedLine> right = classLines();
        right.addAll(List.of(
                line("EXP_TOTAL", "本年支出合计"),
                line("BALANCE_DISTRIBUTION", "结余分配"),
                line("END_BALANCE", "年末结转和结余"),
                blank(),
                line("EXP_GRAND_TOTAL", "总计")));
        return new PrintedLayout.FixedLines(FinalAccountTable.T01,
                left, List.of(ValueColumn.of("amount", "收入", "金额")),
                right, List.of(ValueColumn.of("amount", "支出", "金额")));
    }

    private static PrintedLayout fiscalTotalSheet() {
        List<FixedLine> left = new ArrayList<>(List.of(
                line("INC_GPB", "一、一般公共预算财政拨款"),
                line("INC_GOVFUND", "二、政府性基金预算财政拨款"),
                line("INC_SOE", "三、国有资本经营预算财政拨款")));
        padTo(left, 26);
        left.addAll(List.of(
                line("INC_TOTAL", "本年收入合计"),
                line("BEGIN_BALANCE", "年初财政拨款结转和结余"),
                sub("BEGIN_BALANCE_GPB", "一般公共预算财政拨款"),
                sub("BEGIN_BALANCE_GOVFUND", "政府性基金预算财政拨款"),
                sub("BEGIN_BALANCE_SOE", "国有资本经营预算财政拨款"),
                line("INC_GRAND_TOTAL", "总计")));
        List<FixedLine> right = classLines();
        right.addAll(List.of(
                line("EXP_TOTAL", "本年支出合计"),
                line("END_BALANCE", "年末财政拨款结转和结余"),
                blank(), blank(), blank(),
                line("EXP_GRAND_TOTAL", "总计")));
        return new PrintedLayout.FixedLines(FinalAccountTable.T04,
                left, List.of(ValueColumn.of("amount", "收入", "金额")),
                right, List.of(
                        ValueColumn.of("total", "支出", "合计"),
                        ValueColumn.of("gpb", "支出", "一般公共预算财政拨款"),
                        ValueColumn.of("govfund", "支出", "政府性基金预算财政拨款"),
                        ValueColumn.of("soe", "支出", "国有资本经营预算财政拨款")));
    }

    private static void padTo(List<FixedLine> lines, int size) {
        while (lines.size() < size) {
            lines.add(blank());
        }
    }

    private static List<FixedLine> classLines() {
        FunctionalCatalog catalog = FunctionalCatalog.get();
        List<FixedLine> lines = new ArrayList<>();
        for (int i = 0; i < PRINTED_CLASSES.size(); i++) {
            String code = PRINTED_CLASSES.get(i);
            lines.add(line(code, ChineseOrdinal.of(i + 1) + "、" + catalog.name(code)));
        }
        return lines;
    }

    private static List<ValueColumn> yearSpending() {
        return List.of(
                ValueColumn.of("total", "本年支出", "合计"),
                ValueColumn.of("basic", "本年支出", "基本支出"),
                ValueColumn.of("project", "本年支出", "项目支出"));
    }

    private static List<ValueColumn> fundFlow() {
        return List.of(
                ValueColumn.of("begin_balance", "年初结转和结余"),
                ValueColumn.of("income", "本年收入"),
                ValueColumn.of("exp_total", "本年支出", "合计"),
                ValueColumn.of("exp_basic", "本年支出", "基本支出"),
                ValueColumn.of("exp_project", "本年支出", "项目支出"),
                ValueColumn.of("end_balance", "年末结转和结余"));
    }

    private static List<ValueColumn> detailColumns() {
        List<ValueColumn> columns = new ArrayList<>(List.of(
                ValueColumn.of("total", "合计"),
                ValueColumn.of("basic", "基本支出", "小计"),
                ValueColumn.of("basic.personnel", "基本支出", "人员经费"),
                ValueColumn.of("basic.public", "基本支出", "公用经费"),
                ValueColumn.of("project", "项目支出", "小计")));
        EconomicCatalog.PROJECT_COLUMN_CLASSES.forEach(
                (code, name) -> columns.add(ValueColumn.of("project." + code, "项目支出", name)));
        return List.copyOf(columns);
    }

    private static List<ValueColumn> threePublic() {
        List<ValueColumn> columns = new ArrayList<>();
        for (String[] block : new String[][] {{"budget", "预算数"}, {"final", "决算数"}}) {
            String p = block[0];
            String head = block[1];
            columns.add(ValueColumn.of(p + ".total", head, "合计"));
            columns.add(ValueColumn.of(p + ".abroad", head, "因公出国（境）费"));
            columns.add(ValueColumn.of(p + ".vehicle", head, "公务用车购置及运行费", "小计"));
            columns.add(ValueColumn.of(p + ".vehicle_purchase", head, "公务用车购置及运行费", "公务用车购置费"));
            columns.add(ValueColumn.of(p + ".vehicle_operation", head, "公务用车购置及运行费", "公务用车运行费"));
            columns.add(ValueColumn.of(p + ".reception", head, "公务接待费"));
        }
        return List.copyOf(columns);
    }
}
