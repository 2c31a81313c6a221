package org.juesuan.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.FinalAccountTable;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.samples.SampleOptions;
import org.juesuan.samples.SampleWorkbookWriter;

/** Small, internally consistent submissions of made-up departments, one .xlsx each (SampleGenerator). */
public final class GeneratedSubmissions {

    private GeneratedSubmissions() {
    }

    /** Writes {@code count} departments, seeds {@code firstSeed…}, into {@code folder}; returns the files. */
    public static List<Path> write(Path folder, int count, long firstSeed) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            files.add(write(folder, SampleGenerator.randomDepartment(seed)));
        }
        return files;
    }

    public static Path write(Path folder, DepartmentAccounts department) throws IOException {
        Path file = folder.resolve(department.departmentName() + "-" + department.fiscalYear() + ".xlsx");
        SampleWorkbookWriter.write(department, SampleOptions.defaults(), file);
        return file;
    }

    /**
     * A lighter submission of the same department: only 收入支出决算总表, 收入决算表 and 支出决算表
     * (T01–T03), for tests that need hundreds of submissions rather than thirteen full tables each.
     */
    public static List<Path> writeSmall(Path folder, int count, long firstSeed) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        List<FinalAccountTable> tables = List.of(FinalAccountTable.T01, FinalAccountTable.T02, FinalAccountTable.T03);
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            DepartmentAccounts department = SampleGenerator.randomDepartment(seed);
            Path file = folder.resolve(department.departmentName() + "-" + department.fiscalYear() + ".xlsx");
            try (Workbook workbook = SampleWorkbookWriter.workbook(department, SampleOptions.defaults(), tables,
                    List.of("表1", "表2", "表3")); OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            files.add(file);
        }
        return files;
    }

    /** Copies every file of {@code from} into {@code to} (a second inbox with the same bytes). */
    public static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
