package org.juesuan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.support.MariaDbTestDatabase;

import picocli.CommandLine;

/** A command run in this JVM as a user types it, against a given warehouse: its exit code, stdout and stderr. */
record WarehouseCommandRun(int exitCode, String out, String err) {

    static WarehouseCommandRun juesuan(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url, "--db-user", MariaDbTestDatabase.USER, "--db-password",
                MariaDbTestDatabase.PASSWORD));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = JuesuanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(all.toArray(String[]::new));
        return new WarehouseCommandRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
