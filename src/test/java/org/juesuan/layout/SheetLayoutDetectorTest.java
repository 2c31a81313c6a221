package org.juesuan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.juesuan.model.TableCode;
import org.juesuan.read.SheetRows;
import org.juesuan.read.WorkbookReader;
import org.juesuan.read.WorkbookRows;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;

class SheetLayoutDetectorTest {

    private final SheetLayoutDetector detector = new SheetLayoutDetector(new TableLayouts());

    @Test
    void titlesAreFoundWithPrefixesQuotesAndLongestMatchFirst() {
        assertThat(detector.titleOf("米易县经济信息化和科学技术局2023年度收入支出决算总表")).map(TableLayout::code)
                .contains(TableCode.T01);
        assertThat(detector.titleOf("财政拨款收入支出决算总表")).map(TableLayout::code).contains(TableCode.T04);
        assertThat(detector.titleOf("一般公共预算财政拨款支出决算明细表")).map(TableLayout::code).contains(TableCode.T07);
        assertThat(detector.titleOf("一般公共预算财政拨款支出决算表")).map(TableLayout::code).contains(TableCode.T06);
        assertThat(detector.titleOf("财政拨款\"三公\"经费支出决算表")).map(TableLayout::code).contains(TableCode.T13);
        assertThat(detector.titleOf("财政拨款‘三公’经费支出决算表")).map(TableLayout::code).contains(TableCode.T13);
        assertThat(detector.titleOf("收入决算表（公开02表）")).map(TableLayout::code).contains(TableCode.T02);
        assertThat(detector.titleOf("附表3 支出决算表")).map(TableLayout::code).contains(TableCode.T03);
        // A table of contents line, a note, or a sentence is not a title.
        assertThat(detector.titleOf("一、收入支出决算总表")).isEmpty();
        assertThat(detector.titleOf("注：本表反映部门本年度一般公共预算财政拨款支出决算表的情况")).isEmpty();
        assertThat(detector.titleOf("2023年度收入支出决算总表情况说明")).isEmpty();
        assertThat(detector.titleOf("根据规定，本部门公开收入支出决算总表")).isEmpty();
    }

    @Test
    void everyMiyiSheetIsDetectedWithDepartmentUnitAndBoundColumns() throws Exception {
        Map<TableCode, DetectedTable> found = new EnumMap<>(TableCode.class);
        TableScanner scanner = new TableScanner(detector);
        try (WorkbookRows workbook = new WorkbookReader().open(Samples.MIYI_XLSX)) {
            for (SheetRows sheet = workbook.nextSheet(); sheet != null; sheet = workbook.nextSheet()) {
                scanner.scan(sheet, table -> {
                    found.put(table.layout().code(), table);
                    return null;
                });
            }
        }
        assertThat(found).hasSize(13);
        for (DetectedTable table : found.values()) {
            assertThat(table.departmentName()).isEqualTo(Samples.MIYI);
            assertThat(table.unit()).isEqualTo(Unit.WAN_YUAN);
            assertThat(table.year()).isNull(); // the Miyi sample prints no year; the file name gives it
        }
        DetectedTable t03 = found.get(TableCode.T03);
        assertThat(t03.blocks().get(0).codeColumns()).hasSize(3); // split 类|款|项
        assertThat(t03.blocks().get(0).amountColumns()).containsOnlyKeys(
                "total", "basic", "project", "upper_remit", "operating", "affiliate_grant");
        assertThat(t03.bodyFirstRow()).isEqualTo(7);
        assertThat(found.get(TableCode.T01).blocks()).hasSize(2);
        assertThat(found.get(TableCode.T08).blocks()).hasSize(3);
        assertThat(found.get(TableCode.T13).blocks().get(0).amountColumns()).hasSize(12);
        assertThat(found.get(TableCode.T07).blocks().get(0).amountColumns()).containsKeys("project.302", "project.310");
    }
}
