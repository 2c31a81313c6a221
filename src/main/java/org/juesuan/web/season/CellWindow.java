package org.juesuan.web.season;

import java.util.List;

/**
 * A few rows and columns of a sheet around the cell a finding names, as the department's workbook prints them,
 * with every cell of the finding that falls inside marked.
 */
public record CellWindow(String file, String sheet, String cell, List<String> columns, List<Row> rows) {

    public record Row(int number, List<Value> values) {
    }

    public record Value(String text, boolean marked) {
    }
}
