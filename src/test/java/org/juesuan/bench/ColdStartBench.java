package org.juesuan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Cold start as a user lives with it (issue 15): each command run through bin/juesuan of the distribution, a new
 * JVM every time, median of R runs after one unmeasured run (the one that records the launcher's CDS archive):
 * wall time, CPU time (user + system, which a busy machine inflates far less than the wall) and peak RSS, from
 * /usr/bin/time. Beside `query`, the `mysql`/`mariadb` client running the same statement against the same data in
 * MariaDB. Each target is printed as met or MISSED with its figure, and the load average around the runs.
 *
 * <pre>bench/run --cold [--reps R]</pre>
 */
public final class ColdStartBench {

    /** The statement both `juesuan query` and the mysql client run: the README's T03 合计 per department. */
    static final String QUERY = "SELECT department_name, amount_yuan FROM v_fact WHERE table_code='T03' "
            + "AND row_key='TOTAL' AND column_key='total'";

    private record Sample(double wall, double cpu, double rssMiB, int exit) {
    }

    private record Row(String what, List<Sample> samples, double targetSeconds) {
        double median(java.util.function.ToDoubleFunction<Sample> figure) {
            return Stats.median(samples.stream().map(s -> figure.applyAsDouble(s)).toList());
        }
    }

    private final Path launcher;
    private final Path work;
    private final int reps;
    private final List<String> notes = new ArrayList<>();

    private ColdStartBench(Path distribution, Path work, int reps) {
        this.launcher = distribution.resolve("bin/juesuan").toAbsolutePath();
        this.work = work;
        this.reps = reps;
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path work = Files.createTempDirectory("juesuan-cold-");
        ColdStartBench bench = new ColdStartBench(Path.of(args.get("dist")), work, args.integer("reps", 5));
        String report = bench.run(Path.of(args.get("samples", "samples")), args.get("workbook",
                "米易县农业农村局-2023.xls"));
        System.out.print(report);
        Path out = Path.of(args.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("\nwritten to " + out);
        deleteTree(work);
        System.exit(0);
    }

    private String run(Path samples, String workbookName) throws Exception {
        String loadBefore = Environment.loadAverage();
        Path workbook = samples.resolve(workbookName).toAbsolutePath();
        Path warehouse = config("warehouse", "jdbc:h2:file:./data/juesuan");
        Path empty = config("empty", "jdbc:h2:file:./data/juesuan");
        Path imports = config("import", "jdbc:h2:file:./data/juesuan");

        // the warehouse the reading commands look at: the samples, loaded once
        check(juesuan(warehouse, "import", samples.toAbsolutePath().toString()), 0, 1);
        check(juesuan(empty, "status"), 0); // an empty, migrated warehouse: the starting point of each timed import

        List<Row> rows = new ArrayList<>();
        rows.add(measure("--help", 1.0, () -> juesuan(warehouse, "--help")));
        rows.add(measure("status", 1.0, () -> juesuan(warehouse, "status")));
        rows.add(measure("query", 1.0, () -> juesuan(warehouse, "query", QUERY)));
        rows.add(measure("report 1", 1.0, () -> juesuan(warehouse, "report", "1")));
        rows.add(measure("import (1 workbook, H2)", 3.0, () -> {
            copyTree(empty.getParent().resolve("data"), imports.getParent().resolve("data"));
            return juesuan(imports, "import", workbook.toString());
        }));
        Row mysql = mysqlClient(samples);
        String loadAfter = Environment.loadAverage();
        return report(rows, mysql, loadBefore, loadAfter);
    }

    /** A config file in its own folder of the work directory: its database and log sit beside it. */
    private Path config(String name, String url) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        Path file = folder.resolve("juesuan.properties");
        Files.writeString(file, "juesuan.db.url=" + url
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE\n"
                + "juesuan.log.file=./logs/juesuan.log\n", StandardCharsets.UTF_8);
        return file;
    }

    private interface Command {
        Sample run() throws Exception;
    }

    private Row measure(String what, double target, Command command) throws Exception {
        check(command.run(), 0, 1); // records the launcher's CDS archive for this command; not counted
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            Sample sample = command.run();
            check(sample, 0, 1);
            samples.add(sample);
        }
        System.out.printf(Locale.ROOT, "cold: %-26s median %.2f s wall, %.2f s CPU, %.0f MiB (load %s)%n", what,
                Stats.median(samples.stream().map(Sample::wall).toList()),
                Stats.median(samples.stream().map(Sample::cpu).toList()),
                samples.stream().mapToDouble(Sample::rssMiB).max().orElse(Double.NaN), Environment.loadAverage());
        return new Row(what, samples, target);
    }

    private Sample juesuan(Path config, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--config", config.toString()));
        command.addAll(List.of(args));
        return timed(command);
    }

    /** Runs the command under /usr/bin/time: wall from here, CPU and peak RSS from the kernel's account. */
    private Sample timed(List<String> command) throws Exception {
        Path times = Files.createTempFile(work, "time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S %M"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(work.resolve("last-stderr.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("JUESUAN_") && !k.startsWith("JUESUAN_BENCH"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not end in 10 minutes: " + command);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<String> account = Files.readAllLines(times); // "Command exited with non-zero status 1" may come first
        String[] f = account.get(account.size() - 1).trim().split(" ");
        return new Sample(wall, Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Long.parseLong(f[2]) / 1024.0,
                process.exitValue());
    }

    private void check(Sample sample, int... allowed) throws IOException {
        for (int code : allowed) {
            if (sample.exit() == code) {
                return;
            }
        }
        throw new IllegalStateException("exit code " + sample.exit() + ": "
                + Files.readString(work.resolve("last-stderr.txt")));
    }

    /** The mysql client on the same statement and data: the samples loaded into a MariaDB database of their own. */
    private Row mysqlClient(Path samples) throws Exception {
        String client = Files.isExecutable(Path.of("/usr/bin/mariadb")) ? "/usr/bin/mariadb" : "/usr/bin/mysql";
        if (!Files.isExecutable(Path.of(client))) {
            notes.add("no mysql/mariadb client on this machine: its time is not measured");
            return null;
        }
        try (BenchDatabase db = BenchDatabase.create(BenchDatabase.Kind.MARIADB, "cold")) {
            Path config = work.resolve("mariadb/juesuan.properties");
            Files.createDirectories(config.getParent());
            Files.writeString(config, "juesuan.db.url=" + db.url() + "\njuesuan.db.user=" + db.user()
                    + "\njuesuan.db.password=" + db.password() + "\njuesuan.log.file=./logs/juesuan.log\n");
            check(juesuan(config, "import", samples.toAbsolutePath().toString()), 0, 1);
            String[] hostPort = BenchDatabase.HOST.split(":");
            List<String> command = new ArrayList<>(List.of(client, "-h", hostPort[0], "-P",
                    hostPort.length > 1 ? hostPort[1] : "3306", "-u", BenchDatabase.USER));
            if (!BenchDatabase.PASSWORD.isEmpty()) {
                command.add("-p" + BenchDatabase.PASSWORD);
            }
            command.addAll(List.of(db.name(), "-e", QUERY));
            return measure(client.substring(client.lastIndexOf('/') + 1) + " client: query (MariaDB)", Double.NaN,
                    () -> timed(command));
        } catch (IllegalStateException e) {
            notes.add("MariaDB not reachable, the client's time is not measured: " + e.getMessage());
            return null;
        }
    }

    private String report(List<Row> rows, Row mysql, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder("# Cold start through bin/juesuan\n\n");
        md.append(Environment.capture().markdown());
        md.append("- load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter)
                .append(" after (`uptime`; the targets assume a quiet 2-core machine)\n");
        md.append("- ").append(reps).append(" runs per command after one unmeasured run (it records the CDS archive); "
                + "median wall and CPU (user + system), highest peak RSS\n\n");
        md.append("| command | wall s (median) | wall min–max | CPU s (median) | peak RSS MiB | target | |\n");
        md.append("|---|---:|---:|---:|---:|---|---|\n");
        double rssLimit = 512;
        List<String> verdicts = new ArrayList<>();
        for (Row row : rows) {
            double wall = row.median(Sample::wall);
            double rss = row.samples().stream().mapToDouble(Sample::rssMiB).max().orElse(Double.NaN);
            boolean met = wall <= row.targetSeconds() && rss <= rssLimit;
            md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f–%.2f | %.2f | %.0f | ≤ %.1f s, ≤ %.0f MiB | %s |%n",
                    row.what(), wall, row.samples().stream().mapToDouble(Sample::wall).min().orElse(Double.NaN),
                    row.samples().stream().mapToDouble(Sample::wall).max().orElse(Double.NaN), row.median(Sample::cpu),
                    rss, row.targetSeconds(), rssLimit, met ? "met" : "MISSED"));
            verdicts.add(String.format(Locale.ROOT, "%s %s: %.2f s wall (target ≤ %.1f s), %.0f MiB peak RSS (≤ %.0f)",
                    met ? "met   " : "MISSED", row.what(), wall, row.targetSeconds(), rss, rssLimit));
        }
        if (mysql != null) {
            md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f–%.2f | %.2f | %.0f | (for comparison) | |%n",
                    mysql.what(), mysql.median(Sample::wall),
                    mysql.samples().stream().mapToDouble(Sample::wall).min().orElse(Double.NaN),
                    mysql.samples().stream().mapToDouble(Sample::wall).max().orElse(Double.NaN),
                    mysql.median(Sample::cpu), mysql.samples().stream().mapToDouble(Sample::rssMiB).max().orElse(0)));
        }
        md.append("\n```\n").append(String.join("\n", verdicts)).append("\n```\n");
        for (String note : notes) {
            md.append("\n- ").append(note);
        }
        return md.append('\n').toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
