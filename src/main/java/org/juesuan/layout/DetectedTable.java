package org.juesuan.layout;

import java.util.List;
import java.util.Set;

import org.juesuan.model.CellRef;
import org.juesuan.read.SheetGrid;

/**
 * A table found on a sheet: which one, where its parts are, and how its columns bind.
 *
 * @param grid           the table's header area (title row to the row before the body) with the sheet's
 *                       merges; the body is not kept
 * @param departmentName from the 部门/编制单位/单位名称 line, else from the title's prefix; null if neither
 * @param unit           the printed 金额单位, null when the table prints none
 * @param readColumns    columns read (codes, names, amounts) or known to hold no figure (行次); a figure anywhere
 *                       else in the body is reported
 * @param notFactColumns columns passed over as not this year's figures (上年决算数, 增减额, 增长率), as
 *                       {@code E=上年决算数/合计}
 */
public record DetectedTable(TableLayout layout, SheetGrid grid, int titleRow, int titleColumn, int headerFirstRow,
                            int bodyFirstRow, String departmentName, Unit unit, Integer year,
                            List<BoundBlock> blocks, Set<Integer> readColumns, List<String> notFactColumns) {

    /** The same table with a unit decided for it (a table that prints none takes the submission's). */
    public DetectedTable withUnit(Unit decided) {
        return new DetectedTable(layout, grid, titleRow, titleColumn, headerFirstRow, bodyFirstRow, departmentName, decided, year,
                blocks, readColumns, notFactColumns);
    }

    /** The cell holding the title. */
    public CellRef titleCell() {
        return new CellRef(grid.fileName(), grid.sheetName(), CellRef.a1(titleRow, titleColumn));
    }
}
