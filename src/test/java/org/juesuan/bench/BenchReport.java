package org.juesuan.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed result of {@code bench/run}: one Markdown table per N, the ratios against the targets, and
 * the growth of the cost per submission from one N to the next. Targets are printed beside the figures
 * ("met"/"MISSED"); nothing fails on them.
 */
final class BenchReport {

    private record Run(int n, Map<String, BenchOutput> results, String loadBefore, String loadAfter, Duration took) {
    }

    /** full import / (parse + bulk load), on CPU time. */
    static final double LIMIT_RATIO = 1.3;

    private final Environment environment;
    private final int reps;
    private final int singleImportFrom;
    private final int warmupSubmissions;
    private final int warmupRuns;
    private final Map<Integer, Run> runs = new LinkedHashMap<>();
    private final Map<Integer, Run> county = new LinkedHashMap<>();

    BenchReport(Environment environment, int reps, int singleImportFrom, int warmupSubmissions, int warmupRuns) {
        this.warmupRuns = warmupRuns;
        this.environment = environment;
        this.reps = reps;
        this.singleImportFrom = singleImportFrom;
        this.warmupSubmissions = warmupSubmissions;
    }

    void add(int n, Map<String, BenchOutput> results, String loadBefore, String loadAfter, Duration took) {
        runs.put(n, new Run(n, results, loadBefore, loadAfter, took));
    }

