package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.RoundTripCounter;
import org.juesuan.submission.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fixed cost of one submission in round trips to MariaDB: the JobRepository's bookkeeping, the ledger, the
 * department lock and the inserts (counted by {@link RoundTripCounter} in the driver). A run of one submission and a
 * run of nine are counted; the difference over eight is what each further submission costs, whatever the run's own
 * overhead.
 */
@SpringBootTest(properties = "juesuan.import.threads=1")
class ImportRoundTripsTest {

    /**
     * Round trips per further small submission (three tables, loaded), the pool's pings aside: at most this
     * (measured 38.9 with Connector/J tracking the session state and the run's total asked once per partition;
     * 40.5 before; 80 with one partition per submission).
     */
    static final long LIMIT = 40;
    /** The longer run: with one thread, partitions of three submissions (SubmissionPartitions). */
    static final int MORE = 9;

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.registerFresh(registry, "roundtrips", RoundTripCounter.URL_OPTION);
    }

    @Autowired
    ImportLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void eachFurtherSubmissionCostsAFixedFewRoundTrips() throws Exception {
        GeneratedSubmissions.writeSmall(dir.resolve("one"), 1, 8100);
        GeneratedSubmissions.writeSmall(dir.resolve("more"), MORE, 8200);

        Map<String, Long> one = counted(dir.resolve("one"), 1);
        Map<String, Long> more = counted(dir.resolve("more"), MORE);

        Map<String, Double> perSubmission = new TreeMap<>();
        more.forEach((kind, n) -> perSubmission.put(kind, (n - one.getOrDefault(kind, 0L)) / (MORE - 1.0)));
        double total = perSubmission.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("round trips: run of 1 = %d, run of %d = %d, per further submission = %.1f%n",
                one.values().stream().mapToLong(Long::longValue).sum(), MORE,
                more.values().stream().mapToLong(Long::longValue).sum(), total);
        perSubmission.entrySet().stream().filter(e -> e.getValue() != 0)
                .forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue(), e.getKey()));
        // The pool's connection checks come with idle time, which a loaded machine stretches: counted, not held.
        double pings = perSubmission.getOrDefault(RoundTripCounter.PING, 0.0);
        assertThat(total - pings).isPositive().isLessThanOrEqualTo(LIMIT);
    }

    private Map<String, Long> counted(Path folder, int submissions) {
        RoundTripCounter.reset();
        ImportOutcome outcome = launcher.run(List.of(folder), ImportOptions.DEFAULTS);
        Map<String, Long> counts = RoundTripCounter.byKind();
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.facts()).isPositive();
        assertThat(outcome.items().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(submissions);
        return counts;
    }
}
