package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.juesuan.read.SheetGrid;
import org.juesuan.read.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk corpus of the benchmarks: the mix it promises, determinism, and real workbooks on disk. */
class BulkSubmissionsTest {

    @Test
    void planMixesFormatsPackagingAndCodeStylesDeterministically() {
        List<BulkSubmissions.Planned> plan = BulkSubmissions.plan(1000, BulkSubmissions.DEFAULT_SEED);

        assertThat(plan).hasSize(1000);
        assertThat(plan.stream().map(BulkSubmissions.Planned::path).distinct()).hasSize(1000);
        assertThat(BulkSubmissions.plan(1000, BulkSubmissions.DEFAULT_SEED)).isEqualTo(plan);
        assertThat(BulkSubmissions.plan(100, BulkSubmissions.DEFAULT_SEED)).isEqualTo(plan.subList(0, 100));

        Map<SampleOptions.FileFormat, Long> formats = count(plan, p -> p.options().fileFormat());
        Map<SampleOptions.Packaging, Long> packaging = count(plan, p -> p.options().packaging());
        assertThat(formats.get(SampleOptions.FileFormat.XLS)).isBetween(60L, 140L);
        assertThat(packaging.get(SampleOptions.Packaging.FILE_PER_TABLE)).isBetween(25L, 80L);
        assertThat(count(plan, p -> p.options().codeStyle())).hasSize(SampleOptions.CodeStyle.values().length);
        assertThat(count(plan, p -> p.options().sheetNaming())).hasSize(SampleOptions.SheetNaming.values().length);
        assertThat(count(plan, p -> p.options().sheetOrder())).hasSize(SampleOptions.SheetOrder.values().length);
        assertThat(plan).allSatisfy(p -> assertThat(p.path()).endsWith(
                p.options().packaging() == SampleOptions.Packaging.FILE_PER_TABLE ? "-2023"
                        : p.options().fileFormat().extension()));
    }

    @Test
    void writesReadableSubmissionsOfThirteenTablesAndReusesACompleteFolder(@TempDir Path folder) throws Exception {
        // The first seed whose four submissions include an .xls and a folder of per-table files.
        long seed = LongStream.range(0, 10_000).filter(s -> {
            List<BulkSubmissions.Planned> plan = BulkSubmissions.plan(4, s);
            return plan.stream().anyMatch(p -> p.options().fileFormat() == SampleOptions.FileFormat.XLS)
                    && plan.stream().anyMatch(p -> p.options().packaging() == SampleOptions.Packaging.FILE_PER_TABLE);
        }).findFirst().orElseThrow();

        assertThat(BulkSubmissions.write(folder, 4, seed, 2)).isTrue();

        WorkbookReader reader = new WorkbookReader();
        for (BulkSubmissions.Planned p : BulkSubmissions.plan(4, seed)) {
            Path target = folder.resolve(p.path());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(target)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            int sheets = 0;
            for (Path file : files) {
                List<SheetGrid> grids = reader.read(file);
                sheets += grids.size();
                assertThat(grids).allSatisfy(g -> assertThat(g.lastRow()).as(file + " › " + g.sheetName()).isPositive());
            }
            assertThat(sheets).as(p.path()).isEqualTo(13);
        }
        assertThat(BulkSubmissions.write(folder, 4, seed, 2)).as("a complete folder is reused").isFalse();
        assertThat(BulkSubmissions.write(folder, 1, seed, 2)).as("another count is written again").isTrue();
    }

    @Test
    void countyDepartmentsAreTheSizeOfTheSamples() {
        List<Integer> facts = LongStream.range(0, 40).mapToObj(i -> RandomDepartmentFactory.accounts(
                BulkSubmissions.DEFAULT_SEED + i, RandomDepartmentFactory.Size.COUNTY))
                .map(d -> (int) ExpectedFactsCsv.render(d).lines().count() - 1).toList();

        assertThat(facts).allSatisfy(n -> assertThat(n).isBetween(300, 800));
        assertThat(RandomDepartmentFactory.accounts(BulkSubmissions.DEFAULT_SEED, RandomDepartmentFactory.Size.LARGE))
                .isEqualTo(SampleGenerator.randomDepartment(BulkSubmissions.DEFAULT_SEED));
    }

    private static <K> Map<K, Long> count(List<BulkSubmissions.Planned> plan, Function<BulkSubmissions.Planned, K> key) {
        return plan.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
