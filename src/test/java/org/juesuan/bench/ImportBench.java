package org.juesuan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.JuesuanApplication;
import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.submission.ImportOptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Full import through the real job: the application context as the CLI opens it, {@link ImportLauncher} (Spring
 * Batch job, JDBC JobRepository, read → detect → map → validate → load, one transaction per submission) on a
 * corpus folder. The JVM is warmed on a separate small corpus first; each timed repetition gets a fresh, empty
 * warehouse, so no repetition sees another's history. Reports the median repetition, the time per submission in
 * the first and the last tenth of the run (flat if no step's cost grows with what is already loaded), the CPU
 * seconds of the job's threads ({@link JobCpu}: the launcher and the partition pool), of the whole JVM and of the
 * database server, GC seconds and peak RSS.
 */
public final class ImportBench {

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        BenchDatabase.Kind kind = BenchDatabase.Kind.valueOf(args.get("db").toUpperCase(java.util.Locale.ROOT));
        boolean rules = !"off".equals(args.get("rules", "on"));
        Path corpus = Path.of(args.get("corpus")).toAbsolutePath();
        Path warmup = Path.of(args.get("warmup")).toAbsolutePath();
        int reps = args.integer("reps", 3);
        boolean keepLast = Boolean.parseBoolean(args.get("keep", "false"));
        String label = args.get("label", kind.name().toLowerCase(java.util.Locale.ROOT) + (rules ? ".rules" : ".norules"));
        ImportOptions options = new ImportOptions(null, false, false, rules);
        LineClock clock = LineClock.install();

        try (BenchDatabase db = BenchDatabase.create(kind, "warm")) {
            try (ConfigurableApplicationContext context = open(db)) {
                ImportLauncher launcher = context.getBean(ImportLauncher.class);
                for (int i = 0; i < args.integer("warmup-runs", 3); i++) {
                    launcher.run(List.of(warmup), options);
                }
            }
        }

        List<Rep> done = new ArrayList<>();
        String kept = null;
        Recording recording = Recording.startIf(args.get("jfr", ""));
        for (int i = 0; i < reps; i++) {
            BenchDatabase db = BenchDatabase.create(kind, "rep" + i);
            boolean keep = keepLast && i == reps - 1 && kind == BenchDatabase.Kind.MARIADB;
            if (keep) {
                db.keep();
                kept = db.name();
            }
            try (db; ConfigurableApplicationContext context = open(db)) {
                Rep rep = measure(context, corpus, options, clock);
                done.add(rep);
                System.out.printf("%s rep %d: %.2f s, %d submissions (%d loaded, %d with errors, %d rejected), "
                                + "%d facts, first/last tenth %.1f/%.1f ms per submission, job CPU %.2f s, "
                        + "database CPU %.2f s, peak RSS %.0f MiB%n",
                        label, i + 1, rep.seconds, rep.submissions, rep.loaded, rep.withErrors, rep.rejected,
                        rep.facts, rep.firstTenthMs, rep.lastTenthMs, rep.jobCpu, rep.dbCpu, rep.peakRssMiB);
            }
        }

        recording.close();
        Rep median = done.stream().sorted((a, b) -> Double.compare(a.seconds, b.seconds)).toList().get(done.size() / 2);
        BenchOutput out = new BenchOutput();
        String p = "import." + label + ".";
        out.put(p + "seconds", median.seconds);
        out.put(p + "submissions", median.submissions);
        out.put(p + "loaded", median.loaded);
        out.put(p + "withErrors", median.withErrors);
        out.put(p + "rejected", median.rejected);
        out.put(p + "facts", median.facts);
        out.put(p + "firstTenthMs", median.firstTenthMs);
        out.put(p + "lastTenthMs", median.lastTenthMs);
        out.put(p + "firstTenthCpuMs", median.firstTenthCpuMs);
        out.put(p + "lastTenthCpuMs", median.lastTenthCpuMs);
        out.put(p + "jobCpuSeconds", median.jobCpu);
        out.put(p + "jvmCpuSeconds", median.jvmCpu);
        out.put(p + "dbCpuSeconds", median.dbCpu);
        out.put(p + "gcSeconds", median.gc);
        out.put(p + "repPeakRssMiB", done.stream().mapToDouble(r -> r.peakRssMiB).max().orElse(Double.NaN));
        out.put(p + "processPeakRssMiB", ProcessStats.peakRssMiB());
        out.put(p + "reps", reps);
        out.put(p + "allSeconds", done.stream().map(r -> String.format(java.util.Locale.ROOT, "%.2f", r.seconds))
                .reduce((a, b) -> a + " " + b).orElse(""));
        if (kept != null) {
            out.put(p + "keptDatabase", kept);
        }
        out.write(Path.of(args.get("out")));
    }

    /** The application context as the CLI opens it, on this warehouse; {@code settings}: more {@code --name=value}. */
    static ConfigurableApplicationContext open(BenchDatabase db, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(JuesuanApplication.class).run(args.toArray(String[]::new));
    }

    private record Rep(double seconds, int submissions, int loaded, int withErrors, int rejected, long facts,
                       double firstTenthMs, double lastTenthMs, double firstTenthCpuMs, double lastTenthCpuMs,
                       double jobCpu, double jvmCpu, double dbCpu, double gc,
                       double peakRssMiB) {
    }

    private static Rep measure(ConfigurableApplicationContext context, Path corpus, ImportOptions options,
                               LineClock clock) throws Exception {
        ImportLauncher launcher = context.getBean(ImportLauncher.class);
        System.gc();
        boolean reset = ProcessStats.resetPeakRss();
        double cpu0 = ProcessStats.cpuSeconds();
        double db0 = ProcessStats.databaseServerCpuSeconds();
        double gc0 = ProcessStats.gcSeconds();
        JobCpu job = JobCpu.start();
        clock.reset(job);
        long job0 = job.nanos();
        long t0 = System.nanoTime();
        ImportOutcome outcome = launcher.run(List.of(corpus), options);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double jobCpu = (job.nanos() - job0) / 1e9;
        double jvmCpu = ProcessStats.cpuSeconds() - cpu0;
        double dbCpu = ProcessStats.databaseServerCpuSeconds() - db0;
        double gc = ProcessStats.gcSeconds() - gc0;
        double peak = reset ? ProcessStats.peakRssMiB() : Double.NaN;
        if (outcome.failure() != null) {
            throw new IllegalStateException("the import job failed: " + outcome.failure());
        }
        // One progress line per submission, printed as it is written: the pace at the start and at the end.
        List<Long> ends = clock.lineEnds();
        int n = ends.size();
        int tenth = Math.max(1, n / 10);
        double first = n > tenth ? (ends.get(tenth) - ends.get(0)) / 1e6 / tenth : Double.NaN;
        double last = n > tenth ? (ends.get(n - 1) - ends.get(n - 1 - tenth)) / 1e6 / tenth : Double.NaN;
        List<Long> cpu = clock.lineEndCpu();
        double firstCpu = n > tenth ? (cpu.get(tenth) - cpu.get(0)) / 1e6 / tenth : Double.NaN;
        double lastCpu = n > tenth ? (cpu.get(n - 1) - cpu.get(n - 1 - tenth)) / 1e6 / tenth : Double.NaN;
        return new Rep(seconds, outcome.items().values().stream().mapToInt(Integer::intValue).sum(), outcome.count(SubmissionStatus.LOADED),
                outcome.count(SubmissionStatus.LOADED_WITH_ERRORS), outcome.count(SubmissionStatus.REJECTED),
                outcome.facts(), first, last, firstCpu, lastCpu, jobCpu, jvmCpu, dbCpu, gc, peak);
    }

    private ImportBench() {
    }
}
