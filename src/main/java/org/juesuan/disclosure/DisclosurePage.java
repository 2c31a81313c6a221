package org.juesuan.disclosure;

import java.util.List;

import org.juesuan.disclosure.DisclosureText.Chart;
import org.juesuan.disclosure.DisclosureText.Section;
import org.juesuan.report.HtmlReportRenderer;

/** The disclosure as one HTML page, printable to A4: the text, the charts beside their part, the preparer's notes. */
public final class DisclosurePage {

    private DisclosurePage() {
    }

    public static String html(String department, int year, List<Section> sections) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8">
                <title>%s</title>
                <style>
                @page { size: A4; margin: 2cm; }
                body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.8;
                       max-width: 17cm; margin: 0 auto; }
                h1 { text-align: center; font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.5em; }
                p { text-indent: 2em; margin: 0.3em 0; } p.sub { text-indent: 0; font-weight: bold; }
                figure { margin: 1em 0; text-align: center; page-break-inside: avoid; }
                figure svg { max-width: 100%%; height: auto; } figcaption { font-size: 10.5pt; }
                .note { border: 1px solid #c00; color: #900; padding: 0.5em; margin: 0.5em 0; }
                @media print { .note { display: none; } }
                </style></head><body>
                <h1>%s</h1>
                """.formatted(HtmlReportRenderer.esc(department + year + "年度部门决算情况说明"), HtmlReportRenderer.esc(department + year + "年度部门决算情况说明")));
        for (Section s : sections) {
            out.append("<h2>").append(HtmlReportRenderer.esc(s.heading())).append("</h2>\n");
            for (String note : s.notes()) {
                out.append("<div class=\"note\">编制提示（打印时不显示）：").append(HtmlReportRenderer.esc(note)).append("</div>\n");
            }
            for (String p : s.paragraphs()) {
                out.append(p.startsWith("（") ? "<p class=\"sub\">" : "<p>").append(HtmlReportRenderer.esc(p)).append("</p>\n");
            }
            for (Chart c : s.charts()) {
                out.append("<figure>").append(DisclosureCharts.svg(c)).append("<figcaption>").append(HtmlReportRenderer.esc(c.caption()))
                        .append("</figcaption></figure>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

}
