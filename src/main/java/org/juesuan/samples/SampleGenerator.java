package org.juesuan.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed sample submissions in {@code samples/}: three 米易县 departments, 2023, each in a different
 * packaging, format and code style. Deterministic: rerunning writes the same content.
 *
 * <p>Run: {@code mvn -q -B compile exec:java -Dexec.mainClass=org.juesuan.samples.SampleGenerator -Dexec.args=samples}
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
        return samples().stream().map(Sample::accounts).toList();
    }

    public static List<Sample> samples() {
        SampleOptions base = SampleOptions.defaults();
        DepartmentAccounts miyi = MiyiDepartment.accounts();
        DepartmentAccounts education = EducationBureauDepartment.accounts();
        DepartmentAccounts agriculture = AgricultureBureauDepartment.accounts();
        return List.of(
                new Sample(miyi, base, stem(miyi) + ".xlsx"),
                new Sample(education, base.withCodeStyle(SampleOptions.CodeStyle.JOINED)
                        .withPackaging(SampleOptions.Packaging.FILE_PER_TABLE)
                        .withSheetNaming(SampleOptions.SheetNaming.SHEET_N)
                        .withZeroStyle(SampleOptions.ZeroStyle.BLANK), stem(education)),
                new Sample(agriculture, base.withCodeStyle(SampleOptions.CodeStyle.SPLIT_NUMERIC)
                        .withFileFormat(SampleOptions.FileFormat.XLS)
                        .withSheetNaming(SampleOptions.SheetNaming.SHEET_N)
                        .withShuffledSheets(2023L), stem(agriculture) + ".xls"));
    }

    /**
     * A random but internally consistent department (every identity of tables.md holds), for bulk generation.
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