    void addCounty(int n, Map<String, BenchOutput> results, String loadBefore, String loadAfter, Duration took) {
        county.put(n, new Run(n, results, loadBefore, loadAfter, took));
    }

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("# juesuan benchmark\n\n");
        b.append(environment.markdown());
        b.append(String.format(Locale.ROOT, "- method: one JVM per measurement, warmed first (parsers: 3 passes over up to "
                + "200 files; imports: %d runs over a separate corpus of %d submissions); figures are medians of %d timed "
                + "repetitions (from N = %,d on: one pass, and only the MariaDB import with rules); each full import runs the "
                + "real Spring Batch job into a fresh, empty warehouse; the cold CLI rows are single `java -jar` runs "
                + "including JVM start and Flyway, peak RSS polled from /proc every 50 ms; default JVM flags everywhere "
                + "(bulk load: -Xmx4g to hold its rows).%n%n", warmupRuns, warmupSubmissions, reps, singleImportFrom));
        for (Integer n : county.keySet()) {
            b.append(countyTable(n)).append('\n');
        }
        for (Integer n : runs.keySet()) {
            b.append(table(n)).append('\n');
        }
        if (runs.size() > 1) {
            b.append(growth());
        }
        return b.toString();
    }

    String table(int n) {
        Run run = runs.get(n);
        Map<String, BenchOutput> r = run.results();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "## Large submissions (~2,200 facts), N = %,d%n%n", n));
        b.append(String.format("uptime load average %s before, %s after; the N=%,d run took %s%n%n", run.loadBefore(),
                run.loadAfter(), n, minutes(run.took())));

        BenchOutput ours = r.get("parse.ours");
        BenchOutput fast = r.get("parse.fastexcel");
        BenchOutput sax = r.get("parse.poi-sax");
        BenchOutput aalto = r.get("parse.ours-aalto");
        BenchOutput load = r.get("load");
        BenchOutput full = r.get("import.mariadb.rules");
        int xlsxFiles = (int) ours.number("parse.ours.xlsx.files");
        int xlsFiles = (int) ours.number("parse.ours.xls.files");
        double parseWall = ours.number("parse.ours.xlsx.seconds") + ours.number("parse.ours.xls.seconds");
        double parseCpu = ours.number("parse.ours.xlsx.cpuSeconds") + ours.number("parse.ours.xls.cpuSeconds");
        double loadWall = load.number("load.seconds");
        double loadCpu = load.number("load.clientCpuSeconds") + load.number("load.dbCpuSeconds");
        double submissions = load.number("load.submissions");

        b.append("| measurement | work | wall | wall per unit | throughput (wall) | CPU | CPU per unit | peak RSS |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        parseRow(b, "parse · ours (`WorkbookReader`, every sheet, no mapping)", ours, "parse.ours.xlsx", ".xlsx");
        parseRow(b, "parse · fastexcel-reader (every cell)", fast, "parse.fastexcel.xlsx", ".xlsx");
        parseRow(b, "parse · POI `XSSFSheetXMLHandler` + `DataFormatter`", sax, "parse.poi-sax.xlsx", ".xlsx");
        parseRow(b, "parse · experiment: ours with aalto-xml as the StAX provider", aalto, "parse.ours-aalto.xlsx", ".xlsx");
        parseRow(b, "parse · ours, BIFF (`HSSF`)", ours, "parse.ours.xls", ".xls");
        b.append(String.format(Locale.ROOT, "| parse · ours, all %,d submissions | %,d files | %s | %.1f ms/submission | %.1f submissions/s | %s | %.1f ms/submission | |%n",
                n, xlsxFiles + xlsFiles, seconds(parseWall), 1000 * parseWall / n, n / parseWall, seconds(parseCpu),
                1000 * parseCpu / n));
        b.append(String.format(Locale.ROOT, "| bulk load only · MariaDB, JDBC batch %,d, commit per submission | %,d fact rows | %s | %.1f ms/submission | %,.0f rows/s | %s client + %s server | %.1f ms/submission | |%n",
                (int) load.number("load.batch"), (long) load.number("load.rows"), seconds(loadWall),
                1000 * loadWall / submissions, load.number("load.rowsPerSecond"),
                seconds(load.number("load.clientCpuSeconds")), seconds(load.number("load.dbCpuSeconds")),
                1000 * loadCpu / submissions));
        b.append(String.format(Locale.ROOT, "| bulk load only · same, one commit per 100,000 rows (1 pass) | %,d fact rows | %s | %.1f ms/submission | %,.0f rows/s | | | |%n",
                (long) load.number("load.rows"), seconds(load.number("load.largeTransactions.seconds")),
                1000 * load.number("load.largeTransactions.seconds") / submissions,
                load.number("load.largeTransactions.rowsPerSecond")));
        importRow(b, "full import · MariaDB, rules on", r, "import.mariadb.rules");
        importRow(b, "full import · MariaDB, rules off", r, "import.mariadb.norules");
        importRow(b, "full import · H2 (file, MySQL mode), rules on", r, "import.h2.rules");
        importRow(b, "full import · H2, rules off", r, "import.h2.norules");
        cliRow(b, "CLI cold · `java -jar … import` → MariaDB", r.get("cli.mariadb"), n);
        cliRow(b, "CLI cold · `java -Xmx256m -jar … import` → MariaDB", r.get("cli.mariadb.capped"), n);
        cliRow(b, "CLI cold · `java -jar … import` → H2", r.get("cli.h2"), n);

        String p = "import.mariadb.rules.";
        double fullWall = full.number(p + "seconds");
        double fullCpu = full.number(p + "jobCpuSeconds") + full.number(p + "dbCpuSeconds");
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%,.0f facts per submission. CPU of a full import = the CPU of the job's "
                        + "threads (the launcher and the partition pool) + the database server's CPU (the server's figure includes whatever else it served meanwhile); "
                        + "the import JVM as a whole (JIT, GC) used %.1f s, GC %.1f s. The parse-only rows count the "
                        + "reading thread's CPU, the bulk load its client thread's and the server's.%n%n",
                full.number(p + "facts") / n, full.number(p + "jvmCpuSeconds"), full.number(p + "gcSeconds")));

        b.append("| ratio / target | on wall time | on CPU time | target | |\n|---|---:|---:|---:|---|\n");
        double parseRatio = ours.number("parse.ours.xlsx.seconds") / fast.number("parse.fastexcel.xlsx.seconds");
        double parseRatioCpu = ours.number("parse.ours.xlsx.cpuSeconds") / fast.number("parse.fastexcel.xlsx.cpuSeconds");
        target(b, "parse: ours / fastexcel-reader (same .xlsx files)", ratio(parseRatio), ratio(parseRatioCpu), "≤ 1.2",
                parseRatioCpu <= 1.2);
        target(b, "parse: POI SAX + DataFormatter / fastexcel-reader",
                ratio(sax.number("parse.poi-sax.xlsx.seconds") / fast.number("parse.fastexcel.xlsx.seconds")),
                ratio(sax.number("parse.poi-sax.xlsx.cpuSeconds") / fast.number("parse.fastexcel.xlsx.cpuSeconds")), "", null);
        target(b, "parse: experiment, ours with aalto-xml / fastexcel-reader",
                ratio(aalto.number("parse.ours-aalto.xlsx.seconds") / fast.number("parse.fastexcel.xlsx.seconds")),
                ratio(aalto.number("parse.ours-aalto.xlsx.cpuSeconds") / fast.number("parse.fastexcel.xlsx.cpuSeconds")), "", null);
        double limit = fullWall / (parseWall + loadWall);
        double limitCpu = fullCpu / (parseCpu + loadCpu);
        target(b, "full import MariaDB / (parse ours + bulk load)", ratio(limit), ratio(limitCpu), "≤ " + LIMIT_RATIO,
                limitCpu <= LIMIT_RATIO);
        double facts = full.number(p + "facts");
        target(b, "full import into MariaDB, facts/s", String.format(Locale.ROOT, "%,.0f", facts / fullWall),
                String.format(Locale.ROOT, "%,.0f", facts / fullCpu), "≥ 100,000", facts / fullCpu >= 100_000);
        for (String db : List.of("mariadb", "h2")) {
            if (r.containsKey("import." + db + ".norules")) {
                double wall = ratioOf(r, db, "seconds") - 1;
                double cpu = ratioOf(r, db, "jobCpuSeconds") - 1;
                target(b, "audit cost, " + (db.equals("h2") ? "H2" : "MariaDB") + ": rules on / off − 1 (CPU: job threads)",
                        percent(wall), percent(cpu), "≤ 20 %", cpu <= 0.20);
            }
        }
        double peak = peakRss(r);
        target(b, "peak RSS, import processes with default JVM flags", String.format(Locale.ROOT, "%.0f MiB", peak), "",
                "≤ 512 MiB", peak <= 512);
        if (r.containsKey("cli.mariadb.capped")) {
            double capped = r.get("cli.mariadb.capped").number("cli.peakRssMiB");
            target(b, "peak RSS, cold CLI into MariaDB with -Xmx256m", String.format(Locale.ROOT, "%.0f MiB", capped), "",
                    "≤ 512 MiB", capped <= 512);
        }
        double tenth = full.number(p + "lastTenthMs") / full.number(p + "firstTenthMs");
        double tenthCpu = full.number(p + "lastTenthCpuMs") / full.number(p + "firstTenthCpuMs");
        target(b, "time per submission, last tenth / first tenth of the MariaDB run", ratio(tenth), ratio(tenthCpu),
                "≤ 1.25 (no growth)", tenthCpu <= 1.25);
        flat(b, runs, n);
        return b.toString();
    }

    /**
     * County-sized submissions: the fixed cost per submission. The ≥ 50 submissions/s target is set at N = 1,000;
     * the ratio to parse + bulk load of the same files says how much of it is neither reading nor inserting.
     */
    String countyTable(int n) {
        Run run = county.get(n);
        Map<String, BenchOutput> r = run.results();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "## County-sized submissions (300–800 facts), N = %,d%n%n", n));
        b.append(String.format("uptime load average %s before, %s after; the run took %s%n%n", run.loadBefore(),
                run.loadAfter(), minutes(run.took())));
        BenchOutput ours = r.get("parse.ours");
        BenchOutput load = r.get("load");
        BenchOutput full = r.get("import.mariadb.rules");
        String p = "import.mariadb.rules.";
        double parseWall = ours.number("parse.ours.xlsx.seconds") + ours.number("parse.ours.xls.seconds");
        double parseCpu = ours.number("parse.ours.xlsx.cpuSeconds") + ours.number("parse.ours.xls.cpuSeconds");
        double loadWall = load.number("load.seconds");
        double loadCpu = load.number("load.clientCpuSeconds") + load.number("load.dbCpuSeconds");
        double fullWall = full.number(p + "seconds");
        double fullCpu = full.number(p + "jobCpuSeconds") + full.number(p + "dbCpuSeconds");
        b.append("| measurement | work | wall | wall per unit | throughput (wall) | CPU | CPU per unit | peak RSS |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        b.append(String.format(Locale.ROOT, "| parse · ours, all %,d submissions | %,d files | %s | %.1f ms/submission | %.1f submissions/s | %s | %.1f ms/submission | |%n",
                n, (int) (ours.number("parse.ours.xlsx.files") + ours.number("parse.ours.xls.files")), seconds(parseWall),
                1000 * parseWall / n, n / parseWall, seconds(parseCpu), 1000 * parseCpu / n));
        b.append(String.format(Locale.ROOT, "| bulk load only · MariaDB, commit per submission | %,d fact rows | %s | %.1f ms/submission | %,.0f rows/s | %s client + %s server | %.1f ms/submission | |%n",
                (long) load.number("load.rows"), seconds(loadWall), 1000 * loadWall / n, load.number("load.rowsPerSecond"),
                seconds(load.number("load.clientCpuSeconds")), seconds(load.number("load.dbCpuSeconds")), 1000 * loadCpu / n));
        importRow(b, "full import · MariaDB, rules on", r, "import.mariadb.rules");
        b.append(String.format(Locale.ROOT, "%n%,.0f facts per submission; the import JVM as a whole used %.1f s CPU, GC %.1f s.%n%n",
                full.number(p + "facts") / n, full.number(p + "jvmCpuSeconds"), full.number(p + "gcSeconds")));
        b.append("| ratio / target | on wall time | on CPU time | target | |\n|---|---:|---:|---:|---|\n");
        target(b, "full import into MariaDB, submissions/s", String.format(Locale.ROOT, "%.1f", n / fullWall),
                String.format(Locale.ROOT, "%.1f", n / fullCpu), "≥ 50" + (n == 1000 ? "" : " (set at N=1,000)"),
                n / fullCpu >= 50);
        target(b, "full import MariaDB / (parse ours + bulk load)", ratio(fullWall / (parseWall + loadWall)),
                ratio(fullCpu / (parseCpu + loadCpu)), "≤ " + LIMIT_RATIO, fullCpu / (parseCpu + loadCpu) <= LIMIT_RATIO);
        target(b, "time per submission, last tenth / first tenth", ratio(full.number(p + "lastTenthMs")
                / full.number(p + "firstTenthMs")), ratio(full.number(p + "lastTenthCpuMs")
                / full.number(p + "firstTenthCpuMs")), "≤ 1.25 (no growth)",
                full.number(p + "lastTenthCpuMs") / full.number(p + "firstTenthCpuMs") <= 1.25);
        flat(b, county, n);
        return b.toString();
    }

    /** Cost per submission at this N against the smallest N of the same corpus: flat from N = 100 to 10,000. */
    private static void flat(StringBuilder b, Map<Integer, Run> of, int n) {
        int smallest = of.keySet().iterator().next();
        if (smallest == n) {
            return;
        }
        String p = "import.mariadb.rules.";
        BenchOutput full = of.get(n).results().get("import.mariadb.rules");
        BenchOutput small = of.get(smallest).results().get("import.mariadb.rules");
        double growth = (full.number(p + "seconds") / n) / (small.number(p + "seconds") / smallest);
        double growthCpu = ((full.number(p + "jobCpuSeconds") + full.number(p + "dbCpuSeconds")) / n)
                / ((small.number(p + "jobCpuSeconds") + small.number(p + "dbCpuSeconds")) / smallest);
        target(b, String.format(Locale.ROOT, "cost per submission, N=%,d / N=%,d (MariaDB, rules on; CPU: job threads "
                + "+ server)", n, smallest), ratio(growth), ratio(growthCpu), "≤ 1.25 (flat)", growthCpu <= 1.25);
    }

    private String growth() {
        StringBuilder b = new StringBuilder("## Growth with N (ms per submission, medians; wall / CPU)\n\n");
        b.append("| N | parse ours | bulk load | full MariaDB rules on | full MariaDB rules off | full H2 rules on | full H2 rules off |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : runs.keySet()) {
            Map<String, BenchOutput> r = runs.get(n).results();
            BenchOutput ours = r.get("parse.ours");
            double parse = ours.number("parse.ours.xlsx.seconds") + ours.number("parse.ours.xls.seconds");
            double parseCpu = ours.number("parse.ours.xlsx.cpuSeconds") + ours.number("parse.ours.xls.cpuSeconds");
            BenchOutput load = r.get("load");
            double subs = load.number("load.submissions");
            b.append(String.format(Locale.ROOT, "| %,d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n", n,
                    1000 * parse / n, 1000 * parseCpu / n,
                    1000 * load.number("load.seconds") / subs,
                    1000 * (load.number("load.clientCpuSeconds") + load.number("load.dbCpuSeconds")) / subs,
                    ms(r, "import.mariadb.rules", n), cpuMs(r, "import.mariadb.rules", n),
                    ms(r, "import.mariadb.norules", n), cpuMs(r, "import.mariadb.norules", n),
                    ms(r, "import.h2.rules", n), cpuMs(r, "import.h2.rules", n),
                    ms(r, "import.h2.norules", n), cpuMs(r, "import.h2.norules", n)));
        }
        b.append("\n(full-import CPU here: the job's threads, launcher and partition pool; the server's not included.)\n");
        return b.append('\n').toString().replace("NaN / NaN", "—");
    }

    private static double ms(Map<String, BenchOutput> r, String key, int n) {
        return r.containsKey(key) ? 1000 * r.get(key).number(key + ".seconds") / n : Double.NaN;
    }

    private static double cpuMs(Map<String, BenchOutput> r, String key, int n) {
        return r.containsKey(key) ? 1000 * r.get(key).number(key + ".jobCpuSeconds") / n : Double.NaN;
    }

    private static double ratioOf(Map<String, BenchOutput> r, String db, String field) {
        return r.get("import." + db + ".rules").number("import." + db + ".rules." + field)
                / r.get("import." + db + ".norules").number("import." + db + ".norules." + field);
    }

    private static double peakRss(Map<String, BenchOutput> r) {
        double peak = 0;
        for (String key : List.of("import.mariadb.rules", "import.mariadb.norules", "import.h2.rules", "import.h2.norules")) {
            if (r.containsKey(key)) {
                peak = Math.max(peak, r.get(key).number(key + ".processPeakRssMiB"));
            }
        }
        for (String key : List.of("cli.mariadb", "cli.h2")) {
            if (r.containsKey(key)) {
                peak = Math.max(peak, r.get(key).number("cli.peakRssMiB"));
            }
        }
        return peak;
    }

    private static void parseRow(StringBuilder b, String label, BenchOutput o, String prefix, String kind) {
        double files = o.number(prefix + ".files");
        double seconds = o.number(prefix + ".seconds");
        double cpu = o.number(prefix + ".cpuSeconds");
        b.append(String.format(Locale.ROOT, "| %s | %,d %s files, %,d cells | %s | %.1f ms/workbook | %,.0f cells/s | %s | %.1f ms/workbook | %s |%n",
                label, (long) files, kind, (long) o.number(prefix + ".cells"), seconds(seconds), 1000 * seconds / files,
                o.number(prefix + ".cells") / seconds, seconds(cpu), 1000 * cpu / files,
                mib(o.number(prefix.substring(0, prefix.lastIndexOf('.')) + ".peakRssMiB"))));
    }

    private static void importRow(StringBuilder b, String label, Map<String, BenchOutput> r, String key) {
        if (!r.containsKey(key)) {
            return;
        }
        BenchOutput o = r.get(key);
        String p = key + ".";
        double seconds = o.number(p + "seconds");
        double n = o.number(p + "submissions");
        double job = o.number(p + "jobCpuSeconds");
        double db = o.number(p + "dbCpuSeconds");
        b.append(String.format(Locale.ROOT, "| %s | %,d submissions (%,d loaded, %,d with errors, %,d rejected), %,d facts | %s | %.1f ms/submission (first/last tenth %.0f/%.0f) | %.2f submissions/s, %,.0f facts/s | %s job + %s server | %.1f ms/submission (first/last tenth %.0f/%.0f job) | %s (timed run %s) |%n",
                label, (long) n, (long) o.number(p + "loaded"), (long) o.number(p + "withErrors"),
                (long) o.number(p + "rejected"), (long) o.number(p + "facts"), seconds(seconds), 1000 * seconds / n,
                o.number(p + "firstTenthMs"), o.number(p + "lastTenthMs"), n / seconds, o.number(p + "facts") / seconds,
                seconds(job), seconds(db), 1000 * (job + db) / n, o.number(p + "firstTenthCpuMs"),
                o.number(p + "lastTenthCpuMs"), mib(o.number(p + "processPeakRssMiB")), mib(o.number(p + "repPeakRssMiB"))));
    }

    private static void cliRow(StringBuilder b, String label, BenchOutput o, int n) {
        if (o == null) {
            return;
        }
        double seconds = o.number("cli.seconds");
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f ms/submission | %.2f submissions/s | | | %s |%n", label,
                o.get("cli.summary").replace("|", "/"), seconds(seconds), 1000 * seconds / n, n / seconds,
                mib(o.number("cli.peakRssMiB"))));
    }

    private static void target(StringBuilder b, String label, String wall, String cpu, String target, Boolean met) {
        b.append(String.format("| %s | %s | %s | %s | %s |%n", label, wall, cpu, target,
                met == null ? "" : met ? "met" : "**MISSED**"));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    private static String percent(double r) {
        return String.format(Locale.ROOT, "%+.0f %%", 100 * r);
    }

    private static String mib(double m) {
        return Double.isNaN(m) ? "" : String.format(Locale.ROOT, "%.0f MiB", m);
    }

    private static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
}
