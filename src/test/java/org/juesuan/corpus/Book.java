package org.juesuan.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A tiny way to write a hand-made workbook cell by cell: {@code book.sheet("Sheet1").row(0, "支出决算表")
 * .merge("A1:F1")}. Strings become text cells, numbers numeric cells, {@code null} leaves a cell empty.
 */
final class Book implements AutoCloseable {

    private static final Date FIXED = new Date(1726790400000L); // 2024-09-20, so files are reproducible

    private final Workbook wb;

    private Book(Workbook wb) {
        this.wb = wb;
    }

    static Book xlsx() {
        return new Book(new XSSFWorkbook());
    }

    static Book xls() {
        return new Book(new HSSFWorkbook());
    }

    Page sheet(String name) {
        return new Page(wb.createSheet(name));
    }

    void hide(String sheetName) {
        wb.setSheetHidden(wb.getSheetIndex(sheetName), true);
    }

    void save(Path file) throws IOException {
        if (wb instanceof XSSFWorkbook x) {
            x.getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
            x.getProperties().getCoreProperties().setModified(Optional.of(FIXED));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Reproducibility.runWithSourceDateEpoch(() -> wb.write(out));
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    /** One sheet being written. */
    static final class Page {
        private final Sheet sheet;

        Page(Sheet sheet) {
            this.sheet = sheet;
        }

        /** Cells of row {@code r} (0-based) from column A. */
        Page row(int r, Object... cells) {
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            for (int c = 0; c < cells.length; c++) {
                Object value = cells[c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        Page merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }
    }
}
