package org.juesuan.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.model.TableCode;
import org.juesuan.summary.PrintedTable.Line;

/** Writes a {@link ConsolidatedAccounts} as one .xlsx: the 封面, then the thirteen tables, one sheet each. */
public final class SummaryWorkbook {

    private SummaryWorkbook() {
    }

    public static void write(ConsolidatedAccounts accounts, ClassificationCatalog catalog, Path file)
            throws IOException {
        RowNames names = new RowNames(catalog, accounts.year());
        try (Workbook wb = new XSSFWorkbook()) {
            SummaryStyles styles = new SummaryStyles(wb);
            CoverSheet.write(wb, styles, accounts);
            TableSheets sheets = new TableSheets(accounts, names);
            Map<TableCode, PrintedTable> layouts = PrintedTables.all();
            for (TableCode table : TableCode.values()) {
                PrintedTable layout = table == TableCode.T01 || table == TableCode.T04
                        ? PrintedTables.fixedLines(table, classLines(accounts, table, names)) : layouts.get(table);
                sheets.write(new SummarySheet(wb.createSheet(PrintedWords.table(table)), styles), layout);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /**
     * The 支出 block's class lines: the 26 classes of the printed form, then any other class a department printed
     * there, each numbered and named as the form prints it (一、一般公共服务支出).
     */
    private static List<Line> classLines(ConsolidatedAccounts accounts, TableCode table, RowNames names) {
        Set<String> codes = new LinkedHashSet<>(PrintedTables.PRINTED_CLASSES);
        accounts.rows(table).keySet().stream().filter(k -> k.length() == 3 && k.chars().allMatch(Character::isDigit))
                .sorted().forEach(codes::add);
        List<Line> lines = new ArrayList<>();
        int n = 1;
        for (String code : codes) {
            String printed = accounts.row(table, code).map(SummedRow::printedName).orElse(null);
            lines.add(Line.of(code, RowNames.ordinal(n++) + "、" + names.functional(code, printed)));
        }
        return lines;
    }
}
