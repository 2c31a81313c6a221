package org.juesuan.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;
import org.juesuan.summary.PrintedTable.Column;
import org.juesuan.summary.PrintedTable.Line;

/**
 * The thirteen tables as the Sichuan 2023 公开 forms print them (docs/tables.md §3): columns with their header
 * paths, the fixed lines of T01/T04. Every label is one the layout file (layouts/sichuan-2023.yaml) binds to the
 * same key, so the reader reads a summary back to the figures written.
 */
final class PrintedTables {

    /** The 功能分类 classes the 支出 block of T01/T04 prints, in order (docs/tables.md §3.1). */
    static final List<String> PRINTED_CLASSES = List.of("201", "202", "203", "204", "205", "206", "207", "208", "210",
            "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231",
            "232", "234");

    /** The economic classes printed as 项目支出 columns of T05/T07 (the layout file's economicClassColumns). */
    static final Map<String, String> PROJECT_CLASSES = projectClasses();

    private PrintedTables() {
    }

    static Map<TableCode, PrintedTable> all() {
        Map<TableCode, PrintedTable> m = new EnumMap<>(TableCode.class);
        m.put(TableCode.T02, new PrintedTable.Functional(TableCode.T02, List.of(
                Column.of("total", "本年收入合计"),
                Column.of("fiscal", "财政拨款收入"),
                Column.of("upper", "上级补助收入"),
                Column.of("service", "事业收入"),
                Column.of("operating", "经营收入"),
                Column.of("affiliate", "附属单位上缴收入"),
                Column.of("other", "其他收入"))));
        m.put(TableCode.T03, new PrintedTable.Functional(TableCode.T03, List.of(
                Column.of("total", "本年支出合计"),
                Column.of("basic", "基本支出"),
                Column.of("project", "项目支出"),
                Column.of("upper_remit", "上缴上级支出"),
                Column.of("operating", "经营支出"),
                Column.of("affiliate_grant", "对附属单位补助支出"))));
        m.put(TableCode.T05, new PrintedTable.Functional(TableCode.T05, detailColumns()));
        m.put(TableCode.T06, new PrintedTable.Functional(TableCode.T06, yearSpending()));
        m.put(TableCode.T07, new PrintedTable.Functional(TableCode.T07, detailColumns()));
        m.put(TableCode.T08, new PrintedTable.EconomicGroups(TableCode.T08, List.of("人员经费", "公用经费", "公用经费")));
        m.put(TableCode.T09, new PrintedTable.EconomicGroups(TableCode.T09, List.of("项目支出", "项目支出", "项目支出")));
        m.put(TableCode.T10, new PrintedTable.Functional(TableCode.T10, fundFlow()));
        m.put(TableCode.T11, new PrintedTable.Functional(TableCode.T11, fundFlow()));
        m.put(TableCode.T12, new PrintedTable.Functional(TableCode.T12, yearSpending()));
        m.put(TableCode.T13, new PrintedTable.SingleRow(TableCode.T13, threePublic()));
        return m;
    }

