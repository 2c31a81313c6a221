package org.juesuan.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk-load only: the fact rows an import produced, inserted again into an empty copy of the warehouse tables by
 * plain JDBC with the settings that make MySQL/MariaDB fastest (client-side prepared statements, batches
 * rewritten into multi-row INSERTs, no session-state round trips). Nothing is read, mapped or validated: this is
 * the database's limit for the rows the import must write.
 *
 * <p>The rows come from a warehouse that {@link ImportBench} filled (kept for this), grouped by submission. A
 * short sweep over batch sizes (one commit per submission, as the import must) picks the batch size; the timed
 * repetitions use it; one more pass commits every 100,000 rows to show what per-submission transactions cost.
 */
public final class LoadBench {

    /** The best JDBC settings for bulk inserts into MySQL/MariaDB through Connector/J. */
    static final String BEST_OPTIONS = "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
            + "&cachePrepStmts=true&useServerPrepStmts=false&useLocalSessionState=true&useLocalTransactionState=true";

    private static final String INSERT = "INSERT INTO fact (submission_id, table_code, row_key, column_key, row_name, "
            + "amount_yuan, source_file, source_sheet, source_cell) VALUES (?,?,?,?,?,?,?,?,?)";
    private static final int[] SWEEP = {100, 1000, 10_000};
    private static final int LARGE_TRANSACTION_ROWS = 100_000;

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String source = args.get("source-db");
        int reps = args.integer("reps", 3);
        int sweepSubmissions = args.integer("sweep-submissions", 200);
        int maxHeld = args.integer("max-held-submissions", 2000);

        List<Long> ids = new ArrayList<>();
        List<List<Object[]>> groups = readFacts(source, ids, maxHeld);
        List<Object[]> submissionsRows = null;
        long rowsPerPass = 0;
        for (int k = 0; k < ids.size(); k++) {
            rowsPerPass += groups.get(k % groups.size()).size();
        }
        System.out.printf("load: %d submissions, %,d fact rows per pass (%d submissions' rows held in memory)%n",
                ids.size(), rowsPerPass, groups.size());

