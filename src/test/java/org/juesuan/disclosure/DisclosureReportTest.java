package org.juesuan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.juesuan.disclosure.TextCheck.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * `report disclosure` over the samples: the 情况说明 it writes reads back through `check-text` against the same
 * tables, it reproduces every figure of the real published text that the tables support, and its charts are SVG
 * drawn by the charting library with their values as labels.
 */
class DisclosureReportTest extends SamplesInMariaDb {

    @TempDir
    Path out;

    @Test
    void theTextWrittenForACleanDepartmentChecksClean() throws Exception {
        DisclosureFiles.write(new Disclosure(year(AGRICULTURE, 2023), year(AGRICULTURE, 2022)), out);
        List<TextCheck> checks = check(out.resolve(AGRICULTURE + "-2023-情况说明.txt"), AGRICULTURE, 2023);
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.DIFFERS).isEmpty();
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.AGREES).hasSizeGreaterThan(30);
    }

    @Test
    void forMiyiItKeepsTheTablesFiguresAndFlagsTheirOwnContradictionToThePreparer() throws Exception {
        Path html = DisclosureFiles.write(new Disclosure(year(MIYI, 2023), year(MIYI, 2022)), out);
        List<TextCheck> checks = check(out.resolve(MIYI + "-2023-情况说明.txt"), MIYI, 2023);
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.DIFFERS)
                .extracting(c -> c.subject() + " " + c.kind().label + " " + c.written() + " " + c.computed())
                .containsExactly("一般公共预算财政拨款基本支出 合计 757.09万元 782.09万元");
        assertThat(Files.readString(html)).contains("报表本身不一致：人员经费 727.07 万元 + 公用经费 55.02 万元 = 782.09 万元");
    }

    @Test
    void itReproducesEveryFigureOfThePublishedTextThatTheTablesSupport() throws Exception {
        DisclosureFiles.write(new Disclosure(year(MIYI, 2023), year(MIYI, 2022)), out);
        List<TextCheck> generated = check(out.resolve(MIYI + "-2023-情况说明.txt"), MIYI, 2023);
        List<TextCheck> supported = check(SeedTextCheckTest.SEED, MIYI, 2023).stream()
                .filter(c -> c.verdict() == Verdict.AGREES && c.basis().startsWith("报表")).toList();
        assertThat(supported).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        for (TextCheck published : supported) {
            boolean found = generated.stream().anyMatch(g -> g.verdict() == Verdict.AGREES
                    && g.subject().equals(published.subject()) && g.kind() == published.kind()
                    && number(g.written()).subtract(number(published.written())).abs().compareTo(new BigDecimal("0.015")) <= 0);
            if (!found) {
                missing.add(published.subject() + " " + published.kind().label + " " + published.written());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theChartsAreSvgFromTheLibraryWithTheirValuesLabelled() throws Exception {
        DisclosureFiles.write(new Disclosure(year(MIYI, 2023), year(MIYI, 2022)), out);
        Path charts = out.resolve(MIYI + "-2023-图表");
        assertThat(texts(charts.resolve("图3.svg"))).contains("图3：支出决算结构", "基本支出 757.09万元（26.11%）",
                "项目支出 2142.86万元（73.89%）");
        assertThat(texts(charts.resolve("图1.svg"))).contains("2022年度", "2023年度", "1195.98", "2899.95");
        assertThat(texts(charts.resolve("图7.svg"))).contains("公务接待费", "预算数", "决算数", "1.52");
        assertThat(Files.readString(charts.resolve("图3.svg"))).contains("xmlns:jfreesvg");
    }

    @Test
    void allDepartmentsOfAYearGetAnIndex() throws Exception {
        List<Path> pages = new ArrayList<>();
        for (String department : new WarehouseFigures(jdbc).departments(2023)) {
            pages.add(DisclosureFiles.write(new Disclosure(year(department, 2023), null), out));
        }
        String index = Files.readString(DisclosureFiles.index(2023, pages, out));
        assertThat(pages).hasSize(3);
        assertThat(index).contains(MIYI + "-2023-情况说明.html", AGRICULTURE + "-2023-情况说明.html");
    }

    private static BigDecimal number(String written) {
        return new BigDecimal(written.replaceAll("[^0-9.]", ""));
    }

    private static List<String> texts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(svg)) {
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("text");
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts;
    }
}
