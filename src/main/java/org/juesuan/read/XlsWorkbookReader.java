package org.juesuan.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads BIFF8 .xls (what the desktop 决算 software exports) with HSSF. */
final class XlsWorkbookReader {

    List<SheetGrid> read(Path file) throws Exception {
        List<SheetGrid> sheets = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            for (Sheet sheet : workbook) {
                SheetGrid grid = new SheetGrid(file.getFileName().toString(), sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        GridCell value = toCell(cell, cell.getCellType());
                        if (value != null) {
                            grid.put(row.getRowNum(), cell.getColumnIndex(), value);
                        }
                    }
                }
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    grid.addMerge(new SheetGrid.Merge(range.getFirstRow(), range.getLastRow(),
                            range.getFirstColumn(), range.getLastColumn()));
                }
                sheets.add(grid);
            }
        }
        return sheets;
    }

    private static GridCell toCell(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> new GridCell(Numbers.plain(cell.getNumericCellValue()), true);
            case STRING -> cell.getStringCellValue().isEmpty() ? null : new GridCell(cell.getStringCellValue(), false);
            case BOOLEAN -> new GridCell(Boolean.toString(cell.getBooleanCellValue()).toUpperCase(), false);
            case FORMULA -> toCell(cell, cell.getCachedFormulaResultType());
            case ERROR -> new GridCell("#ERROR", false);
            default -> null;
        };
    }
}
