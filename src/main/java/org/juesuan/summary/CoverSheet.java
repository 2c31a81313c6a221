package org.juesuan.summary;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The 封面 in front of the tables: the year, who is summed (each department with its current version and audit
 * result), the departments loaded with ERRORs with their error counts, and those left out and why. It carries no
 * table title, so a reader passes over it.
 */
final class CoverSheet {

    private CoverSheet() {
    }

    static void write(Workbook wb, SummaryStyles st, ConsolidatedAccounts accounts) {
        Sheet sheet = wb.createSheet(PrintedWords.text("summary.cover.sheet"));
        SummarySheet s = new SummarySheet(sheet, st);
        s.text(0, 0, PrintedWords.text("summary.cover.title", accounts.year()), st.title);
        s.merge(0, 0, 0, 4);
        s.text(1, 0, PrintedWords.text("summary.cover.name", accounts.pseudoDepartment()), st.left);
        s.text(2, 0, PrintedWords.text("summary.cover.basis", accounts.year()), st.left);
        int row = 4;
        s.text(row++, 0, PrintedWords.text("summary.cover.included", accounts.included().size()), st.left);
        row = table(s, row, accounts.included(), null);
        row++;
        List<DepartmentVersion> withErrors = new ArrayList<>(accounts.includedWithErrors());
        withErrors.addAll(accounts.leftOut());
        s.text(row++, 0, withErrors.isEmpty() ? PrintedWords.text("summary.cover.with-errors.none")
                : PrintedWords.text("summary.cover.with-errors", withErrors.size()), st.left);
        if (!withErrors.isEmpty()) {
            row = table(s, row, withErrors, accounts.leftOut());
        }
        row++;
        s.text(row++, 0, accounts.leftOut().isEmpty() ? PrintedWords.text("summary.cover.left-out.none")
                : PrintedWords.text("summary.cover.left-out", accounts.leftOut().size()), st.left);
        if (!accounts.leftOut().isEmpty()) {
            s.text(row, 0, PrintedWords.text("summary.cover.col.department"), st.header);
            s.text(row, 1, PrintedWords.text("summary.cover.col.version"), st.header);
            s.text(row++, 2, PrintedWords.text("summary.cover.col.reason"), st.header);
            for (DepartmentVersion d : accounts.leftOut()) {
                s.text(row, 0, d.name(), st.text);
                s.text(row, 1, PrintedWords.text("summary.cover.version", d.version()), st.text);
                s.text(row++, 2, PrintedWords.text("summary.cover.reason.errors", d.errorCount()), st.text);
            }
        }
        s.columnWidths(40, 10, 16, 10, 16);
    }

    /** Department | 版本 | 审核结论 | 错误条数, and 已汇总 or 未汇总 when {@code leftOut} is given. */
    private static int table(SummarySheet s, int row, List<DepartmentVersion> departments,
                             List<DepartmentVersion> leftOut) {
        SummaryStyles st = s.styles;
        s.text(row, 0, PrintedWords.text("summary.cover.col.department"), st.header);
        s.text(row, 1, PrintedWords.text("summary.cover.col.version"), st.header);
        s.text(row, 2, PrintedWords.text("summary.cover.col.status"), st.header);
        s.text(row, 3, PrintedWords.text("summary.cover.col.errors"), st.header);
        row++;
        for (DepartmentVersion d : departments) {
            s.text(row, 0, d.name(), st.text);
            s.text(row, 1, PrintedWords.text("summary.cover.version", d.version()), st.text);
            s.text(row, 2, PrintedWords.status(d.status()), st.text);
            s.number(row, 3, d.errorCount(), st.lineNumber);
            if (leftOut != null) {
                s.text(row, 4, PrintedWords.text(leftOut.contains(d) ? "summary.cover.left-out.word"
                        : "summary.cover.included-anyway"), st.text);
            }
            row++;
        }
        return row;
    }
}
