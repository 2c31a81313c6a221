package org.juesuan.web.season;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.support.Samples;

/** The committed samples, and copies of them changed in one cell (a department's second version). */
public final class SampleVariants {

    public static final String MIYI = "米易县经济信息化和科学技术局";
    public static final String AGRICULTURE = "米易县农业农村局";
    public static final Path MIYI_2023 = Samples.DIR.resolve(MIYI + "-2023.xlsx");
    public static final Path MIYI_2022 = Samples.DIR.resolve(MIYI + "-2022.xlsx");

    private SampleVariants() {
    }

    public static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** The workbook with the text {@code from} (a whole cell, first found on the sheet) replaced by {@code to}. */
    public static byte[] withText(Path file, String sheet, String from, String to) throws IOException {
        return edit(file, sheet, cell -> cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip()
                .equals(from), cell -> cell.setCellValue(to));
    }

    /** The workbook with one number on the sheet ({@code from}, first found) replaced by {@code to}. */
    public static byte[] withNumber(Path file, String sheet, double from, double to) throws IOException {
        return edit(file, sheet, cell -> cell.getCellType() == CellType.NUMERIC
                && Math.abs(cell.getNumericCellValue() - from) < 1e-9, cell -> cell.setCellValue(to));
    }

    private static byte[] edit(Path file, String sheetName, java.util.function.Predicate<Cell> match,
                               java.util.function.Consumer<Cell> change) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (match.test(cell)) {
                        change.accept(cell);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        workbook.write(out);
                        return out.toByteArray();
                    }
                }
            }
        }
        throw new IllegalArgumentException("not found on " + sheetName);
    }
}
