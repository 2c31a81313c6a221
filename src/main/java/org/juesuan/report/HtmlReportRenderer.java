package org.juesuan.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.juesuan.layout.Unit;
import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;

/**
 * The audit report a finance officer reads, in the words of the bundle: the conclusion, rule counts, a summary by
 * table, the findings one wrong figure explains (led by that figure), then the others, each with both sides in
 * the table's own unit and every cell involved. A refused file gets the reason and nothing that pretends it was
 * read. Self-contained HTML; the internal keys ride along only as data- attributes.
 */
public final class HtmlReportRenderer {

    private HtmlReportRenderer() {
    }

    public static String render(SubmissionReport r) {
        boolean rejected = SubmissionStatus.REJECTED.name().equals(r.status());
        String title = rejected ? Messages.text("report.title.rejected") + "：" + Path.of(r.sourcePath()).getFileName()
                : Messages.text("report.title") + "：" + nonNull(r.departmentName())
                        + (r.fiscalYear() == null ? "" : " " + Messages.text("report.year", r.fiscalYear()));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #bbb;padding:3px 8px;vertical-align:top}th{background:#eee}"
                        + ".ERROR{background:#fde2e2}.WARNING{background:#fff6d5}.num{text-align:right}"
                        + "h3.cause{color:#a40000}</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p>").append(Messages.text("report.file")).append(" <code>").append(esc(r.sourcePath()))
                .append("</code> · ").append(Messages.text("report.status")).append(" <b id=\"status\" data-status=\"")
                .append(esc(r.status())).append("\">").append(esc(Messages.status(SubmissionStatus.valueOf(r.status()))))
                .append("</b></p>\n");
        if (r.rejectReason() != null) {
            h.append("<p class=\"ERROR\" id=\"reject-reason\">").append(Messages.text("report.reject-reason"))
                    .append(esc(r.rejectReason())).append("</p>\n<p>").append(Messages.text("report.reject-advice"))
                    .append("</p>\n");
        }
        if (rejected && r.tables().isEmpty()) {
            return h.append("</body></html>\n").toString();
        }
        h.append("<p id=\"counts\">").append(esc(Messages.text("report.counts", r.rules().passed(), r.rules().failed(),
                r.rules().notApplicable(), r.count("ERROR"), r.count("WARNING")))).append("</p>\n");
        tables(r, h);
        findings(r, h);
        return h.append("</body></html>\n").toString();
    }

    private static void tables(SubmissionReport r, StringBuilder h) {
        h.append("<h2>").append(Messages.text("report.tables")).append("</h2>\n<table id=\"tables\"><tr>");
        for (String column : List.of("name", "where", "unit", "rows")) {
            h.append("<th>").append(Messages.text("report.table." + column)).append("</th>");
        }
        h.append("<th>").append(Messages.text("severity.ERROR")).append("</th><th>")
                .append(Messages.text("severity.WARNING")).append("</th><th>").append(Messages.text("report.table.note"))
                .append("</th></tr>\n");
        for (TableCode code : TableCode.values()) {
            SubmissionReport.Table t = r.tables().stream().filter(x -> x.code().equals(code.name())).findFirst().orElse(null);
            h.append("<tr data-table=\"").append(code).append("\"><td>").append(esc(Messages.table(code))).append("</td>");
            if (t == null) {
                h.append("<td colspan=\"6\">").append(Messages.text("report.table.missing")).append("</td>");
            } else {
                h.append("<td>").append(esc(t.file())).append(" › ").append(esc(t.sheet())).append("</td><td>")
                        .append(esc(t.unit())).append("</td><td class=\"num\">").append(t.rows())
                        .append("</td><td class=\"num\">").append(r.count("ERROR", code.name()))
                        .append("</td><td class=\"num\">").append(r.count("WARNING", code.name()))
                        .append("</td><td>").append(esc(t.note())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void findings(SubmissionReport r, StringBuilder h) {
        h.append("<h2>").append(Messages.text("report.findings")).append("</h2>\n");
        if (r.findings().isEmpty()) {
            h.append("<p id=\"findings\">").append(Messages.text("report.findings.none")).append("</p>\n");
            return;
        }
        FindingGroups.Grouped grouped = FindingGroups.of(r.findings());
        for (FindingGroups.Group g : grouped.groups()) {
            Unit unit = r.unitAt(g.cause(), g.findings().get(0).table());
            h.append("<h3 class=\"cause\">").append(esc(Messages.text("report.cause.heading", cell(g.cause()),
                    g.findings().size(), unit.fromYuan(g.difference()), unit.label()))).append("</h3>\n<p>")
                    .append(Messages.text("report.cause.advice")).append("</p>\n");
            findingTable(r, g.findings(), "cause", h);
        }
        if (!grouped.alone().isEmpty()) {
            if (!grouped.groups().isEmpty()) {
                h.append("<h3>").append(Messages.text("report.cause.others")).append("</h3>\n");
            }
            findingTable(r, grouped.alone(), "findings", h);
        }
    }

    private static void findingTable(SubmissionReport r, List<SubmissionReport.Item> items, String cssClass,
                                     StringBuilder h) {
        h.append("<table class=\"").append(cssClass).append("\"><tr>");
        for (String column : List.of("report.col.severity", "report.table.name", "report.col.message",
                "report.col.expected", "report.col.actual", "report.col.cells")) {
            h.append("<th>").append(Messages.text(column)).append("</th>");
        }
        h.append("</tr>\n");
        for (SubmissionReport.Item f : items) {
            Unit unit = r.unitOf(f.table());
            h.append("<tr class=\"").append(f.severity()).append("\" data-rule=\"").append(esc(f.ruleId()))
                    .append("\"><td>").append(Messages.text("severity." + f.severity())).append("</td><td>")
                    .append(f.table() == null ? "" : esc(Messages.table(TableCode.valueOf(f.table()))))
                    .append("</td><td>").append(esc(f.message())).append("</td><td class=\"num\">")
                    .append(money(f.expectedYuan(), unit)).append("</td><td class=\"num\">")
                    .append(money(f.actualYuan(), unit)).append("</td><td>")
                    .append(f.cells().stream().map(HtmlReportRenderer::cellHtml).collect(Collectors.joining("<br>")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    static String cell(CellRef c) {
        return c.file() + " › " + c.sheet() + " › " + c.cell();
    }

    private static String cellHtml(CellRef c) {
        return esc(c.file()) + " › " + esc(c.sheet()) + " › <b>" + esc(c.cell()) + "</b>";
    }

    /** An amount in the table's unit, the unit written after it (757.09 万元). */
    static String money(BigDecimal yuan, Unit unit) {
        return yuan == null ? "" : Messages.amount(unit.fromYuan(yuan)) + " " + unit.label();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Text as HTML character data or a quoted attribute value. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
