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

import org.juesuan.model.Messages;
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
        description = "对数据仓库执行一条只读 SQL 语句并输出结果；写入的语句一律拒绝。")
class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SQL", arity = "0..1",
            description = "一条 SELECT（或 WITH、SHOW、DESCRIBE、EXPLAIN）语句")
    String sql;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "改从文件读语句，如 sql/queries/04_three_public_year_over_year.sql")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "table（表格）、csv（带 BOM 的 UTF-8，Excel 可直接打开）、json 或 xlsx（须给 --out）；默认 ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "把结果写到这个文件，而不显示在屏幕上")
    Path outFile;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "语句中的命名参数，如 --param year=2023 对应 :year（不给则为 NULL，附带的查询把它当作所有年度）")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--max-rows", defaultValue = "1000", description = "最多输出多少行（默认 ${DEFAULT-VALUE}）")
    int maxRows;

    @Option(names = "--timeout", defaultValue = "60", description = "运行超过多少秒就取消（默认 ${DEFAULT-VALUE}）")
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
            err.println(Messages.text("query.problem", usage));
            return 2;
        }
        String text;
        try {
            text = file != null ? Files.readString(file, StandardCharsets.UTF_8) : sql;
        } catch (IOException e) {
            err.println(Messages.text("query.cannot-read", file, e.getMessage()));
            return 2;
        }
        try {
            ReadOnlyQuery.check(text);
        } catch (RefusedStatementException e) {
            err.println(Messages.text("query.refused", e.getMessage()));
            return 2;
        }
        try (ReadingWarehouse warehouse = Warehouse.openForReading(db)) {
            ReadOnlyQuery.Result result = warehouse.query().run(text, params, maxRows, timeoutSeconds);
            write(result, out);
            if (outFile != null) {
                err.println(Messages.text("query.rows-written", result.rows().size(), outFile.toAbsolutePath()));
            }
            if (result.truncated()) {
                err.println(Messages.text("query.cut", maxRows));
            }
            return 0;
        } catch (Warehouse.UnavailableException e) {
            err.println(Messages.text("query.problem", e.getMessage()));
            return 3;
        } catch (SQLTimeoutException e) {
            err.println(Messages.text("query.cancelled", timeoutSeconds));
            return 2;
        } catch (SQLException e) {
            err.println(Messages.text("query.failed", e.getMessage()));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(Messages.text("query.problem", e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println(Messages.text("query.cannot-write", outFile, e.getMessage()));
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
            return Messages.text("query.usage.sql-or-file");
        }
        if (!List.of("table", "csv", "json", "xlsx").contains(format)) {
            return Messages.text("query.usage.format");
        }
        if (format.equals("xlsx") && outFile == null) {
            return Messages.text("query.usage.xlsx-out");
        }
        if (maxRows < 1) {
            return Messages.text("query.usage.max-rows");
        }
        if (timeoutSeconds < 1) {
            return Messages.text("query.usage.timeout");
        }
        return null;
    }
}