        String target = "juesuan_bench_" + ProcessHandle.current().pid() + "_load";
        BenchDatabase.execute("DROP DATABASE IF EXISTS " + target);
        BenchDatabase.execute("CREATE DATABASE " + target + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> BenchDatabase.drop(target)));
        try (Connection c = BenchDatabase.connect(target, BEST_OPTIONS)) {
            copySchema(c, source, target);

            // Sweep the batch size on the first submissions, one commit per submission.
            List<Long> sweepIds = ids.subList(0, Math.min(ids.size(), sweepSubmissions));
            insert(c, sweepIds, groups, 1000, true); // warm-up
            int best = SWEEP[0];
            double bestRate = 0;
            BenchOutput out = new BenchOutput();
            for (int batch : SWEEP) {
                Pass pass = insert(c, sweepIds, groups, batch, true);
                System.out.printf("load sweep: batch %5d, commit per submission: %,.0f rows/s%n", batch, pass.rate());
                out.put("load.sweep.batch" + batch + ".rowsPerSecond", pass.rate());
                if (pass.rate() > bestRate) {
                    bestRate = pass.rate();
                    best = batch;
                }
            }

            List<Double> seconds = new ArrayList<>();
            List<Double> clientCpu = new ArrayList<>();
            List<Double> dbCpu = new ArrayList<>();
            long rows = 0;
            for (int i = 0; i < reps; i++) {
                Pass pass = insert(c, ids, groups, best, true);
                seconds.add(pass.seconds);
                clientCpu.add(pass.clientCpu);
                dbCpu.add(pass.dbCpu);
                rows = pass.rows;
                System.out.printf("load rep %d: %,d rows in %.2f s, %,.0f rows/s (batch %d, commit per submission), "
                        + "client CPU %.2f s, database CPU %.2f s%n", i + 1, pass.rows, pass.seconds, pass.rate(), best,
                        pass.clientCpu, pass.dbCpu);
            }
            Pass large = insert(c, ids, groups, best, false);
            System.out.printf("load, one commit per %,d rows: %,d rows in %.2f s, %,.0f rows/s%n",
                    LARGE_TRANSACTION_ROWS, large.rows, large.seconds, large.rate());

            out.put("load.batch", best);
            out.put("load.rows", rows);
            out.put("load.submissions", ids.size());
            out.put("load.seconds", Stats.median(seconds));
            out.put("load.clientCpuSeconds", Stats.median(clientCpu));
            out.put("load.dbCpuSeconds", Stats.median(dbCpu));
            out.put("load.rowsPerSecond", rows / Stats.median(seconds));
            out.put("load.largeTransactions.seconds", large.seconds);
            out.put("load.largeTransactions.rowsPerSecond", large.rate());
            out.put("load.reps", reps);
            out.put("load.jdbcOptions", BEST_OPTIONS);
            out.put("load.peakRssMiB", ProcessStats.peakRssMiB());
            out.write(Path.of(args.get("out")));
        }
        if (Boolean.parseBoolean(args.get("drop-source", "false"))) {
            BenchDatabase.drop(source);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private record Pass(long rows, double seconds, double clientCpu, double dbCpu) {
        double rate() {
            return rows / seconds;
        }
    }

    private static Pass insert(Connection c, List<Long> ids, List<List<Object[]>> groups, int batch,
                               boolean commitPerSubmission) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE fact");
        }
        c.setAutoCommit(false);
        long rows = 0;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        double db0 = ProcessStats.databaseServerCpuSeconds();
        long started = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int pending = 0;
            long sinceCommit = 0;
            for (int k = 0; k < ids.size(); k++) {
                long id = ids.get(k);
                for (Object[] row : groups.get(k % groups.size())) {
                    ps.setLong(1, id);
                    ps.setString(2, (String) row[0]);
                    ps.setString(3, (String) row[1]);
                    ps.setString(4, (String) row[2]);
                    ps.setString(5, (String) row[3]);
                    ps.setBigDecimal(6, (BigDecimal) row[4]);
                    ps.setString(7, (String) row[5]);
                    ps.setString(8, (String) row[6]);
                    ps.setString(9, (String) row[7]);
                    ps.addBatch();
                    rows++;
                    sinceCommit++;
                    if (++pending == batch) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (commitPerSubmission || sinceCommit >= LARGE_TRANSACTION_ROWS) {
                    if (pending > 0) {
                        ps.executeBatch();
                        pending = 0;
                    }
                    c.commit();
                    sinceCommit = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double clientCpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double dbCpu = ProcessStats.databaseServerCpuSeconds() - db0;
        c.setAutoCommit(true);
        return new Pass(rows, seconds, clientCpu, dbCpu);
    }

    /** The fact rows of the source warehouse by submission; repeated text is shared to keep the heap small. */
    private static List<List<Object[]>> readFacts(String source, List<Long> ids, int maxHeld) throws SQLException {
        Map<String, String> shared = new HashMap<>();
        List<List<Object[]>> groups = new ArrayList<>();
        try (Connection c = BenchDatabase.connect(source, BenchDatabase.MYSQL_OPTIONS + "&useCursorFetch=true");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM submission WHERE fact_count > 0 ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<Long> held = ids.subList(0, Math.min(ids.size(), maxHeld));
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT submission_id, table_code, row_key, column_key, row_name, "
                    + "amount_yuan, source_file, source_sheet, source_cell FROM fact WHERE submission_id <= "
                    + (held.isEmpty() ? 0 : held.get(held.size() - 1)) + " ORDER BY submission_id")) {
                long current = -1;
                List<Object[]> group = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        current = id;
                        group = new ArrayList<>();
                        groups.add(group);
                    }
                    group.add(new Object[] {share(shared, rs.getString(2)), share(shared, rs.getString(3)),
                            share(shared, rs.getString(4)), share(shared, rs.getString(5)), rs.getBigDecimal(6),
                            share(shared, rs.getString(7)), share(shared, rs.getString(8)), rs.getString(9)});
                }
            }
        }
        if (groups.size() != Math.min(ids.size(), maxHeld)) {
            throw new IllegalStateException("expected the facts of " + Math.min(ids.size(), maxHeld)
                    + " submissions in " + source + ", found " + groups.size());
        }
        return groups;
    }

    /** An empty copy of the submission and fact tables, foreign key included, with the submission rows. */
    private static void copySchema(Connection c, String source, String target) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("submission", "fact")) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + source + "." + table)) {
                    rs.next();
                    String ddl = rs.getString(2);
                    try (Statement create = c.createStatement()) {
                        create.execute(ddl);
                    }
                }
            }
            s.execute("INSERT INTO " + target + ".submission SELECT * FROM " + source + ".submission");
        }
    }

    private static String share(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }

    private LoadBench() {
    }

    static String describe() {
        return String.format(Locale.ROOT, "JDBC batch insert, %s", BEST_OPTIONS);
    }
}
