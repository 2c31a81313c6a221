package org.juesuan.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed sample submissions in {@code samples/}: three 米易县 departments, 2023, each in a different
 * packaging, format and code style, and two of them again for 2022 (year-over-year questions). Deterministic:
 * rerunning writes the same content.
 *
 * <p>Run: {@code scripts/generate samples}
 */
public final class SampleGenerator {

    /**
     * One sample: the figures, how they are printed, and where (relative to the samples folder) they go.
     *
     * @param path a workbook file for ONE_WORKBOOK, a folder for FILE_PER_TABLE
     */
    public record Sample(DepartmentAccounts accounts, SampleOptions options, String path) {

        /** The expected-facts CSV written next to the sample. */
        public String factsPath() {
            String stem = options.packaging() == SampleOptions.Packaging.ONE_WORKBOOK
                    ? path.substring(0, path.lastIndexOf('.')) : path;
            return stem + ".expected.csv";
        }
    }

    private SampleGenerator() {
    }

    /** The three sample departments, fiscal year 2023, in 万元. */
    public static List<DepartmentAccounts> departments() {
        return departments(2023);
    }

    /** The sample departments of one fiscal year (2023: three, 2022: 经信科技局 and 农业农村局), in 万元. */
    public static List<DepartmentAccounts> departments(int fiscalYear) {
        return samples().stream().map(Sample::accounts).filter(a -> a.fiscalYear() == fiscalYear).toList();
    }

    public static List<Sample> samples() {
        SampleOptions base = SampleOptions.defaults();
        DepartmentAccounts miyi = MiyiDepartment.accounts();
        DepartmentAccounts education = EducationBureauDepartment.accounts();
        DepartmentAccounts agriculture = AgricultureBureauDepartment.accounts();
        DepartmentAccounts miyi2022 = MiyiDepartment2022.accounts();
        DepartmentAccounts agriculture2022 = AgricultureBureauDepartment2022.accounts();
        return List.of(
                new Sample(miyi, base, stem(miyi) + ".xlsx"),
                new Sample(education, base.withCodeStyle(SampleOptions.CodeStyle.JOINED)
                        .withPackaging(SampleOptions.Packaging.FILE_PER_TABLE)
                        .withSheetNaming(SampleOptions.SheetNaming.SHEET_N)
                        .withZeroStyle(SampleOptions.ZeroStyle.BLANK), stem(education)),
                new Sample(agriculture, base.withCodeStyle(SampleOptions.CodeStyle.SPLIT_NUMERIC)
                        .withFileFormat(SampleOptions.FileFormat.XLS)
                        .withSheetNaming(SampleOptions.SheetNaming.SHEET_N)
                        .withShuffledSheets(2023L), stem(agriculture) + ".xls"),
                // The 2022 submissions come as their departments' 2023 ones do (same software, same habits).
                new Sample(miyi2022, base, stem(miyi2022) + ".xlsx"),
                new Sample(agriculture2022, base.withCodeStyle(SampleOptions.CodeStyle.SPLIT_NUMERIC)
                        .withFileFormat(SampleOptions.FileFormat.XLS)
                        .withSheetNaming(SampleOptions.SheetNaming.SHEET_N)
                        .withShuffledSheets(2022L), stem(agriculture2022) + ".xls"));
    }

    /**
     * A random but internally consistent department (every identity of docs/tables.md holds), for bulk generation.
     * The same seed gives the same department.
     */
    public static DepartmentAccounts randomDepartment(long seed) {
        return RandomDepartmentFactory.accounts(seed);
    }

    /** Writes every sample and its expected-facts CSV into {@code folder}. */
    public static void writeAll(Path folder) throws IOException {
        for (Sample sample : samples()) {
            SampleWorkbookWriter.write(sample.accounts(), sample.options(), folder.resolve(sample.path()));
            ExpectedFactsCsv.write(sample.accounts(), folder.resolve(sample.factsPath()));
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples");
        writeAll(folder);
        System.out.println("samples written to " + folder.toAbsolutePath());
    }

    private static String stem(DepartmentAccounts accounts) {
        return accounts.departmentName() + "-" + accounts.fiscalYear();
    }
}
