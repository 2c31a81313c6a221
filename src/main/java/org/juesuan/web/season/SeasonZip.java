package org.juesuan.web.season;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.juesuan.report.AnnotatedWorkbookWriter;
import org.juesuan.report.SubmissionReport;
import org.juesuan.report.SubmissionReportRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The season in one .zip: for every department of the year, its current version's annotated workbook(s) as
 * {@link AnnotatedWorkbookWriter} writes them for {@code check --out}, under a folder named after the department.
 * A version with nothing to mark goes in as submitted. A file no longer on disk is left out (the HTML report still
 * names its cells).
 */
@Component
public class SeasonZip {

    private final JdbcTemplate jdbc;
    private final SubmissionReportRepository reports;

    public SeasonZip(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reports = new SubmissionReportRepository(jdbc);
    }

    /** @return the entries written, as {@code department/file} */
    public List<String> write(int year, OutputStream out) throws IOException {
        List<Map<String, Object>> current = jdbc.queryForList("SELECT department_name, current_submission_id "
                + "FROM department_year WHERE fiscal_year = ? AND current_submission_id IS NOT NULL "
                + "ORDER BY department_name", year);
        List<String> entries = new ArrayList<>();
        Path work = Files.createTempDirectory("juesuan-season-");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map<String, Object> row : current) {
                String department = (String) row.get("department_name");
                long id = ((Number) row.get("current_submission_id")).longValue();
                SubmissionReport report = reports.load(id).orElseThrow();
                Path dir = Files.createDirectories(work.resolve(Long.toString(id)));
                for (Path file : files(report, dir)) {
                    String name = department + "/" + file.getFileName();
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(file, zip);
                    zip.closeEntry();
                    entries.add(name);
                }
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return entries;
    }

    private static List<Path> files(SubmissionReport report, Path dir) throws IOException {
        if (AnnotatedWorkbookWriter.hasAnythingToMark(report)) {
            return AnnotatedWorkbookWriter.write(report, dir);
        }
        Path source = Path.of(report.sourcePath());
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source)) {
                return files.filter(Files::isRegularFile).sorted().toList();
            }
        }
        return List.of();
    }
}
