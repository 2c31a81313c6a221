package org.juesuan.layout;

import java.util.List;

import org.juesuan.model.CellRef;
import org.juesuan.read.SheetGrid;

/**
 * A table found on a sheet: which one, where its parts are, and how its columns bind.
 *
 * @param grid           the table's header area (title row to the row before the body) with the sheet's
 *                       merges; the body is not kept
 * @param departmentName from the 部门/编制单位/单位名称 line, else from the title's prefix; null if neither
 * @param unit           the printed 金额单位, null when the table prints none
 */
public record DetectedTable(TableLayout layout, SheetGrid grid, int titleRow, int titleColumn, int headerFirstRow,
                            int bodyFirstRow, String departmentName, Unit unit, Integer year,
                            List<BoundBlock> blocks, List<Integer> unboundColumns) {

    /** The same table with a unit decided for it (a table that prints none takes the submission's). */
    public DetectedTable withUnit(Unit decided) {
        return new DetectedTable(layout, grid, titleRow, titleColumn, headerFirstRow, bodyFirstRow, departmentName, decided, year,
                blocks, unboundColumns);
    }

    /** The cell holding the title. */
    public CellRef titleCell() {
        return new CellRef(grid.fileName(), grid.sheetName(), CellRef.a1(titleRow, titleColumn));
    }
}