    /**
     * T01 or T04 with the given 支出 class lines (key = class code, label = ordinal and name), the 收入 block
     * padded with blank lines to as many lines.
     */
    static PrintedTable.FixedLines fixedLines(TableCode table, List<Line> classLines) {
        boolean total = table == TableCode.T01;
        List<Line> left = new ArrayList<>(total ? List.of(
                Line.of("INC_GPB", "一、一般公共预算财政拨款收入"),
                Line.of("INC_GOVFUND", "二、政府性基金预算财政拨款收入"),
                Line.of("INC_SOE", "三、国有资本经营预算财政拨款收入"),
                Line.of("INC_UPPER", "四、上级补助收入"),
                Line.of("INC_SERVICE", "五、事业收入"),
                Line.of("INC_OPERATING", "六、经营收入"),
                Line.of("INC_AFFILIATE", "七、附属单位上缴收入"),
                Line.of("INC_OTHER", "八、其他收入"))
                : List.of(
                Line.of("INC_GPB", "一、一般公共预算财政拨款"),
                Line.of("INC_GOVFUND", "二、政府性基金预算财政拨款"),
                Line.of("INC_SOE", "三、国有资本经营预算财政拨款")));
        while (left.size() < classLines.size()) {
            left.add(Line.blank());
        }
        List<Line> right = new ArrayList<>(classLines);
        if (total) {
            left.addAll(List.of(Line.of("INC_TOTAL", "本年收入合计"), Line.of("USE_NONFISCAL_BALANCE", "使用非财政拨款结余"),
                    Line.of("BEGIN_BALANCE", "年初结转和结余"), Line.blank(), Line.of("INC_GRAND_TOTAL", "总计")));
            right.addAll(List.of(Line.of("EXP_TOTAL", "本年支出合计"), Line.of("BALANCE_DISTRIBUTION", "结余分配"),
                    Line.of("END_BALANCE", "年末结转和结余"), Line.blank(), Line.of("EXP_GRAND_TOTAL", "总计")));
            return new PrintedTable.FixedLines(table, left, List.of(Column.of("amount", "收入", "金额")),
                    right, List.of(Column.of("amount", "支出", "金额")));
        }
        left.addAll(List.of(Line.of("INC_TOTAL", "本年收入合计"), Line.of("BEGIN_BALANCE", "年初财政拨款结转和结余"),
                Line.sub("BEGIN_BALANCE_GPB", "一般公共预算财政拨款"), Line.sub("BEGIN_BALANCE_GOVFUND", "政府性基金预算财政拨款"),
                Line.sub("BEGIN_BALANCE_SOE", "国有资本经营预算财政拨款"), Line.of("INC_GRAND_TOTAL", "总计")));
        right.addAll(List.of(Line.of("EXP_TOTAL", "本年支出合计"), Line.of("END_BALANCE", "年末财政拨款结转和结余"),
                Line.blank(), Line.blank(), Line.blank(), Line.of("EXP_GRAND_TOTAL", "总计")));
        return new PrintedTable.FixedLines(table, left, List.of(Column.of("amount", "收入", "金额")), right, List.of(
                Column.of("total", "支出", "合计"),
                Column.of("gpb", "支出", "一般公共预算财政拨款"),
                Column.of("govfund", "支出", "政府性基金预算财政拨款"),
                Column.of("soe", "支出", "国有资本经营预算财政拨款")));
    }

    private static List<Column> yearSpending() {
        return List.of(Column.of("total", "本年支出", "合计"), Column.of("basic", "本年支出", "基本支出"),
                Column.of("project", "本年支出", "项目支出"));
    }

    private static List<Column> fundFlow() {
        return List.of(
                Column.of("begin_balance", "年初结转和结余"),
                Column.of("income", "本年收入"),
                Column.of("exp_total", "本年支出", "合计"),
                Column.of("exp_basic", "本年支出", "基本支出"),
                Column.of("exp_project", "本年支出", "项目支出"),
                Column.of("end_balance", "年末结转和结余"));
    }

    private static List<Column> detailColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("total", "合计"),
                Column.of("basic", "基本支出", "小计"),
                Column.of("basic.personnel", "基本支出", "人员经费"),
                Column.of("basic.public", "基本支出", "公用经费"),
                Column.of("project", "项目支出", "小计")));
        PROJECT_CLASSES.forEach((code, name) -> columns.add(Column.of("project." + code, "项目支出", name)));
        return List.copyOf(columns);
    }

    private static List<Column> threePublic() {
        List<Column> columns = new ArrayList<>();
        for (String[] block : new String[][] {{"budget", "预算数"}, {"final", "决算数"}}) {
            String p = block[0];
            String head = block[1];
            columns.add(Column.of(p + ".total", head, "合计"));
            columns.add(Column.of(p + ".abroad", head, "因公出国（境）费"));
            columns.add(Column.of(p + ".vehicle", head, "公务用车购置及运行费", "小计"));
            columns.add(Column.of(p + ".vehicle_purchase", head, "公务用车购置及运行费", "公务用车购置费"));
            columns.add(Column.of(p + ".vehicle_operation", head, "公务用车购置及运行费", "公务用车运行费"));
            columns.add(Column.of(p + ".reception", head, "公务接待费"));
        }
        return List.copyOf(columns);
    }

    private static Map<String, String> projectClasses() {
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
        return m;
    }
}
