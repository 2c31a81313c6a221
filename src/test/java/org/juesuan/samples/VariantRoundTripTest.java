package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.support.ExpectedFacts;
import org.juesuan.support.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded randomized round trip: for each seed the generator draws a department and every layout choice at
 * random, writes the submission, and the import (no database) must recover exactly the facts the generator wrote.
 * A failure names the seed; rerun just it with {@code -Droundtrip.seed=<seed>}. {@code -Droundtrip.count=N} runs
 * more (default 40), {@code -Droundtrip.start=S} starts elsewhere. Every seed runs; the failure lists each failing
 * seed with the first line of its failure.
 */
class VariantRoundTripTest {

    @Test
    void importRecoversEveryGeneratedFactWhateverTheLayout(@TempDir Path dir) throws Exception {
        String single = System.getProperty("roundtrip.seed");
        long start = single != null ? Long.parseLong(single) : Long.getLong("roundtrip.start", 1L);
        int count = single != null ? 1 : Integer.getInteger("roundtrip.count", 40);
        List<String> failures = new ArrayList<>();
        long began = System.nanoTime();
        for (long seed = start; seed < start + count; seed++) {
            try {
                roundTrip(seed, dir.resolve("seed-" + seed));
            } catch (AssertionError e) {
                failures.add(e.getMessage().lines().limit(3).collect(Collectors.joining(" ")));
                System.out.println("round trip FAILED " + failures.get(failures.size() - 1));
            }
            if (count > 40) { // a long hand run reports as it goes
                System.out.printf("round trip seed %d done, %d failed so far, %.1f s%n", seed, failures.size(),
                        (System.nanoTime() - began) / 1e9);
            }
        }
        System.out.printf("round trip: %d seeds from %d, %d failed, %.1f s%n", count, start, failures.size(),
                (System.nanoTime() - began) / 1e9);
        assertThat(failures).as(failures.size() + " of " + count + " seeds failed").isEmpty();
    }

    static void roundTrip(long seed, Path dir) throws Exception {
        Drawn drawn = Drawn.of(seed);
        String what = "seed " + seed + " (rerun: -Droundtrip.seed=" + seed + "; " + drawn.options() + "; "
                + drawn.variant().describe() + ")";
        Files.createDirectories(dir);
        String name = drawn.accounts().departmentName() + "-2023";
        Path target = dir.resolve(drawn.options().packaging() == SampleOptions.Packaging.ONE_WORKBOOK
                ? name + SampleWorkbookWriter.extension(drawn.options(), drawn.variant()) : name);
        DepartmentAccounts printed = SampleWorkbookWriter.write(drawn.accounts(), drawn.options(), drawn.variant(), target);

        Submission submission = Importer.analyze(target);
        assertThat(submission.status()).as(what + ": " + submission.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        assertThat(submission.departmentName()).as(what).isEqualTo(printed.departmentName());
        assertThat(submission.fiscalYear()).as(what).isEqualTo(2023);
        // every fact exactly, exactly the printed tables, and no reading or mapping finding
        ExpectedFacts.parse(ExpectedFactsCsv.renderWithTables(printed, drawn.variant()).lines().toList()).assertMatches(submission, what);
    }

    /** One seed's department, options and variant. */
    record Drawn(DepartmentAccounts accounts, SampleOptions options, LayoutVariant variant) {

        static Drawn of(long seed) {
            Random rnd = new Random(seed * 7919 + 17);
            SampleOptions options = SampleOptions.defaults()
                    .withCodeStyle(pick(rnd, SampleOptions.CodeStyle.values()))
                    .withFileFormat(rnd.nextInt(3) == 0 ? SampleOptions.FileFormat.XLS : SampleOptions.FileFormat.XLSX)
                    .withPackaging(rnd.nextInt(5) == 0 ? SampleOptions.Packaging.FILE_PER_TABLE
                            : SampleOptions.Packaging.ONE_WORKBOOK)
                    .withSheetNaming(pick(rnd, SampleOptions.SheetNaming.values()))
                    .withZeroStyle(pick(rnd, SampleOptions.ZeroStyle.values()));
            if (rnd.nextBoolean()) {
                options = options.withShuffledSheets(seed);
            }
            return new Drawn(SampleGenerator.randomDepartment(seed), options, LayoutVariant.random(rnd));
        }

        private static <T> T pick(Random rnd, T[] values) {
            return values[rnd.nextInt(values.length)];
        }
    }
}
