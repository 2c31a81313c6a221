package org.juesuan.report;

import org.juesuan.model.CellRef;

/** The report as plain text, for the terminal. */
public final class TextReportRenderer {

    private TextReportRenderer() {
    }

    public static String render(SubmissionReport r) {
        StringBuilder t = new StringBuilder();
        t.append("#").append(r.id()).append(' ').append(r.departmentName()).append(' ').append(r.fiscalYear())
                .append(" — ").append(r.status()).append('\n').append(r.sourcePath()).append('\n');
        if (r.rejectReason() != null) {
            t.append("rejected: ").append(r.rejectReason()).append('\n');
        }
        t.append("rules: ").append(r.rules().passed()).append(" passed, ").append(r.rules().failed())
                .append(" failed, ").append(r.rules().notApplicable()).append(" not applicable; ")
                .append(r.count("ERROR")).append(" errors, ").append(r.count("WARNING")).append(" warnings\n");
        for (SubmissionReport.Item f : r.findings()) {
            t.append('\n').append(f.severity()).append(' ').append(f.ruleId()).append(' ')
                    .append(f.table() == null ? "" : f.table()).append(": ").append(f.message()).append('\n');
            for (CellRef c : f.cells()) {
                t.append("    ").append(c).append('\n');
            }
        }
        return t.toString();
    }
}
