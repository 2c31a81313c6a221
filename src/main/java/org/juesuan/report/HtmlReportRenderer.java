package org.juesuan.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.stream.Collectors;

import org.juesuan.model.CellRef;
import org.juesuan.model.TableCode;

/**
 * The audit report a finance officer reads: status, rule counts, a summary by table, then each
 * finding with its message, both sides' values and every cell involved. Self-contained HTML.
 */
public final class HtmlReportRenderer {

    private HtmlReportRenderer() {
    }

    public static String render(SubmissionReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>决算审核报告 ")
                .append(esc(r.departmentName())).append(' ').append(r.fiscalYear() == null ? "" : r.fiscalYear())
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #bbb;padding:3px 8px;vertical-align:top}th{background:#eee}"
                        + ".ERROR{background:#fde2e2}.WARNING{background:#fff6d5}.num{text-align:right}</style>"
                        + "</head><body>\n");
        h.append("<h1>决算审核报告：").append(esc(r.departmentName())).append(' ')
                .append(r.fiscalYear() == null ? "" : r.fiscalYear() + " 年度").append("</h1>\n");
        h.append("<p>提交编号 #").append(r.id()).append(" · 文件 <code>").append(esc(r.sourcePath()))
                .append("</code> · 状态 <b id=\"status\">").append(r.status()).append("</b></p>\n");
        if (r.rejectReason() != null) {
            h.append("<p class=\"ERROR\" id=\"reject-reason\">未能读取：").append(esc(r.rejectReason())).append("</p>\n");
        }
        h.append("<p id=\"counts\">审核公式：通过 <b>").append(r.rules().passed()).append("</b>，不通过 <b>")
                .append(r.rules().failed()).append("</b>，不适用 <b>").append(r.rules().notApplicable())
                .append("</b>；错误 ").append(r.count("ERROR")).append(" 条，提示 ").append(r.count("WARNING"))
                .append(" 条。</p>\n");

        h.append("<h2>按表汇总</h2>\n<table id=\"tables\"><tr><th>表</th><th>名称</th><th>工作表</th><th>单位</th>"
                + "<th>行数</th><th>错误</th><th>提示</th><th>说明</th></tr>\n");
        for (TableCode code : TableCode.values()) {
            SubmissionReport.Table t = r.tables().stream().filter(x -> x.code().equals(code.name())).findFirst().orElse(null);
            h.append("<tr><td>").append(code).append("</td><td>").append(esc(code.title())).append("</td>");
            if (t == null) {
                h.append("<td colspan=\"6\">未提交</td>");
            } else {
                h.append("<td>").append(esc(t.file())).append(" › ").append(esc(t.sheet())).append("</td><td>")
                        .append(esc(t.unit())).append("</td><td class=\"num\">").append(t.rows())
                        .append("</td><td class=\"num\">").append(r.count("ERROR", code.name()))
                        .append("</td><td class=\"num\">").append(r.count("WARNING", code.name()))
                        .append("</td><td>").append(esc(t.note()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>审核发现</h2>\n<table id=\"findings\"><tr><th>级别</th><th>公式</th><th>表</th><th>说明</th>"
                + "<th>应为（元）</th><th>实为（元）</th><th>单元格</th></tr>\n");
        for (SubmissionReport.Item f : r.findings()) {
            h.append("<tr class=\"").append(f.severity()).append("\"><td>").append(f.severity()).append("</td><td>")
                    .append(esc(f.ruleId())).append("</td><td>").append(f.table() == null ? "" : f.table())
                    .append("</td><td>").append(esc(f.message())).append("</td><td class=\"num\">")
                    .append(money(f.expectedYuan())).append("</td><td class=\"num\">").append(money(f.actualYuan()))
                    .append("</td><td>").append(f.cells().stream().map(HtmlReportRenderer::cell)
                            .collect(Collectors.joining("<br>"))).append("</td></tr>\n");
        }
        if (r.findings().isEmpty()) {
            h.append("<tr><td colspan=\"7\">无</td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static String cell(CellRef c) {
        return esc(c.file()) + " › " + esc(c.sheet()) + " › <b>" + esc(c.cell()) + "</b>";
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.00").format(amount);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
