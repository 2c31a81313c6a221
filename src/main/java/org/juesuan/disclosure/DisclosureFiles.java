package org.juesuan.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.disclosure.DisclosureText.Chart;
import org.juesuan.disclosure.DisclosureText.Section;
import org.juesuan.report.HtmlReportRenderer;

/**
 * Writes one department's disclosure: {@code 部门-年度-情况说明.html} (text and charts, printable to A4), the text
 * alone as {@code .txt} (to edit, and for {@code check-text}), and each chart as {@code 部门-年度-图表/图N.svg}.
 */
public final class DisclosureFiles {

    private DisclosureFiles() {
    }

    /** @return the HTML page written */
    public static Path write(Disclosure disclosure, Path dir) throws IOException {
        String stem = disclosure.current().department() + "-" + disclosure.current().year() + "-情况说明";
        List<Section> sections = DisclosureText.write(disclosure);
        Files.createDirectories(dir);
        Path html = dir.resolve(stem + ".html");
        Files.writeString(html, DisclosurePage.html(disclosure.current().department(), disclosure.current().year(),
                sections), StandardCharsets.UTF_8);
        Files.write(dir.resolve(stem + ".txt"), DisclosureText.lines(sections), StandardCharsets.UTF_8);
        Path charts = dir.resolve(disclosure.current().department() + "-" + disclosure.current().year() + "-图表");
        Files.createDirectories(charts);
        for (Section s : sections) {
            for (Chart c : s.charts()) {
                Files.writeString(charts.resolve(c.caption().substring(0, c.caption().indexOf('：')) + ".svg"),
                        DisclosureCharts.svg(c), StandardCharsets.UTF_8);
            }
        }
        return html;
    }

    /** An index page linking every department's disclosure of the year. */
    public static Path index(int year, List<Path> pages, Path dir) throws IOException {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(year).append("年度部门决算情况说明</title></head><body>\n<h1>").append(year)
                .append("年度部门决算情况说明</h1>\n<ol>\n");
        for (Path page : pages) {
            String name = page.getFileName().toString();
            out.append("<li><a href=\"").append(HtmlReportRenderer.esc(name)).append("\">")
                    .append(HtmlReportRenderer.esc(name.replace(".html", ""))).append("</a></li>\n");
        }
        Path index = dir.resolve("index.html");
        Files.writeString(index, out.append("</ol></body></html>\n").toString(), StandardCharsets.UTF_8);
        return index;
    }
}
