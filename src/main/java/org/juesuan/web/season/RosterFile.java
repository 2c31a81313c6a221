package org.juesuan.web.season;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A roster as the bureau keeps it: a .csv (UTF-8, a BOM allowed) or the first sheet of an .xlsx/.xls, one
 * department name per row in the first column. Blank rows and repeats are skipped; a header row 部门名称/单位名称 too.
 */
public final class RosterFile {

    private RosterFile() {
    }

    public static List<String> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> cells = name.endsWith(".csv") ? csv(file) : name.endsWith(".xlsx") || name.endsWith(".xls")
                ? workbook(file) : null;
        if (cells == null) {
            throw new IllegalArgumentException(file.toString());
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String cell : cells) {
            String value = cell == null ? "" : cell.replace('\u3000', ' ').strip();
            if (!value.isEmpty() && !value.matches("部门名称|单位名称|部门|单位")) {
                names.add(value);
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> csv(Path file) throws IOException {
        List<String> first = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String cell = line.startsWith("\uFEFF") ? line.substring(1) : line;
            int comma = cell.indexOf(',');
            cell = comma < 0 ? cell : cell.substring(0, comma);
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
            }
            first.add(cell);
        }
        return first;
    }

    private static List<String> workbook(Path file) throws IOException {
        List<String> first = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                first.add(cell == null ? null : text.formatCellValue(cell));
            }
        }
        return first;
    }
}
