package org.juesuan.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeMap;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads BIFF8 .xls (what the desktop 决算 software exports) with HSSF. The format caps a sheet
 * at 65,536 rows, so the workbook is held by POI; rows are still handed out one at a time.
 */
final class XlsWorkbookReader implements WorkbookRows {

    private final String fileName;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private int nextSheet;

    XlsWorkbookReader(Path file) throws IOException {
        this.fileName = file.getFileName().toString();
        this.fs = new POIFSFileSystem(file.toFile(), true);
        try {
            this.workbook = new HSSFWorkbook(fs.getRoot(), false);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    @Override
    public SheetRows nextSheet() {
        if (nextSheet >= workbook.getNumberOfSheets()) {
            return null;
        }
        Sheet sheet = workbook.getSheetAt(nextSheet++);
        MergedRegions.Builder merges = new MergedRegions.Builder();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
        }
        MergedRegions regions = merges.build();
        Iterator<Row> rows = sheet.rowIterator();
        return new SheetRows() {
            @Override public String fileName() { return fileName; }
            @Override public String sheetName() { return sheet.getSheetName(); }
            @Override public MergedRegions merges() { return regions; }

            @Override
            public SheetRow nextRow() {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    TreeMap<Integer, GridCell> cells = new TreeMap<>();
                    for (Cell cell : row) {
                        GridCell value = toCell(cell, cell.getCellType());
                        if (value != null) {
                            cells.put(cell.getColumnIndex(), value);
                        }
                    }
                    if (!cells.isEmpty()) {
                        return new SheetRow(row.getRowNum(), cells, row.getZeroHeight());
                    }
                }
                return null;
            }
        };
    }

    private static GridCell toCell(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> new GridCell(Numbers.plain(cell.getNumericCellValue()), true);
            case STRING -> GridCell.text(cell.getStringCellValue());
            case BOOLEAN -> new GridCell(Boolean.toString(cell.getBooleanCellValue()).toUpperCase(), false);
            case FORMULA -> toCell(cell, cell.getCachedFormulaResultType());
            case ERROR -> new GridCell("#ERROR", false);
            default -> null;
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
            fs.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
