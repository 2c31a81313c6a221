package org.juesuan.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** A workbook read back with POI usermodel as comparable lines: sheets in order, merges, every non-blank cell. */
final class WorkbookSnapshot {

    private WorkbookSnapshot() {
    }

    static List<String> of(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                String name = sheet.getSheetName();
                lines.add("sheet " + s + " " + name);
                TreeSet<String> merges = new TreeSet<>();
                sheet.getMergedRegions().forEach(m -> merges.add(m.formatAsString()));
                merges.forEach(m -> lines.add(name + " merge " + m));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (value != null) {
                            lines.add(name + "!" + new CellReference(cell).formatAsString(false) + " " + value);
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** type:value, or null for a blank cell. */
    static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "S:" + cell.getStringCellValue();
            case NUMERIC -> "N:" + BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    + " [" + cell.getCellStyle().getDataFormatString() + "]";
            case BOOLEAN -> "B:" + cell.getBooleanCellValue();
            case FORMULA -> "F:" + cell.getCellFormula();
            case BLANK -> null;
            default -> "?:" + cell;
        };
    }
}
