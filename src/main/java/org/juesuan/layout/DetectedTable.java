package org.juesuan.layout;

import java.util.List;

import org.juesuan.read.SheetGrid;

/** A table found on a sheet: which one, where its parts are, and how its columns bind. */
public record DetectedTable(TableLayout layout, SheetGrid grid, int titleRow, int headerFirstRow,
                            int bodyFirstRow, String departmentName, Unit unit, Integer year,
                            List<BoundBlock> blocks, List<Integer> unboundColumns) {
}
