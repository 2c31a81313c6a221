package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.cli.WarehouseCommandRun.juesuan;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.support.ImportedSamplesWarehouse;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code export summary} as a user runs it on the samples' warehouse: exit 1 when a department loaded with ERRORs
 * is summed, 0 with --only-clean, 2 for an unknown department, clashing options or a wrong file type, 3 without a
 * database; the workbook holds the 封面 and the thirteen tables.
 */
class ExportSummaryCommandTest extends ImportedSamplesWarehouse {

    @Value("${spring.datasource.url}")
    String url;

    @TempDir
    Path dir;

    @Test
    void writesTheSummaryAndExitsOneWhenADepartmentWithErrorsIsSummed() throws Exception {
        Path file = dir.resolve("汇总-2023.xlsx");
        WarehouseCommandRun run = juesuan(url, "export", "summary", "--year", "2023", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly("已写出 " + file + "：2023 年度，汇总 3 个部门",
                "其中 1 个部门审核不通过（已汇总，见封面）");
        assertThat(sheetNames(file)).containsExactly("封面", "收入支出决算总表", "收入决算表", "支出决算表",
                "财政拨款收入支出决算总表", "财政拨款支出决算明细表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表",
                "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款项目支出决算表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表");
    }

    @Test
    void withOnlyCleanItExitsZeroAndSaysWhoWasLeftOut() throws Exception {
        Path file = dir.resolve("clean.xlsx");
        WarehouseCommandRun run = juesuan(url, "export", "summary", "--year", "2023", "--only-clean", "--out",
                file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly("已写出 " + file + "：2023 年度，汇总 2 个部门",
                "另有 1 个审核不通过的部门未汇总（见封面）");
        assertThat(file).isRegularFile();
    }

    @Test
    void departmentsSelectAndAnUnknownOneIsAUsageError() {
        Path file = dir.resolve("one.xlsx");
        WarehouseCommandRun one = juesuan(url, "export", "summary", "--year", "2023", "--departments",
                Samples.EDUCATION, "--out", file.toString());
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.outLines()).containsExactly("已写出 " + file + "：2023 年度，汇总 1 个部门");

        Path none = dir.resolve("none.xlsx");
        WarehouseCommandRun unknown = juesuan(url, "export", "summary", "--year", "2023", "--departments",
                Samples.EDUCATION + ",米易县不存在局", "--out", none.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("export summary：仓库中没有 2023 年度的「米易县不存在局」；已入库的部门：");
        assertThat(unknown.out()).isEmpty();
        assertThat(none).doesNotExist();
    }

    @Test
    void usageErrorsExitTwoAndAMissingDatabaseThree() {
        Path file = dir.resolve("x.xlsx");
        WarehouseCommandRun both = juesuan(url, "export", "summary", "--year", "2023", "--departments",
                Samples.EDUCATION, "--region", "四川省攀枝花市米易县", "--out", file.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("juesuan export summary: 这几个选项只能用其中一个：").contains("--departments")
                .contains("--region").contains("juesuan export summary --help");
        WarehouseCommandRun csv = juesuan(url, "export", "summary", "--year", "2023", "--out",
                dir.resolve("x.csv").toString());
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).isEqualToIgnoringNewLines("export summary：--out 应为 .xlsx 文件");
        WarehouseCommandRun noYear = juesuan(url, "export", "summary", "--out", file.toString());
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("--year");
        WarehouseCommandRun nowhere = juesuan("jdbc:mysql://127.0.0.1:1/none", "export", "summary", "--year", "2023",
                "--out", file.toString());
        assertThat(nowhere.exitCode()).isEqualTo(3);
        assertThat(nowhere.err()).startsWith("export summary：");
        assertThat(file).doesNotExist();
    }

    private static List<String> sheetNames(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }
}
