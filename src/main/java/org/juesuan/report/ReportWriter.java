package org.juesuan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Writes the human-readable reports of an import run ({@code import --report DIR}). */
@Component
public class ReportWriter {

    private final SubmissionReportRepository reports;

    public ReportWriter(SubmissionReportRepository reports) {
        this.reports = reports;
    }

    /** Per submission: {@code <id>-<name>.html} and annotated copies of the files with findings. */
    public List<Path> writeRun(long runId, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(dir);
        for (long id : reports.idsOfRun(runId)) {
            SubmissionReport report = reports.load(id).orElseThrow();
            Path html = dir.resolve(id + "-" + Path.of(report.sourcePath()).getFileName() + ".html");
            Files.writeString(html, HtmlReportRenderer.render(report), StandardCharsets.UTF_8);
            written.add(html);
            if (AnnotatedWorkbookWriter.hasAnythingToMark(report)) {
                written.addAll(AnnotatedWorkbookWriter.write(report, dir.resolve(id + "-annotated")));
            }
        }
        return written;
    }
}
