package org.juesuan.bench;

import java.time.Duration;
import java.util.ArrayList;
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

    private final Environment environment;
    private final int reps;
    private final int singleImportFrom;
    private final int warmupSubmissions;
    private final Map<Integer, Run> runs = new LinkedHashMap<>();

    BenchReport(Environment environment, int reps, int singleImportFrom, int warmupSubmissions) {
        this.environment = environment;
        this.reps = reps;
        this.singleImportFrom = singleImportFrom;
        this.warmupSubmissions = warmupSubmissions;
    }

    void add(int n, Map<String, BenchOutput> results, String loadBefore, String loadAfter, Duration took) {
        runs.put(n, new Run(n, results, loadBefore, loadAfter, took));
    }

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("# juesuan benchmark\n\n");
        b.append("- date: ").append(environment.date()).append(", commit ").append(environment.commit()).append('\n');
        b.append("- JVM: ").append(environment.jvm()).append('\n');
        b.append("- machine: ").append(environment.cores()).append(" cores (").append(environment.cpu()).append("), ")
                .append(environment.memory()).append(", ").append(environment.os()).append('\n');
        b.append("- database: ").append(environment.database()).append('\n');
        b.append(String.format(Locale.ROOT, "- method: one JVM per measurement, warmed first (parsers: 3 passes over up to "
                + "200 files; imports: 3 runs over a separate corpus of %d submissions); figures are medians of %d timed "
                + "repetitions (full imports from N = %,d on: 1, the run being long enough); each full import runs the "
                + "real Spring Batch job into a fresh, empty warehouse; the cold CLI rows are single `java -jar` runs "
                + "including JVM start and Flyway, peak RSS polled from /proc every 50 ms; default JVM flags everywhere "
                + "(bulk load: -Xmx4g to hold its rows).%n%n", warmupSubmissions, reps, singleImportFrom));
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
        b.append(String.format(Locale.ROOT, "## N = %,d submissions%n%n", n));
        b.append(String.format("load average %s before, %s after; the N=%,d run took %s%n%n", run.loadBefore(),
                run.loadAfter(), n, minutes(run.took())));

        BenchOutput ours = r.get("parse.ours");
        BenchOutput fast = r.get("parse.fastexcel");
        BenchOutput sax = r.get("parse.poi-sax");
        double oursXlsx = ours.number("parse.ours.xlsx.seconds");
        double oursXls = ours.number("parse.ours.xls.seconds");
        double fastXlsx = fast.number("parse.fastexcel.xlsx.seconds");
        double saxXlsx = sax.number("parse.poi-sax.xlsx.seconds");
        int xlsxFiles = (int) ours.number("parse.ours.xlsx.files");
        int xlsFiles = (int) ours.number("parse.ours.xls.files");

        b.append("| measurement | work | time | per unit | throughput | peak RSS |\n");
        b.append("|---|---|---:|---:|---:|---:|\n");
        parseRow(b, "parse · ours (`WorkbookReader`, every sheet, no mapping)", ours, "parse.ours.xlsx", ".xlsx");
        parseRow(b, "parse · fastexcel-reader (every cell)", fast, "parse.fastexcel.xlsx", ".xlsx");
        parseRow(b, "parse · POI `XSSFSheetXMLHandler` + `DataFormatter`", sax, "parse.poi-sax.xlsx", ".xlsx");
        parseRow(b, "parse · ours, BIFF (`HSSF`)", ours, "parse.ours.xls", ".xls");
        BenchOutput aalto = r.get("parse.ours-aalto");
        parseRow(b, "parse · experiment: ours with aalto-xml as the StAX provider", aalto, "parse.ours-aalto.xlsx", ".xlsx");
        b.append(String.format(Locale.ROOT, "| parse · ours, all %,d submissions | %,d files | %s | %.1f ms/submission | %.0f submissions/s | |%n",
                n, xlsxFiles + xlsFiles, seconds(oursXlsx + oursXls), 1000 * (oursXlsx + oursXls) / n,
                n / (oursXlsx + oursXls)));

        BenchOutput load = r.get("load");
        double loadSeconds = load.number("load.seconds");
        b.append(String.format(Locale.ROOT, "| bulk load only · MariaDB, JDBC batch %,d rows, commit per submission | %,d fact rows | %s | %.1f ms/submission | %,.0f rows/s | |%n",
                (int) load.number("load.batch"), (long) load.number("load.rows"), seconds(loadSeconds),
                1000 * loadSeconds / load.number("load.submissions"), load.number("load.rowsPerSecond")));
        b.append(String.format(Locale.ROOT, "| bulk load only · same, one commit per 100,000 rows (1 pass) | %,d fact rows | %s | %.1f ms/submission | %,.0f rows/s | |%n",
                (long) load.number("load.rows"), seconds(load.number("load.largeTransactions.seconds")),
                1000 * load.number("load.largeTransactions.seconds") / load.number("load.submissions"),
                load.number("load.largeTransactions.rowsPerSecond")));

        importRow(b, "full import · MariaDB, rules on", r.get("import.mariadb.rules"), "import.mariadb.rules.");
        importRow(b, "full import · MariaDB, rules off", r.get("import.mariadb.norules"), "import.mariadb.norules.");
        importRow(b, "full import · H2 (file, MySQL mode), rules on", r.get("import.h2.rules"), "import.h2.rules.");
        if (r.containsKey("import.h2.norules")) {
            importRow(b, "full import · H2, rules off", r.get("import.h2.norules"), "import.h2.norules.");
        }
        if (r.containsKey("cli.mariadb")) {
            cliRow(b, "CLI cold · `java -jar … import` → MariaDB", r.get("cli.mariadb"), n);
        }
        cliRow(b, "CLI cold · `java -Xmx256m -jar … import` → MariaDB", r.get("cli.mariadb.capped"), n);
        if (r.containsKey("cli.h2")) {
            cliRow(b, "CLI cold · `java -jar … import` → H2", r.get("cli.h2"), n);
        }

        BenchOutput full = r.get("import.mariadb.rules");
        double fullSeconds = full.number("import.mariadb.rules.seconds");
        b.append('\n');
        b.append(String.format(Locale.ROOT, "Facts per submission: %,.0f (%,d facts). Import JVM CPU / database server CPU during the MariaDB import: %.1f s / %.1f s of %.1f s wall; GC %.1f s.%n%n",
                full.number("import.mariadb.rules.facts") / n, (long) full.number("import.mariadb.rules.facts"),
                full.number("import.mariadb.rules.jvmCpuSeconds"), full.number("import.mariadb.rules.dbCpuSeconds"),
                fullSeconds, full.number("import.mariadb.rules.gcSeconds")));

        b.append("| ratio / target | value | target | |\n|---|---:|---:|---|\n");
        double parseRatio = oursXlsx / fastXlsx;
        target(b, "parse: ours / fastexcel-reader (same .xlsx files)", ratio(parseRatio), "≤ 1.2", parseRatio <= 1.2);
        b.append(String.format(Locale.ROOT, "| parse: same, on the reading thread's CPU time | %s | | |%n",
                ratio(ours.number("parse.ours.xlsx.cpuSeconds") / fast.number("parse.fastexcel.xlsx.cpuSeconds"))));
        b.append(String.format(Locale.ROOT, "| parse: POI SAX + DataFormatter / fastexcel-reader | %s | | |%n", ratio(saxXlsx / fastXlsx)));
        b.append(String.format(Locale.ROOT, "| parse: experiment, ours with aalto-xml / fastexcel-reader | %s | | |%n",
                ratio(aalto.number("parse.ours-aalto.xlsx.seconds") / fastXlsx)));
        double limit = fullSeconds / (oursXlsx + oursXls + loadSeconds);
        target(b, "full import MariaDB / (parse ours + bulk load)", ratio(limit), "≤ 1.5", limit <= 1.5);
        double rate = n / fullSeconds;
        target(b, "full import into MariaDB, submissions/s", String.format(Locale.ROOT, "%.1f", rate),
                "≥ 50" + (n == 1000 ? "" : " (at N=1,000)"), rate >= 50);
        double audit = auditCost(r, "mariadb");
        target(b, "audit cost, MariaDB: rules on / off − 1", percent(audit), "≤ 20 %", audit <= 0.20);
        if (r.containsKey("import.h2.norules")) {
            double auditH2 = auditCost(r, "h2");
            target(b, "audit cost, H2: rules on / off − 1", percent(auditH2), "≤ 20 %", auditH2 <= 0.20);
        }
        double peak = peakRss(r);
        target(b, "peak RSS, any import process with default JVM flags (warm bench"
                        + (r.containsKey("cli.mariadb") ? " and cold CLI)" : ")"),
                String.format(Locale.ROOT, "%.0f MiB", peak), "≤ 512 MiB", peak <= 512);
        double capped = r.get("cli.mariadb.capped").number("cli.peakRssMiB");
        target(b, "peak RSS, cold CLI into MariaDB with -Xmx256m", String.format(Locale.ROOT, "%.0f MiB", capped),
                "≤ 512 MiB", capped <= 512);
        double first = full.number("import.mariadb.rules.firstTenthMs");
        double last = full.number("import.mariadb.rules.lastTenthMs");
        target(b, "time per submission, last tenth / first tenth of the MariaDB run", ratio(last / first),
                "≤ 1.25 (no growth)", last / first <= 1.25);
        int smallest = runs.keySet().iterator().next();
        if (smallest != n) {
            double growth = perSubmission(n) / perSubmission(smallest);
            target(b, String.format(Locale.ROOT, "time per submission, N=%,d / N=%,d (MariaDB, rules on)", n, smallest),
                    ratio(growth), "≤ 1.25 (flat)", growth <= 1.25);
        }
        return b.toString();
    }

    private String growth() {
        StringBuilder b = new StringBuilder("## Growth with N (ms per submission, medians)\n\n");
        List<Integer> ns = new ArrayList<>(runs.keySet());
        b.append("| N | parse ours | bulk load | full MariaDB rules on | full MariaDB rules off | full H2 rules on | full H2 rules off |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : ns) {
            Map<String, BenchOutput> r = runs.get(n).results();
            BenchOutput ours = r.get("parse.ours");
            double parse = ours.number("parse.ours.xlsx.seconds") + ours.number("parse.ours.xls.seconds");
            BenchOutput load = r.get("load");
            b.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", n, 1000 * parse / n,
                    1000 * load.number("load.seconds") / load.number("load.submissions"),
                    ms(r, "import.mariadb.rules", n), ms(r, "import.mariadb.norules", n), ms(r, "import.h2.rules", n),
                    r.containsKey("import.h2.norules") ? ms(r, "import.h2.norules", n) : Double.NaN));
        }
        return b.append('\n').toString().replace("| NaN |", "| — |");
    }

    private double perSubmission(int n) {
        return ms(runs.get(n).results(), "import.mariadb.rules", n);
    }

    private static double ms(Map<String, BenchOutput> r, String key, int n) {
        return 1000 * r.get(key).number(key + ".seconds") / n;
    }

    private static double auditCost(Map<String, BenchOutput> r, String db) {
        return r.get("import." + db + ".rules").number("import." + db + ".rules.seconds")
                / r.get("import." + db + ".norules").number("import." + db + ".norules.seconds") - 1;
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
        b.append(String.format(Locale.ROOT, "| %s | %,d %s files, %,d cells | %s | %.1f ms/workbook | %,.0f cells/s | %s |%n",
                label, (long) files, kind, (long) o.number(prefix + ".cells"), seconds(seconds), 1000 * seconds / files,
                o.number(prefix + ".cells") / seconds, mib(o.number(prefix.substring(0, prefix.lastIndexOf('.')) + ".peakRssMiB"))));
    }

    private static void importRow(StringBuilder b, String label, BenchOutput o, String p) {
        double seconds = o.number(p + "seconds");
        double n = o.number(p + "submissions");
        b.append(String.format(Locale.ROOT, "| %s | %,d submissions (%,d loaded, %,d with errors, %,d rejected), %,d facts | %s | %.1f ms/submission (first/last tenth %.1f/%.1f) | %.1f submissions/s, %,.0f facts/s | %s (timed run %s) |%n",
                label, (long) n, (long) o.number(p + "loaded"), (long) o.number(p + "withErrors"),
                (long) o.number(p + "rejected"), (long) o.number(p + "facts"), seconds(seconds), 1000 * seconds / n,
                o.number(p + "firstTenthMs"), o.number(p + "lastTenthMs"), n / seconds, o.number(p + "facts") / seconds,
                mib(o.number(p + "processPeakRssMiB")), mib(o.number(p + "repPeakRssMiB"))));
    }

    private static void cliRow(StringBuilder b, String label, BenchOutput o, int n) {
        double seconds = o.number("cli.seconds");
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f ms/submission | %.1f submissions/s | %s |%n", label,
                o.get("cli.summary").replace("|", "/"), seconds(seconds), 1000 * seconds / n, n / seconds,
                mib(o.number("cli.peakRssMiB"))));
    }

    private static void target(StringBuilder b, String label, String value, String target, boolean met) {
        b.append(String.format("| %s | %s | %s | %s |%n", label, value, target, met ? "met" : "**MISSED**"));
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
