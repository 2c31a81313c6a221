package org.juesuan.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.submission.ImportOptions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the audit costs (issue 3: auditing all of samples/ takes no more than 20 % longer than importing without
 * rules): the real import job over the sample folder, rule book on and off ({@link ImportOptions#applyRules}),
 * interleaved in one warm JVM — each round runs both, the first of the pair alternating — each run into a fresh,
 * empty MariaDB warehouse. The folder is small, so it is imported many times and the medians compared. The
 * figure that decides is the CPU time of the job's threads (the caller's and the partition pool's): on a shared
 * 2-core machine the wall clock also measures the neighbours.
 */
public final class AuditBench {

    static final double TARGET = 0.20;

    private record Run(boolean rules, double jobCpu, double wall, String outcome) {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path samples = Path.of(args.get("samples", "samples")).toAbsolutePath();
        int reps = args.integer("reps", 30);
        int warmup = args.integer("warmup", 15);
        String threads = args.get("threads", "1");
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException(samples + " is not a folder (regenerate it: see README, Samples)");
        }
        Environment environment = Environment.capture();
        String loadBefore = Environment.loadAverage();
        Instant started = Instant.now();
        for (int i = 0; i < warmup; i++) {
            run(samples, true, threads);
            run(samples, false, threads);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            for (boolean rules : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                Run run = run(samples, rules, threads);
                runs.add(run);
                System.out.printf(Locale.ROOT, "round %d, rules %s: job CPU %.3f s, wall %.3f s, %s%n", i + 1,
                        rules ? "on" : "off", run.jobCpu(), run.wall(), run.outcome());
            }
        }
        String report = report(environment, samples, reps, warmup, threads, runs, loadBefore,
                Environment.loadAverage(), Duration.between(started, Instant.now()));
        System.out.println();
        System.out.println(report);
        Path out = Path.of(args.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("(written to " + out + ")");
    }

    private static Run run(Path samples, boolean rules, String threads) throws Exception {
        try (BenchDatabase db = BenchDatabase.create(BenchDatabase.Kind.MARIADB, "audit");
             ConfigurableApplicationContext context = ImportBench.open(db, "--juesuan.import.threads=" + threads)) {
            ImportLauncher launcher = context.getBean(ImportLauncher.class);
            System.gc();
            JobCpu job = JobCpu.start();
            long cpu0 = job.nanos();
            long t0 = System.nanoTime();
            ImportOutcome outcome = launcher.run(List.of(samples), new ImportOptions(null, false, false, rules));
            double wall = (System.nanoTime() - t0) / 1e9;
            long cpu = job.nanos() - cpu0;
            if (outcome.failure() != null) {
                throw new IllegalStateException("the import job failed: " + outcome.failure());
            }
            return new Run(rules, cpu / 1e9, wall, outcome.summary());
        }
    }

    private static String report(Environment environment, Path samples, int reps, int warmup, String threads,
                                 List<Run> runs, String loadBefore, String loadAfter, Duration took) {
        List<Run> on = runs.stream().filter(Run::rules).toList();
        List<Run> off = runs.stream().filter(r -> !r.rules()).toList();
        double cpuRatio = median(on, Run::jobCpu) / median(off, Run::jobCpu) - 1;
        double wallRatio = median(on, Run::wall) / median(off, Run::wall) - 1;
        List<Double> pairedCpu = new ArrayList<>();
        List<Double> pairedWall = new ArrayList<>();
        for (int i = 0; i < Math.min(on.size(), off.size()); i++) {
            pairedCpu.add(on.get(i).jobCpu() / off.get(i).jobCpu() - 1);
            pairedWall.add(on.get(i).wall() / off.get(i).wall() - 1);
        }
        StringBuilder b = new StringBuilder("# juesuan benchmark: what the audit costs\n\n");
        b.append(environment.markdown());
        b.append(String.format(Locale.ROOT, "- method: `bench/run --audit --reps %d`: the real import job (Spring Batch, "
                + "JDBC JobRepository, %s partition thread(s)) over `%s/`, each run into a fresh, empty MariaDB "
                + "database, the rule book on and off interleaved in one JVM: %d warm-up rounds, then %d rounds, each "
                + "running both modes, the first of the pair alternating. Job CPU = CPU time of the calling thread and "
                + "the partition pool's threads (reading, mapping, Bean Validation, the rule book, writing); the "
                + "database server's CPU is not in it.%n", reps, threads, samples.getFileName(), warmup, reps));
        b.append(String.format("- load average (1, 5, 15 min) %s before, %s after; the run took %d min %02d s%n%n",
                loadBefore, loadAfter, took.toMinutes(), took.toSecondsPart()));
        b.append("| rule book | runs | job CPU, median (quartiles) | wall, median (quartiles) | outcome of the last run |\n");
        b.append("|---|---:|---:|---:|---|\n");
        row(b, "off", off);
        row(b, "on", on);
        b.append("\n| audit cost: rules on / off − 1 | job CPU | wall | target | |\n|---|---:|---:|---:|---|\n");
        b.append(String.format(Locale.ROOT, "| ratio of the medians | %s | %s | ≤ %.0f %% | %s |%n", percent(cpuRatio),
                percent(wallRatio), 100 * TARGET, cpuRatio <= TARGET ? "met" : "**MISSED**"));
        b.append(String.format(Locale.ROOT, "| median of the %d rounds' own ratios (quartiles) | %s (%s … %s) | %s | | |%n",
                pairedCpu.size(), percent(Stats.median(pairedCpu)), percent(Stats.quantile(pairedCpu, 0.25)),
                percent(Stats.quantile(pairedCpu, 0.75)), percent(Stats.median(pairedWall))));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, List<Run> runs) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", label, runs.size(), spread(runs, Run::jobCpu),
                spread(runs, Run::wall), runs.isEmpty() ? "" : runs.get(runs.size() - 1).outcome()));
    }

    private static String spread(List<Run> runs, ToDoubleFunction<Run> value) {
        List<Double> values = runs.stream().map(value::applyAsDouble).toList();
        return String.format(Locale.ROOT, "%.3f s (%.3f … %.3f)", Stats.median(values), Stats.quantile(values, 0.25),
                Stats.quantile(values, 0.75));
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        return Stats.median(runs.stream().map(value::applyAsDouble).toList());
    }

    private static String percent(double r) {
        return String.format(Locale.ROOT, "%+.1f %%", 100 * r);
    }

    private AuditBench() {
    }
}
