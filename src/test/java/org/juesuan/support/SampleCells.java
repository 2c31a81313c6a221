package org.juesuan.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Finds a figure's cell in a sample workbook with POI, the way a person would: the sheet whose first cell is the
 * table title, the row whose first cell is the row label, the column whose header reads the column name.
 */
public final class SampleCells {

    /** @param sheet the sheet name; @param cell e.g. {@code F8} */
    public record Located(String sheet, String cell) {
    }

    private static final int HEADER_ROWS = 8;

    private SampleCells() {
    }

    public static Located find(Path sample, String title, String rowLabel, String columnHeader) throws IOException {
        List<Path> files;
        if (Files.isDirectory(sample)) {
            try (Stream<Path> s = Files.list(sample)) {
                files = s.sorted().toList();
            }
        } else {
            files = List.of(sample);
        }
        DataFormatter text = new DataFormatter();
        for (Path file : files) {
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    Row first = sheet.getRow(0);
                    if (first == null || first.getCell(0) == null || !title.equals(text.formatCellValue(first.getCell(0)))) {
                        continue;
                    }
                    int column = -1;
                    for (int r = 0; r < HEADER_ROWS && column < 0; r++) {
                        for (Cell c : sheet.getRow(r)) {
                            if (columnHeader.equals(text.formatCellValue(c))) {
                                column = c.getColumnIndex();
                            }
                        }
                    }
                    for (Row row : sheet) {
                        Cell a = row.getCell(0);
                        if (a != null && rowLabel.equals(text.formatCellValue(a).strip())) {
                            return new Located(sheet.getSheetName(), new CellReference(row.getRowNum(), column).formatAsString(false));
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + title + " › " + rowLabel + " › " + columnHeader + " in " + sample);
    }
}
