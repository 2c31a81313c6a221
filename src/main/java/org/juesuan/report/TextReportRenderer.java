package org.juesuan.report;

import java.nio.file.Path;

import org.juesuan.layout.Unit;
import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;

/** The report as plain text, for the terminal: the same words and grouping as the HTML report. */
public final class TextReportRenderer {

    private TextReportRenderer() {
    }

    public static String render(SubmissionReport r) {
        StringBuilder t = new StringBuilder();
        SubmissionStatus status = SubmissionStatus.valueOf(r.status());
        t.append(Path.of(r.sourcePath()).getFileName()).append(" — ").append(Messages.status(status));
        if (r.departmentName() != null) {
            t.append(" — ").append(r.departmentName());
            if (r.fiscalYear() != null) {
                t.append(' ').append(Messages.text("report.year", r.fiscalYear()));
            }
        }
        t.append('\n');
        if (r.rejectReason() != null) {
            t.append(Messages.text("report.reject-reason")).append(r.rejectReason()).append('\n')
                    .append(Messages.text("report.reject-advice")).append('\n');
        }
        if (status == SubmissionStatus.REJECTED && r.tables().isEmpty()) {
            return t.toString();
        }
        t.append(Messages.text("report.counts", r.rules().passed(), r.rules().failed(), r.rules().notApplicable(),
                r.count("ERROR"), r.count("WARNING"))).append('\n');
        FindingGroups.Grouped grouped = FindingGroups.of(r.findings());
        for (FindingGroups.Group g : grouped.groups()) {
            Unit unit = r.unitAt(g.cause(), g.findings().get(0).table());
            t.append('\n').append(Messages.text("report.cause.heading", HtmlReportRenderer.cell(g.cause()),
                    g.findings().size(), unit.fromYuan(g.difference()), unit.label())).append('\n');
            g.findings().forEach(f -> item(f, "  ", t));
        }
        if (!grouped.groups().isEmpty() && !grouped.alone().isEmpty()) {
            t.append('\n').append(Messages.text("report.cause.others")).append('\n');
        }
        grouped.alone().forEach(f -> item(f, "", t));
        return t.toString();
    }

    private static void item(SubmissionReport.Item f, String indent, StringBuilder t) {
        t.append(indent).append('【').append(Messages.text("severity." + f.severity())).append('】')
                .append(f.message()).append('\n');
        for (CellRef c : f.cells()) {
            t.append(indent).append("    ").append(c).append('\n');
        }
    }
}
