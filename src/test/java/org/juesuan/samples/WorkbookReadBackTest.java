package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads each format back with POI and finds specific figures where the Sichuan layout puts them. */
class WorkbookReadBackTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() throws IOException {
        SampleGenerator.writeAll(folder);
    }

    /** The sheet whose title (A1) is the given table title; tables are found by title, never by name or position. */
    private static Sheet byTitle(Workbook wb, String title) {
        for (Sheet sheet : wb) {
            Cell a1 = sheet.getRow(0).getCell(0);
            if (a1 != null && title.equals(a1.getStringCellValue())) {
                return sheet;
            }
        }
        throw new AssertionError("no sheet titled " + title);
    }

    /** The first row whose column-A cell reads {@code text} (as text or number). */
    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            if (a != null && text.equals(a.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) a.getNumericCellValue()) : a.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row starting with " + text);
    }

    private static Row itemRow(Sheet sheet, String cls, String kuan, String xiang) {
        for (Row row : sheet) {
            if (code(row.getCell(0)).equals(cls) && code(row.getCell(1)).equals(kuan) && code(row.getCell(2)).equals(xiang)) {
                return row;
            }
        }
        throw new AssertionError("no row " + cls + "|" + kuan + "|" + xiang);
    }

    private static String code(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue();
    }

    @Test
    void miyiXlsxHasOneSheetPerTableWithSplitTextCodes() throws IOException {
        try (Workbook wb = WorkbookFactory.create(folder.resolve("米易县经济信息化和科学技术局-2023.xlsx").toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(13);
            assertThat(wb.getSheetName(0)).isEqualTo("收入支出决算总表");
            Sheet t03 = byTitle(wb, "支出决算表");
            assertThat(t03.getRow(1).getCell(9).getStringCellValue()).isEqualTo("公开03表");
            assertThat(t03.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部门：米易县经济信息化和科学技术局");
            assertThat(t03.getRow(2).getCell(9).getStringCellValue()).isEqualTo("金额单位：万元");
            Row total = rowStartingWith(t03, "合计");
            assertThat(total.getRowNum()).isEqualTo(7);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(2899.95);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(757.09);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(2142.86);
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row item = itemRow(t03, "206", "01", "03");
            assertThat(item.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(item.getCell(3).getStringCellValue()).isEqualTo("机关服务");
            assertThat(item.getCell(4).getNumericCellValue()).isEqualTo(209.35);
            assertThat(item.getCell(7).getNumericCellValue()).as("zeros printed as 0.00").isZero();

            Sheet t08 = byTitle(wb, "一般公共预算财政拨款基本支出决算表");
            Row last = rowStartingWith(t08, "人员经费合计");
            assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(727.07);
            assertThat(last.getCell(3).getStringCellValue()).isEqualTo("公用经费合计");
            assertThat(last.getCell(8).getNumericCellValue()).isEqualTo(55.02);

            Sheet t10 = byTitle(wb, "政府性基金预算财政拨款收入支出决算表");
            assertThat(cellsOf(t10)).anyMatch(s -> s.startsWith("说明：") && s.endsWith("故本表为空表。"));
        }
    }

    @Test
    void educationFolderHasThirteenFilesWithJoinedCodesAndBlankZeros() throws IOException {
        Path dir = folder.resolve("米易县教育和体育局-2023");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(13)
                    .startsWith("01 收入支出决算总表.xlsx").endsWith("13 财政拨款“三公”经费支出决算表.xlsx");
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("03 支出决算表.xlsx").toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheet("Sheet1");
            Row row = rowStartingWith(sheet, "2050101");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 2));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("行政运行");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(328.70);
            assertThat(row.getCell(6).getCellType()).as("zero 项目支出 left blank").isEqualTo(CellType.BLANK);
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("02 收入决算表.xlsx").toFile())) {
            Row total = rowStartingWith(wb.getSheetAt(0), "合计");
            assertThat(total.getCell(7).getNumericCellValue()).as("事业收入").isEqualTo(244.50);
        }
    }

    @Test
    void agricultureXlsHasShuffledSheetsAndNumericCodes() throws IOException {
        try (Workbook wb = WorkbookFactory.create(folder.resolve("米易县农业农村局-2023.xls").toFile())) {
            assertThat(wb.getSpreadsheetVersion().name()).isEqualTo("EXCEL97");
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyInAnyOrder("Sheet1", "Sheet2", "Sheet3", "Sheet4", "Sheet5", "Sheet6",
                    "Sheet7", "Sheet8", "Sheet9", "Sheet10", "Sheet11", "Sheet12", "Sheet13");
            Sheet t01 = byTitle(wb, "收入支出决算总表");
            assertThat(wb.getSheetIndex(t01)).isNotZero();
            assertThat(t01.getSheetName()).isNotEqualTo("Sheet1");

            Sheet t03 = byTitle(wb, "支出决算表");
            Row item = itemRow(t03, "213", "1", "1");
            assertThat(item.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(item.getCell(3).getStringCellValue()).isEqualTo("行政运行");
            assertThat(item.getCell(4).getNumericCellValue()).isEqualTo(359.40);

            Sheet t13 = byTitle(wb, "财政拨款“三公”经费支出决算表");
            Row data = t13.getRow(7);
            assertThat(data.getCell(9).getNumericCellValue()).as("决算 公务用车购置费").isEqualTo(18.50);
            assertThat(data.getCell(6).getNumericCellValue()).as("决算 合计").isEqualTo(23.61);
        }
    }

    @Test
    void randomDepartmentsWriteInEveryStyle(@TempDir Path out) throws IOException {
        DepartmentAccounts random = SampleGenerator.randomDepartment(7);
        double total = random.row("T03", "TOTAL").orElseThrow().amount("total").doubleValue();
        SampleOptions xls = SampleOptions.defaults().withFileFormat(SampleOptions.FileFormat.XLS)
                .withCodeStyle(SampleOptions.CodeStyle.SPLIT_NUMERIC).withSheetNaming(SampleOptions.SheetNaming.LABEL)
                .withShuffledSheets(7);
        SampleWorkbookWriter.write(random, xls, out.resolve("random.xls"));
        try (Workbook wb = WorkbookFactory.create(out.resolve("random.xls").toFile())) {
            assertThat(rowStartingWith(byTitle(wb, "支出决算表"), "合计").getCell(4).getNumericCellValue()).isEqualTo(total);
        }
        SampleOptions folderOfFiles = SampleOptions.defaults().withCodeStyle(SampleOptions.CodeStyle.JOINED)
                .withPackaging(SampleOptions.Packaging.FILE_PER_TABLE).withZeroStyle(SampleOptions.ZeroStyle.BLANK);
        SampleWorkbookWriter.write(random, folderOfFiles, out.resolve("random"));
        try (Workbook wb = WorkbookFactory.create(out.resolve("random").resolve("03 支出决算表.xlsx").toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("支出决算表");
            assertThat(rowStartingWith(wb.getSheetAt(0), "合计").getCell(4).getNumericCellValue()).isEqualTo(total);
        }
    }

    private static List<String> cellsOf(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
