package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.cli.WarehouseCommandRun.juesuan;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.juesuan.support.ImportedSamplesWarehouse;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code check-text} as a user runs it on the samples' warehouse: exit 1 on the published seed text with its
 * wrong figures printed, exit 0 on a text `report disclosure` wrote, exit 2 on usage errors.
 */
class CheckTextCommandTest extends ImportedSamplesWarehouse {

    private static final Path SEED = Path.of("src/test/resources/disclosure/米易县经济信息化和科学技术局-2023-决算公开.txt");

    @Value("${spring.datasource.url}")
    String url;

    @TempDir
    Path dir;

    @Test
    void theSeedTextExitsOneWithItsContradictionsPrinted() {
        WarehouseCommandRun run = juesuan(url, "check-text", SEED.toString(), "--department", Samples.MIYI,
                "--year", "2023");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.outLines()).contains("情况说明核对：米易县经济信息化和科学技术局-2023-决算公开.txt",
                "【不一致】请核对并改正以下数字");
        // 增加 1704.58 万元 on the text's own base of 2899.95 − 1704.58 = 1195.37 is 142.60 %, not 58.78 %
        assertThat(run.out()).contains("文中写 58.78%，核算为 142.60%").contains("文中写 757.09万元");
    }

    @Test
    void aTextReportDisclosureWroteExitsZeroAndJsonIsReadable() throws Exception {
        WarehouseCommandRun written = juesuan(url, "report", "disclosure", "--department", Samples.AGRICULTURE,
                "--year", "2023", "--out", dir.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        Path text = dir.resolve(Samples.AGRICULTURE + "-2023-情况说明.txt");
        WarehouseCommandRun run = juesuan(url, "check-text", text.toString(), "--department", Samples.AGRICULTURE,
                "--year", "2023");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).doesNotContain("【不一致】").contains("【一致】");
        WarehouseCommandRun json = juesuan(url, "check-text", text.toString(), "--department", Samples.AGRICULTURE,
                "--year", "2023", "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.isContainerNode()).isTrue();
    }

    @Test
    void usageErrorsExitTwo() {
        WarehouseCommandRun format = juesuan(url, "check-text", SEED.toString(), "--department", Samples.MIYI,
                "--year", "2023", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualToIgnoringNewLines("check-text：--format 只能是 text 或 json");
        WarehouseCommandRun missing = juesuan(url, "check-text", dir.resolve("无此文件.txt").toString(),
                "--department", Samples.MIYI, "--year", "2023");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("check-text：找不到文件 ");
        WarehouseCommandRun noDepartment = juesuan(url, "check-text", SEED.toString(), "--year", "2023");
        assertThat(noDepartment.exitCode()).isEqualTo(2);
        assertThat(noDepartment.err()).isEqualToIgnoringNewLines("check-text：缺少 --department（部门名称，与报表上的一致）");
        WarehouseCommandRun unknown = juesuan(url, "check-text", SEED.toString(), "--department", "米易县不存在局",
                "--year", "2023");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("check-text：仓库中没有「米易县不存在局」2023 年度的报表");
    }
}
