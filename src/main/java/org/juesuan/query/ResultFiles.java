package org.juesuan.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A query result in the forms analysts open: CSV that Excel on Chinese Windows reads as UTF-8 (a byte order mark
 * first), a workbook whose numbers are numeric cells shown at their scale, and JSON whose decimals are exact.
 */
public final class ResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ResultFiles() {
    }

    /** RFC 4180 CSV, a UTF-8 byte order mark first; NULL is an empty field; decimals exact, never 1E+3. */
    public static void csv(List<String> header, List<List<Object>> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (List<Object> row : rows) {
            csv.printRecord(row.stream().map(ResultFiles::plain).toList());
        }
        csv.flush();
    }

    /** An array of objects, one per row, keyed by column label; decimals as exact JSON numbers. */
    public static void json(List<String> header, List<List<Object>> rows, Writer out) throws IOException {
        List<Map<String, Object>> objects = rows.stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                Object v = row.get(c);
                object.put(header.get(c), v instanceof BigDecimal d ? Decimals.exact(d)
                        : v instanceof Number || v instanceof Boolean || v == null ? v : v.toString());
            }
            return object;
        }).toList();
        JSON.writeValue(new NonClosing(out), objects);
        out.write(System.lineSeparator());
        out.flush();
    }

    /** One sheet 查询结果: a bold header row, numbers as numeric cells formatted at their scale (#,##0.00). */
    public static void xlsx(List<String> header, List<List<Object>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("查询结果");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<Integer, CellStyle> byScale = new LinkedHashMap<>();
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (v instanceof BigDecimal d) {
                        BigDecimal shown = Decimals.shown(d);
                        cell.setCellValue(shown.doubleValue());
                        cell.setCellStyle(byScale.computeIfAbsent(shown.scale(), scale -> {
                            CellStyle style = book.createCellStyle();
                            style.setDataFormat(book.createDataFormat().getFormat(scale > 0
                                    ? "#,##0." + "0".repeat(scale) : "#,##0"));
                            return style;
                        }));
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v instanceof Date || v instanceof TemporalAccessor ? v.toString() : v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
        }
    }

    private static Object plain(Object value) {
        return value instanceof BigDecimal d ? Decimals.exact(d).toPlainString() : value;
    }

    /** Jackson closes what it writes to; the command's writer stays open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
