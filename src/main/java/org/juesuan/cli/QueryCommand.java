package org.juesuan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.juesuan.report.ReadOnlyQuery;
import org.juesuan.report.TablePrinter;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run read-only SQL against the warehouse and print the result.")
class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SQL", description = "one SELECT (or WITH/SHOW/DESCRIBE/EXPLAIN) statement")
    String sql;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE})")
    String format;

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
        if (!format.equals("table") && !format.equals("csv")) {
            err.println("query: --format must be table or csv");
            return 2;
        }
        try {
            ReadOnlyQuery.check(sql);
        } catch (IllegalArgumentException e) {
            err.println("query refused: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = Warehouse.open(db)) {
            ReadOnlyQuery.Result result = context.getBean(ReadOnlyQuery.class).run(sql, maxRows, timeoutSeconds);
            TablePrinter.print(result.columns(), result.rows(), format.equals("csv"), out);
            if (result.truncated()) {
                err.println("query: output cut at " + maxRows + " rows (--max-rows)");
            }
            return 0;
        } catch (Warehouse.UnavailableException e) {
            err.println("query: " + e.getMessage());
            return 3;
        } catch (java.sql.SQLException e) {
            err.println("query failed: " + e.getMessage());
            return 2;
        }
    }
}
