package org.juesuan.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The facts an importer must recover from a sample, one line per non-zero amount, for checks that do not run
 * on the JVM: {@code table_code,row_key,row_name,column_key,amount_wan}. Empty-table notes follow as
 * {@code table_code,NOTE,<text>,,}.
 */
final class ExpectedFactsCsv {

    private ExpectedFactsCsv() {
    }

    static String render(DepartmentAccounts accounts) {
        StringBuilder csv = new StringBuilder("table_code,row_key,row_name,column_key,amount_wan\n");
        accounts.tables().forEach((table, rows) -> {
            for (AccountRow row : rows) {
                for (Map.Entry<String, BigDecimal> e : row.amounts().entrySet()) {
                    csv.append(table).append(',').append(row.rowKey()).append(',').append(row.rowName()).append(',')
                            .append(e.getKey()).append(',').append(e.getValue().toPlainString()).append('\n');
                }
            }
        });
        accounts.emptyTableNotes().forEach((table, note) ->
                csv.append(table).append(",NOTE,").append(note.replace(',', '，')).append(",,\n"));
        return csv.toString();
    }

    /**
     * The same with one {@code table_code,TABLE,<title>,,} line per table the submission prints first, so a check can
     * also tell an empty table from a missing one (used by the variant corpus).
     */
    static String renderWithTables(DepartmentAccounts accounts) {
        String facts = render(accounts);
        int header = facts.indexOf('\n') + 1;
        StringBuilder tables = new StringBuilder();
        accounts.tables().keySet().forEach(code ->
                tables.append(code).append(",TABLE,").append(FinalAccountTable.valueOf(code).title()).append(",,\n"));
        return facts.substring(0, header) + tables + facts.substring(header);
    }

    /**
     * The same, and one {@code READ-NOT-FACT-COLUMNS} finding (filed at the table's title, wherever it stands) for
     * every table the variant prints with 上年数/增减额/增长率 columns.
     */
    static String renderWithTables(DepartmentAccounts accounts, LayoutVariant variant) {
        StringBuilder csv = new StringBuilder(renderWithTables(accounts));
        if (variant.extraColumns() != LayoutVariant.ExtraColumns.NONE) {
            for (String code : accounts.tables().keySet()) {
                FinalAccountTable table = FinalAccountTable.valueOf(code);
                if (PrintedLayouts.of(table) instanceof PrintedLayout.Functional
                        || table == FinalAccountTable.T09 && variant.t09FunctionalRows()) {
                    csv.append(code).append(",FINDING,READ-NOT-FACT-COLUMNS,*,\n");
                }
            }
        }
        return csv.toString();
    }

    static void write(DepartmentAccounts accounts, Path file) throws IOException {
        Files.writeString(file, render(accounts), StandardCharsets.UTF_8);
    }
}
