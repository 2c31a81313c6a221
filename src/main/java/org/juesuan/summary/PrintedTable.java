package org.juesuan.summary;

import java.util.List;

import org.juesuan.model.TableCode;

/**
 * The printed shape of one of the thirteen tables (docs/tables.md §3, the layout file's column labels), as data;
 * {@link TableSheets} lays a summed table out in it.
 */
sealed interface PrintedTable {

    TableCode table();

    /** An amount column: its key and its header path from the top header row down. */
    record Column(String key, List<String> header) {
        static Column of(String key, String... header) {
            return new Column(key, List.of(header));
        }
    }

    /** One line of a 收入 or 支出 block; a null key is a blank spacer line (which still has its 行次). */
    record Line(String key, String label, boolean indented) {
        static Line of(String key, String label) {
            return new Line(key, label, false);
        }

        static Line sub(String key, String label) {
            return new Line(key, label, true);
        }

        static Line blank() {
            return new Line(null, "", false);
        }
    }

    /** 类|款|项, 科目名称, then the columns; a 合计 row first, then the 类/款/项 rows in code order. */
    record Functional(TableCode table, List<Column> columns) implements PrintedTable {
    }

    /** 收入 block (项目 | 行次 | amounts) left, 支出 block right, on the same sheet rows (T01, T04). */
    record FixedLines(TableCode table, List<Line> left, List<Column> leftColumns, List<Line> right,
                      List<Column> rightColumns) implements PrintedTable {
    }

    /** Three side-by-side groups of 科目编码 | 科目名称 | 决算数 and the totals line under them (T08, T09). */
    record EconomicGroups(TableCode table, List<String> groupTitles) implements PrintedTable {
    }

    /** One data row under a three-row header (T13). */
    record SingleRow(TableCode table, List<Column> columns) implements PrintedTable {
    }
}
