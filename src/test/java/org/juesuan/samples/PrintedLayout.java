package org.juesuan.samples;

import java.util.List;

/** The shape of one of the 13 tables, as data; one writer per shape lays any department out in it. */
sealed interface PrintedLayout {

    FinalAccountTable table();

    /**
     * Rows are 功能分类 类/款/项 under a leading 合计 row: code columns 类|款|项, 科目名称, then {@code columns}
     * (T02, T03, T05, T06, T07, T10, T11, T12).
     */
    record Functional(FinalAccountTable table, List<ValueColumn> columns) implements PrintedLayout {
    }

    /**
     * Two independent fixed lists side by side, 收入 left and 支出 right, each with 项目 | 行次 | amounts
     * (T01, T04). 行次 runs down the left block, then on down the right block.
     */
    record FixedLines(FinalAccountTable table, List<FixedLine> left, List<ValueColumn> leftColumns,
                      List<FixedLine> right, List<ValueColumn> rightColumns) implements PrintedLayout {
    }

    /**
     * Economic rows in three side-by-side groups of 科目编码 | 科目名称 | 决算数 (301/303 | 302 | 307, 310, 312, 399)
     * and a totals line at the bottom (T08: 人员经费合计 under group 1, 公用经费合计 under groups 2–3; T09: one 合计).
     *
     * @param groupTitles the top header over each group; equal neighbours merge
     */
    record EconomicGroups(FinalAccountTable table, List<String> groupTitles) implements PrintedLayout {
    }

    /** One unnamed data row under a header, no code columns (T13). */
    record SingleRow(FinalAccountTable table, List<ValueColumn> columns) implements PrintedLayout {
    }
}
