package org.juesuan.samples;

/** The 13 Sichuan 2023 公开 tables: code, printed title and the 注 footer line (docs/tables.md §3). */
public enum FinalAccountTable {
    T01("收入支出决算总表", "注：本表反映部门本年度的总收支和年末结转结余情况。"),
    T02("收入决算表", "注：本表反映部门本年度取得的各项收入情况。"),
    T03("支出决算表", "注：本表反映部门本年度各项支出情况。"),
    T04("财政拨款收入支出决算总表",
            "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"),
    T05("财政拨款支出决算明细表", "注：本表反映部门本年度财政拨款支出明细情况。"),
    T06("一般公共预算财政拨款支出决算表", "注：本表反映部门本年度一般公共预算财政拨款支出情况。"),
    T07("一般公共预算财政拨款支出决算明细表", "注：本表反映部门本年度一般公共预算财政拨款支出明细情况。"),
    T08("一般公共预算财政拨款基本支出决算表", "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"),
    T09("一般公共预算财政拨款项目支出决算表", "注：本表反映部门本年度一般公共预算财政拨款项目支出明细情况。"),
    T10("政府性基金预算财政拨款收入支出决算表", "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"),
    T11("国有资本经营预算财政拨款收入支出决算表", "注：本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。"),
    T12("国有资本经营预算财政拨款支出决算表", "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"),
    T13("财政拨款“三公”经费支出决算表", "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
            + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");

    private final String title;
    private final String footer;

    FinalAccountTable(String title, String footer) {
        this.title = title;
        this.footer = footer;
    }

    public String code() {
        return name();
    }

    public int number() {
        return ordinal() + 1;
    }

    public String title() {
        return title;
    }

    /** The label printed in row 2, e.g. {@code 公开01表}. */
    public String label() {
        return String.format("公开%02d表", number());
    }

    public String footer() {
        return footer;
    }

    /** The file name of this table when a submission ships one file per table, e.g. {@code 01 收入支出决算总表}. */
    public String fileStem() {
        return String.format("%02d %s", number(), title);
    }

    /**
     * The 空表说明 line printed under this table when it has no data; null for tables that are never empty
     * in a real submission.
     */
    public String emptyNote(String departmentName, int fiscalYear) {
        String who = departmentName + fiscalYear + "年度";
        return switch (this) {
            case T09 -> "说明：" + who + "无一般公共预算财政拨款项目支出，故本表为空表。";
            case T10 -> "说明：" + who + "没有政府性基金预算财政拨款收入、支出和结转结余，故本表为空表。";
            case T11 -> "说明：" + who + "没有国有资本经营预算财政拨款收入、支出和结转结余，故本表为空表。";
            case T12 -> "说明：" + who + "没有国有资本经营预算财政拨款支出，故本表为空表。";
            default -> null;
        };
    }
}
