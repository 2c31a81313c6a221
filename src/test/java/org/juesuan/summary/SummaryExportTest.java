package org.juesuan.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.support.ImportedSamplesWarehouse;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who a summary sums, and what its cover and tables say, on the shared warehouse of the samples: without
 * --only-clean 米易 经信科技局 2023 (loaded with 23 ERRORs) is summed and listed on the cover with its errors;
 * --departments and --region select; an unknown name is a Chinese usage error naming it.
 */
class SummaryExportTest extends ImportedSamplesWarehouse {

    @TempDir
    Path dir;

    private ConsolidatedAccounts load(SummaryScope scope) throws SummaryScopeException {
        return new SummarySources(jdbc).load(scope);
    }

    private Path write(ConsolidatedAccounts accounts) throws Exception {
        Path file = dir.resolve("汇总.xlsx");
        SummaryWorkbook.write(accounts, new ClassificationCatalog(), file);
        return file;
    }

    @Test
    void withoutOnlyCleanTheDepartmentWithErrorsIsSummedAndListedOnTheCoverWithItsErrors() throws Exception {
        ConsolidatedAccounts accounts = load(SummaryScope.all(2023, false));
        assertThat(accounts.included()).extracting(DepartmentVersion::name)
                .containsExactly(Samples.AGRICULTURE, Samples.EDUCATION, Samples.MIYI);
        assertThat(accounts.leftOut()).isEmpty();
        int miyiErrors = jdbc.queryForObject("SELECT error_count FROM submission WHERE is_current = TRUE "
                + "AND department_name = ? AND fiscal_year = 2023", Integer.class, Samples.MIYI);
        assertThat(miyiErrors).isEqualTo(23); // as the import prints it: 582 facts, 23 errors

        List<List<String>> cover = sheet(write(accounts), "封面");
        assertThat(cover.get(0)).containsExactly("2023年度部门决算汇总");
        assertThat(cover.get(1)).containsExactly("汇总单位：汇总：全部单位");
        assertThat(cover).contains(List.of("一、汇总的部门（3 个）"), List.of("二、审核不通过的部门（1 个）：其报表有未通过的审核公式"),
                List.of("三、未汇总的部门：无"));
        assertThat(cover).contains(List.of(Samples.MIYI, "第 1 版", "审核不通过", "23", "已汇总（含错误）"));
        assertThat(cover).contains(List.of(Samples.EDUCATION, "第 1 版", "审核通过", "0"));
    }

    @Test
    void withOnlyCleanTheCoverSaysWhoWasLeftOutAndWhy() throws Exception {
        List<List<String>> cover = sheet(write(load(SummaryScope.all(2023, true))), "封面");
        assertThat(cover).contains(List.of("一、汇总的部门（2 个）"), List.of("三、未汇总的部门（1 个，按“只汇总审核通过的部门”）"),
                List.of(Samples.MIYI, "第 1 版", "审核不通过，有错误 23 条"),
                List.of(Samples.MIYI, "第 1 版", "审核不通过", "23", "未汇总"));
        assertThat(cover).noneMatch(line -> line.equals(List.of(Samples.MIYI, "第 1 版", "审核不通过", "23")));
    }

    @Test
    void departmentsSelectAndTheTablesPrintTheirSums() throws Exception {
        ConsolidatedAccounts accounts = load(new SummaryScope(2023, List.of(Samples.EDUCATION), null, false));
        assertThat(accounts.included()).extracting(DepartmentVersion::name).containsExactly(Samples.EDUCATION);
        assertThat(accounts.pseudoDepartment()).isEqualTo("汇总：所选单位");
        List<List<String>> t03 = sheet(write(accounts), "支出决算表");
        assertThat(t03.get(0)).containsExactly("2023年度支出决算表");
        assertThat(words(t03.get(1))).containsExactly("公开03表");
        assertThat(words(t03.get(2))).containsExactly("编制单位：汇总：所选单位", "单位：万元");
        assertThat(words(t03.get(3))).startsWith("项目", "本年支出合计", "基本支出", "项目支出");
        // the 合计 line carries the education bureau's own 本年支出合计, in 万元 with every decimal
        BigDecimal total = jdbc.queryForObject("SELECT amount_yuan FROM v_fact WHERE department_name = ? "
                + "AND fiscal_year = 2023 AND table_code = 'T03' AND row_key = 'TOTAL' AND column_key = 'total'",
                BigDecimal.class, Samples.EDUCATION);
        List<String> totalLine = t03.stream().filter(l -> l.get(0).equals("合计")).findFirst().orElseThrow();
        assertThat(new BigDecimal(totalLine.get(4))).isEqualByComparingTo(total.movePointLeft(4));
        // 类/款/项 rows follow in code order, each with its name
        List<String> codes = t03.stream().filter(l -> l.get(0).matches("2\\d\\d")).map(l -> l.get(0)
                + (l.get(1).matches("\\d\\d") ? l.get(1) : "") + (l.get(2).matches("\\d\\d") ? l.get(2) : "")).toList();
        assertThat(codes).isSorted().hasSizeGreaterThan(30);
        assertThat(t03).anyMatch(l -> l.size() > 4 && l.subList(0, 4).equals(List.of("205", "", "", "教育支出")));
    }

    @Test
    void aRegionSelectsItsDepartments() throws Exception {
        ConsolidatedAccounts accounts = load(new SummaryScope(2023, List.of(), "四川省攀枝花市米易县", true));
        assertThat(accounts.included()).extracting(DepartmentVersion::name)
                .containsExactly(Samples.AGRICULTURE, Samples.EDUCATION);
        assertThat(accounts.pseudoDepartment()).isEqualTo("汇总：四川省攀枝花市米易县");
    }

    @Test
    void anUnknownDepartmentOrRegionIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> load(new SummaryScope(2023, List.of(Samples.EDUCATION, "米易县不存在局"), null, false)))
                .isInstanceOf(SummaryScopeException.class)
                .hasMessage("export summary：仓库中没有 2023 年度的「米易县不存在局」；已入库的部门：" + Samples.AGRICULTURE
                        + "、" + Samples.EDUCATION + "、" + Samples.MIYI);
        assertThatThrownBy(() -> load(new SummaryScope(2023, List.of(), "四川省成都市", false)))
                .isInstanceOf(SummaryScopeException.class)
                .hasMessage("export summary：仓库中没有 2023 年度属于「四川省成都市」的部门；已知的地区：四川省攀枝花市米易县");
        assertThatThrownBy(() -> load(SummaryScope.all(2019, false)))
                .isInstanceOf(SummaryScopeException.class)
                .hasMessage("export summary：2019 年度没有可汇总的部门（已入库 0 个，审核通过的 0 个）");
    }

    private static List<String> words(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    /** A sheet's non-blank rows as their cells' texts (numbers unformatted, every decimal), blank cells as "". */
    static List<List<String>> sheet(Path file, String name) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(name);
            assertThat(sheet).as(name).isNotNull();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                                .toPlainString();
                        case STRING -> cell.getStringCellValue();
                        default -> text.formatCellValue(cell);
                    });
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
