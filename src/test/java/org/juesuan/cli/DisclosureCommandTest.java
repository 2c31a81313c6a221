package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.cli.WarehouseCommandRun.juesuan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.juesuan.support.ImportedSamplesWarehouse;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code report disclosure} as a user runs it on the samples' warehouse: the page, its text and its charts are
 * written and named on stdout; --all writes one per department and the index; usage errors exit 2.
 */
class DisclosureCommandTest extends ImportedSamplesWarehouse {

    @Value("${spring.datasource.url}")
    String url;

    @TempDir
    Path dir;

    @Test
    void writesThePageTheTextAndTheChartsOfOneDepartment() throws Exception {
        WarehouseCommandRun run = juesuan(url, "report", "disclosure", "--department", Samples.MIYI, "--year", "2023",
                "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path page = dir.resolve(Samples.MIYI + "-2023-情况说明.html");
        assertThat(run.outLines()).containsExactly("已生成 " + page);
        assertThat(page).isRegularFile();
        assertThat(dir.resolve(Samples.MIYI + "-2023-情况说明.txt")).content().contains("一、收入支出决算总体情况说明");
        try (Stream<Path> charts = Files.list(dir.resolve(Samples.MIYI + "-2023-图表"))) {
            assertThat(charts.map(p -> p.getFileName().toString())).contains("图1.svg").allMatch(n -> n.endsWith(".svg"));
        }
    }

    @Test
    void allWritesOnePagePerDepartmentAndAnIndex() {
        WarehouseCommandRun run = juesuan(url, "report", "disclosure", "--all", "--year", "2023", "--out",
                dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "已生成 " + dir.resolve(Samples.AGRICULTURE + "-2023-情况说明.html"),
                "已生成 " + dir.resolve(Samples.EDUCATION + "-2023-情况说明.html"),
                "已生成 " + dir.resolve(Samples.MIYI + "-2023-情况说明.html"),
                "已生成 " + dir.resolve("index.html"));
        assertThat(dir.resolve("index.html")).content().contains(Samples.AGRICULTURE, Samples.EDUCATION, Samples.MIYI);
    }

    @Test
    void usageErrorsExitTwo() {
        WarehouseCommandRun unknown = juesuan(url, "report", "disclosure", "--department", "米易县不存在局", "--year",
                "2023", "--out", dir.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("report disclosure：仓库中没有「米易县不存在局」2023 年度的报表；已入库的部门：");
        WarehouseCommandRun both = juesuan(url, "report", "disclosure", "--department", Samples.MIYI, "--all", "--year",
                "2023");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).isEqualToIgnoringNewLines(
                "report disclosure：须给出 --department（一个部门）或 --all（每个部门），且只给其一");
        WarehouseCommandRun neither = juesuan(url, "report", "disclosure", "--year", "2023");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).isEqualTo(both.err());
        assertThat(dir).isEmptyDirectory();
    }
}
