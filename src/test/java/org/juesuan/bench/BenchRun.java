package org.juesuan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.samples.BulkSubmissions;

/**
 * What {@code bench/run} runs: for each N, generates (or reuses) a corpus of N submissions and measures, each in a
 * JVM of its own, parse only three ways ({@link ParseBench}), full import through the real job into MariaDB and
 * into H2 with the rule book on and off ({@link ImportBench}), bulk-load only of the same fact rows
 * ({@link LoadBench}), and the CLI as a user starts it (cold JVM); then prints one table per N, the ratios and the
 * growth from one N to the next ({@link BenchReport}). It reports; it asserts nothing.
 */
public final class BenchRun {

    /** Submissions of the separate corpus that warms each import JVM before the timed runs. */
    static final int WARMUP_SUBMISSIONS = 50;
    /** Runs over the warm-up corpus before the timed imports. */
    static final int WARMUP_RUNS = 2;
    /** From this N on, one timed pass per measurement and only the MariaDB import with the rule book. */
    static final int SINGLE_IMPORT_FROM = 1000;
    /** The heap cap of the second cold CLI run. */
    static final String CAPPED_HEAP = "-Xmx256m";

    private final Path work;
    private final String runtimeClasspath;
    private final String testClasspath;
    private final Path jar;
    private final Path logback;
    private final int reps;
    private final boolean profile;
    private final int warmupSubmissions;
    /** Which corpora each N runs (--corpora): large (~2,200 facts per submission) and/or county (300–800, like samples/). */
    private final List<String> corpora;
    private final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private BenchRun(Args args) throws IOException {
        this.work = Path.of(args.get("work", "target/bench")).toAbsolutePath();
        String classes = Path.of("target/classes").toAbsolutePath() + ":" + Path.of("target/test-classes").toAbsolutePath();
        this.runtimeClasspath = classes + ":" + Files.readString(Path.of(args.get("runtime-cp"))).strip();
        this.testClasspath = classes + ":" + Files.readString(Path.of(args.get("test-cp"))).strip();
        this.jar = Path.of(args.get("jar", "target/juesuan.jar")).toAbsolutePath();
        this.logback = Path.of(args.get("logback", "bench/logback-bench.xml")).toAbsolutePath();
        this.reps = args.integer("reps", 3);
        this.profile = Boolean.parseBoolean(args.get("profile", "false"));
        this.warmupSubmissions = args.integer("warmup-submissions", WARMUP_SUBMISSIONS);
        this.corpora = Arrays.stream(args.get("corpora", "large,county").split(",")).map(String::strip).toList();
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        List<Integer> sizes = Arrays.stream(args.get("n", "100,1000").split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
        new BenchRun(args).run(sizes);
    }

    private void run(List<Integer> sizes) throws Exception {
        Files.createDirectories(work.resolve("logs"));
        Files.createDirectories(work.resolve("results"));
        BenchReport report = new BenchReport(Environment.capture(), reps, SINGLE_IMPORT_FROM, warmupSubmissions, WARMUP_RUNS);
        Path warmup = work.resolve("warmup-" + warmupSubmissions);
        generate(warmup, warmupSubmissions, 1_000L, "large");
        for (int n : sizes) {
            if (corpora.contains("county")) {
                county(report, n, warmup);
            }
            if (!corpora.contains("large")) {
                continue;
            }
            Instant started = Instant.now();
            String loadBefore = Environment.loadAverage();
            Path corpus = work.resolve("corpus-" + n);
            generate(corpus, n, BulkSubmissions.DEFAULT_SEED, "large");
            Map<String, BenchOutput> results = new LinkedHashMap<>();
            // From SINGLE_IMPORT_FROM on, one timed pass of each and only the import the targets are about: the
            // audit's cost, H2 and the cold CLI are measured at the smaller N (a 2-core machine, ~1 h budget).
            boolean large = n >= SINGLE_IMPORT_FROM;
            int passes = large ? 1 : reps;
            results.put("parse.ours", parse(n, "ours", corpus, runtimeClasspath, passes));
            results.put("parse.fastexcel", parse(n, "fastexcel", corpus, testClasspath, passes));
            results.put("parse.poi-sax", parse(n, "poi-sax", corpus, runtimeClasspath, passes));
            // An experiment, not a yardstick: our reader with fastexcel's StAX parser (aalto-xml) on the classpath.
            results.put("parse.ours-aalto", measure(n, "parse-ours-aalto", testClasspath, List.of(),
                    "org.juesuan.bench.ParseBench", List.of("--parser", "ours", "--label", "ours-aalto", "--corpus",
                            corpus.toString(), "--reps", Integer.toString(passes))));
            BenchOutput mariadb = importRun(n, "mariadb", "on", corpus, warmup, true, passes);
            results.put("import.mariadb.rules", mariadb);
            results.put("load", load(n, mariadb.get("import.mariadb.rules.keptDatabase"), passes));
            if (!large) {
                results.put("import.mariadb.norules", importRun(n, "mariadb", "off", corpus, warmup, false, passes));
                results.put("import.h2.rules", importRun(n, "h2", "on", corpus, warmup, false, passes));
                results.put("import.h2.norules", importRun(n, "h2", "off", corpus, warmup, false, passes));
            }
            if (!large && Files.exists(jar)) {
                results.put("cli.mariadb", coldCli(n, BenchDatabase.Kind.MARIADB, corpus, List.of()));
                results.put("cli.mariadb.capped", coldCli(n, BenchDatabase.Kind.MARIADB, corpus, List.of(CAPPED_HEAP)));
                results.put("cli.h2", coldCli(n, BenchDatabase.Kind.H2, corpus, List.of()));
            }
            report.add(n, results, loadBefore, Environment.loadAverage(), Duration.between(started, Instant.now()));
            System.out.println(report.table(n));
        }
        String text = report.render();
        System.out.println();
        System.out.println(text);
        Path file = work.resolve("results-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("(written to " + file + ")");
    }

    /**
     * County-sized submissions (300–800 facts, like samples/): where the fixed cost per submission (transactions,
     * JobRepository, ledger, locks) shows. The import into MariaDB the target is about, the bulk load of its rows
     * and our parse, for the same ratios as the large corpus; one pass each from SINGLE_IMPORT_FROM on.
     */
    private void county(BenchReport report, int n, Path warmup) throws Exception {
        Instant started = Instant.now();
        String loadBefore = Environment.loadAverage();
        Path corpus = work.resolve("corpus-county-" + n);
        generate(corpus, n, BulkSubmissions.DEFAULT_SEED, "county");
        int passes = n >= SINGLE_IMPORT_FROM ? 1 : reps;
        Map<String, BenchOutput> results = new LinkedHashMap<>();
        results.put("parse.ours", measure(n, "county-parse-ours", runtimeClasspath, List.of(),
                "org.juesuan.bench.ParseBench", List.of("--parser", "ours", "--corpus", corpus.toString(),
                        "--reps", Integer.toString(passes))));
        BenchOutput mariadb = measure(n, "county-import-mariadb", runtimeClasspath, List.of(),
                "org.juesuan.bench.ImportBench", importArgs("mariadb", "on", corpus, warmup, true, passes,
                        profile ? profilePath(n, "county-import-mariadb") : null));
        results.put("import.mariadb.rules", mariadb);
        results.put("load", measure(n, "county-load", runtimeClasspath, List.of("-Xmx4g"), "org.juesuan.bench.LoadBench",
                List.of("--source-db", mariadb.get("import.mariadb.rules.keptDatabase"), "--reps",
                        Integer.toString(passes), "--drop-source", "true")));
        report.addCounty(n, results, loadBefore, Environment.loadAverage(), Duration.between(started, Instant.now()));
        System.out.println(report.countyTable(n));
    }

    private void generate(Path folder, int count, long seed, String size) throws Exception {
        long started = System.nanoTime();
        Path log = work.resolve("logs").resolve("generate-" + folder.getFileName() + ".log");
        java("generate " + folder.getFileName(), runtimeClasspath, List.of(), "org.juesuan.samples.BulkSubmissions",
                List.of(folder.toString(), Integer.toString(count), Long.toString(seed), size), log);
        System.out.printf("corpus %s: %s (%.0f s)%n", folder.getFileName(),
                Files.readString(log).lines().reduce((a, b) -> b).orElse(""), (System.nanoTime() - started) / 1e9);
    }

    private BenchOutput parse(int n, String parser, Path corpus, String classpath, int passes) throws Exception {
        List<String> args = new ArrayList<>(List.of("--parser", parser, "--corpus", corpus.toString(),
                "--reps", Integer.toString(passes)));
        if (profile && parser.equals("ours")) {
            args.addAll(List.of("--jfr", profilePath(n, "parse-ours").toString()));
        }
        return measure(n, "parse-" + parser, classpath, List.of(), "org.juesuan.bench.ParseBench", args);
    }

    private BenchOutput importRun(int n, String db, String rules, Path corpus, Path warmup, boolean keep, int passes)
            throws Exception {
        String name = "import-" + db + "-rules-" + rules;
        return measure(n, name, runtimeClasspath, List.of(), "org.juesuan.bench.ImportBench", importArgs(db, rules,
                corpus, warmup, keep, passes, profile && rules.equals("on") ? profilePath(n, name) : null));
    }

    private static List<String> importArgs(String db, String rules, Path corpus, Path warmup, boolean keep, int passes,
                                           Path jfr) {
        List<String> args = new ArrayList<>(List.of("--db", db, "--rules", rules, "--corpus", corpus.toString(),
                "--warmup", warmup.toString(), "--reps", Integer.toString(passes),
                "--keep", Boolean.toString(keep), "--warmup-runs", Integer.toString(WARMUP_RUNS)));
        if (jfr != null) {
            args.addAll(List.of("--jfr", jfr.toString()));
        }
        return args;
    }

    private BenchOutput load(int n, String sourceDatabase, int passes) throws Exception {
        return measure(n, "load", runtimeClasspath, List.of("-Xmx4g"), "org.juesuan.bench.LoadBench",
                List.of("--source-db", sourceDatabase, "--reps", Integer.toString(passes), "--drop-source", "true"));
    }

    /**
     * The CLI exactly as the README runs it ({@code java -jar}), cold: JVM start and Flyway included; with the
     * default heap sizing, or with a capped heap to show how much memory the import needs rather than takes.
     */
    private BenchOutput coldCli(int n, BenchDatabase.Kind kind, Path corpus, List<String> jvmArgs) throws Exception {
        try (BenchDatabase db = BenchDatabase.create(kind, "cli")) {
            List<String> command = new ArrayList<>(List.of(javaBin));
            command.addAll(jvmArgs);
            command.addAll(List.of("-jar", jar.toString(), "import", corpus.toString(),
                    "--db-url", db.url(), "--db-user", db.user()));
            String name = "cli-" + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + (jvmArgs.isEmpty() ? "" : "-" + String.join("", jvmArgs).replaceAll("[^A-Za-z0-9]", ""));
            Path log = work.resolve("logs").resolve(n + "-" + name + ".log");
            System.out.printf("[N=%d] %s …%n", n, name);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            double peak = 0;
            while (!process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakRssMiB(process.pid()));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int exit = process.exitValue();
            if (exit != 0 && exit != 1) {
                throw new IllegalStateException(name + " exited " + exit + "; see " + log);
            }
            BenchOutput out = new BenchOutput();
            out.put("cli.seconds", seconds);
            out.put("cli.peakRssMiB", peak);
            out.put("cli.exit", exit);
            out.put("cli.jvmArgs", String.join(" ", jvmArgs));
            out.put("cli.summary", Files.readString(log).lines().filter(l -> l.startsWith("导入批次 #"))
                    .findFirst().orElse("(no summary line)"));
            out.write(work.resolve("results").resolve(n + "-" + name + ".properties"));
            return out;
        }
    }

    private BenchOutput measure(int n, String name, String classpath, List<String> jvmArgs, String main,
                                List<String> args) throws Exception {
        Path out = work.resolve("results").resolve(n + "-" + name + ".properties");
        Files.deleteIfExists(out);
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--out", out.toString()));
        long started = System.nanoTime();
        System.out.printf("[N=%d] %s …%n", n, name);
        java(name, classpath, jvmArgs, main, all, work.resolve("logs").resolve(n + "-" + name + ".log"));
        System.out.printf("[N=%d] %s done in %.0f s%n", n, name, (System.nanoTime() - started) / 1e9);
        if (profile && Files.exists(profilePath(n, name))) {
            Path hot = work.resolve("profiles").resolve(n + "-" + name + ".txt");
            java("hot methods " + name, testClasspath, List.of(), "org.juesuan.bench.JfrHotMethods",
                    List.of(profilePath(n, name).toString(), "40"), hot);
            System.out.println("  profile: " + hot);
        }
        return BenchOutput.read(out);
    }

    private void java(String name, String classpath, List<String> jvmArgs, String main, List<String> args, Path log)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin, "-Dlogback.configurationFile=" + logback,
                "-Dfile.encoding=UTF-8"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classpath, main));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException(name + " failed (exit " + exit + "), last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
    }

    private Path profilePath(int n, String name) throws IOException {
        Path folder = work.resolve("profiles");
        Files.createDirectories(folder);
        return folder.resolve(n + "-" + name + ".jfr");
    }

    private static double peakRssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip()) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }
}
