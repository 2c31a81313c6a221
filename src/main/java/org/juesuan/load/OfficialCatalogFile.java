package org.juesuan.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A 政府收支分类科目 list as a finance office holds it: .xlsx, .xls or .csv, a header row naming 科目编码 and
 * 科目名称 (the code either in one column, e.g. 2050101, or split into 类 | 款 | 项 columns printing 205 | 01 | 01,
 * with the 类 or 款 left blank under the line that gives it), names indented by level. Rows before the header
 * (title, 单位) and rows without a code are skipped.
 */
public final class OfficialCatalogFile {

    /** One code of the list. */
    public record Entry(String code, String name, int level, String parentCode) {
    }

    private OfficialCatalogFile() {
    }

    public static List<Entry> read(Path file) throws IOException {
        List<List<String>> rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csvRows(file) : workbookRows(file);
        for (int r = 0; r < rows.size(); r++) {
            Columns columns = Columns.of(rows.get(r));
            if (columns != null) {
                return entries(rows.subList(r + 1, rows.size()), columns, file);
            }
        }
        throw new IOException(file.getFileName() + "：找不到表头（应有“科目编码”或“类/款/项”列，以及“科目名称”列）");
    }

    /** Where the code and the name are: one code column, or 类/款/项 columns. */
    private record Columns(int code, int lei, int kuan, int xiang, int name) {

        static Columns of(List<String> header) {
            int code = -1, lei = -1, kuan = -1, xiang = -1, name = -1;
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c).replaceAll("\\s", "");
                if (h.equals("科目编码") || h.equals("编码") || h.equals("功能分类科目编码") || h.equals("经济分类科目编码")) {
                    code = c;
                } else if (h.equals("类")) {
                    lei = c;
                } else if (h.equals("款")) {
                    kuan = c;
                } else if (h.equals("项")) {
                    xiang = c;
                } else if (h.equals("科目名称") || h.equals("名称")) {
                    name = c;
                }
            }
            return name >= 0 && (code >= 0 || (lei >= 0 && kuan >= 0)) ? new Columns(code, lei, kuan, xiang, name) : null;
        }
    }

    private static List<Entry> entries(List<List<String>> rows, Columns columns, Path file) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String lei = null;
        String kuan = null;
        for (List<String> row : rows) {
            String name = cell(row, columns.name()).strip().replaceFirst("^[\\s\\u3000]+", "");
            String code;
            if (columns.code() >= 0) {
                code = digits(cell(row, columns.code()));
            } else {
                String l = digits(cell(row, columns.lei()));
                String k = digits(cell(row, columns.kuan()));
                String x = columns.xiang() >= 0 ? digits(cell(row, columns.xiang())) : "";
                code = !x.isEmpty() ? (x.length() == 7 ? x : (k.length() == 5 ? k : (l.isEmpty() ? lei : l)
                        + (k.isEmpty() && kuan != null ? kuan.substring(3) : k)) + x)
                        : !k.isEmpty() ? (k.length() == 5 ? k : (l.isEmpty() ? lei : l) + k) : l;
            }
            if (code == null || code.isEmpty() || name.isEmpty()) {
                continue;
            }
            if (code.length() != 3 && code.length() != 5 && code.length() != 7) {
                throw new IOException(file.getFileName() + "：科目编码 " + code + "（" + name + "）应为 3、5 或 7 位");
            }
            if (code.length() == 3) {
                lei = code;
                kuan = null;
            } else if (code.length() == 5) {
                lei = code.substring(0, 3);
                kuan = code;
            }
            int level = code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3;
            entries.put(code, new Entry(code, name, level, level == 1 ? null : code.substring(0, code.length() - 2)));
        }
        if (entries.isEmpty()) {
            throw new IOException(file.getFileName() + "：表头下没有科目");
        }
        return List.copyOf(entries.values());
    }

    private static String digits(String cell) {
        String s = cell.strip();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2); // a code stored as a number
        }
        return s.matches("\\d+") ? s : "";
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    private static List<List<String>> workbookRows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> csvRows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            rows.add(r.toList());
        }
        return rows;
    }
}
