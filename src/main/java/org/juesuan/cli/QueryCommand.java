package org.juesuan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.juesuan.query.ReadOnlyQuery;
import org.juesuan.query.RefusedStatementException;
import org.juesuan.query.ResultFiles;
import org.juesuan.query.TablePrinter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run one read-only SQL statement against the warehouse and print the result.")
class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SQL", arity = "0..1",
            description = "one SELECT (or WITH/SHOW/DESCRIBE/EXPLAIN) statement")
    String sql;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "read the statement from a file instead, e.g. sql/queries/04_three_public_year_over_year.sql")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv (UTF-8 with BOM, opens in Excel), json or xlsx (needs --out) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result to this file instead of the screen")
    Path outFile;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "a named parameter of the statement, e.g. --param year=2023 for :year (left out: NULL, "
                    + "which the catalogued queries read as every year)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--max-rows", defaultValue = "1000", description = "print at most this many rows (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--timeout", defaultValue = "60", description = "seconds before the query is cancelled (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println("query: " + usage);
            return 2;
        }
        String text;
        try {
            text = file != null ? Files.readString(file, StandardCharsets.UTF_8) : sql;
        } catch (IOException e) {
            err.println("query: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        try {
            ReadOnlyQuery.check(text);
        } catch (RefusedStatementException e) {
            err.println("query refused: " + e.getMessage());
            return 2;
        }
        try (ReadingWarehouse warehouse = Warehouse.openForReading(db)) {
            ReadOnlyQuery.Result result = warehouse.query().run(text, params, maxRows, timeoutSeconds);
            write(result, out);
            if (outFile != null) {
                err.println("query: " + result.rows().size() + " 行写入 " + outFile.toAbsolutePath());
            }
            if (result.truncated()) {
                err.println("query: output cut at " + maxRows + " rows (--max-rows)");
            }
            return 0;
        } catch (Warehouse.UnavailableException e) {
            err.println("query: " + e.getMessage());
            return 3;
        } catch (SQLTimeoutException e) {
            err.println("query cancelled: it ran longer than " + timeoutSeconds + " s (--timeout)");
            return 2;
        } catch (SQLException e) {
            err.println("query failed: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("query: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("query: cannot write " + outFile + ": " + e.getMessage());
            return 2;
        }
    }

    private void write(ReadOnlyQuery.Result result, PrintWriter screen) throws IOException {
        List<String> columns = result.columns();
        List<List<Object>> rows = result.rows();
        if (format.equals("xlsx")) {
            try (OutputStream file = Files.newOutputStream(outFile)) {
                ResultFiles.xlsx(columns, rows, file);
            }
            return;
        }
        try (Writer file = outFile == null ? null : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            PrintWriter out = file == null ? screen : new PrintWriter(file);
            switch (format) {
                case "csv" -> ResultFiles.csv(columns, rows, out);
                case "json" -> ResultFiles.json(columns, rows, out);
                default -> TablePrinter.print(columns, rows, out);
            }
            out.flush();
        }
    }

    private String usageProblem() {
        if ((sql == null) == (file == null)) {
            return "give the statement either as an argument or with --file, not both and not neither";
        }
        if (!List.of("table", "csv", "json", "xlsx").contains(format)) {
            return "--format must be table, csv, json or xlsx";
        }
        if (format.equals("xlsx") && outFile == null) {
            return "--format xlsx writes a workbook: give the file with --out FILE.xlsx";
        }
        if (maxRows < 1) {
            return "--max-rows must be at least 1";
        }
        if (timeoutSeconds < 1) {
            return "--timeout must be at least 1 second";
        }
        return null;
    }
}
