package org.juesuan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

    private final WorkbookReader reader = new WorkbookReader();

    private static SheetGrid sheetWithTitle(List<SheetGrid> sheets, String title) {
        return sheets.stream().filter(s -> s.text(0, 0).contains(title)).findFirst().orElseThrow();
    }

    @Test
    void streamsXlsxCellsAsExactDecimalsWithMerges() throws Exception {
        List<SheetGrid> sheets = reader.read(Samples.MIYI_XLSX);
        assertThat(sheets).hasSize(13);
        SheetGrid t13 = sheetWithTitle(sheets, "三公");
        assertThat(t13.text(2, 0)).isEqualTo("部门：米易县经济信息化和科学技术局");
        assertThat(t13.cell(7, 11)).isEqualTo(new GridCell("1.52", true));
        assertThat(t13.mergedText(3, 5)).isEqualTo("预算数"); // A4:F4 merged
        assertThat(t13.mergeEnd(3, 0)).isEqualTo(5);
    }

    @Test
    void readsXlsByContentEvenUnderAnXlsxName(@TempDir Path dir) throws Exception {
        Path renamed = Files.copy(Samples.AGRICULTURE_XLS, dir.resolve("really-biff.xlsx"));
        List<SheetGrid> asXls = reader.read(Samples.AGRICULTURE_XLS);
        List<SheetGrid> asRenamed = reader.read(renamed);
        assertThat(asXls).hasSize(13);
        assertThat(asRenamed.get(0).text(0, 0)).isEqualTo(asXls.get(0).text(0, 0)).isNotEmpty();
    }

    @Test
    void refusesWhatIsNotAWorkbookNamingTheFile(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("报表.xlsx"), "收入支出决算总表\n1,2,3");
        Path empty = Files.write(dir.resolve("empty.xls"), new byte[0]);
        Path brokenZip = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("报表.xlsx：不是 Excel 工作簿");
        assertThatThrownBy(() -> reader.read(empty))
                .hasMessage("empty.xls：文件是空的（0 字节）——应为 .xlsx 或 .xls 工作簿");
        assertThatThrownBy(() -> reader.read(brokenZip)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("broken.xlsx：工作簿已损坏或无法读取");
    }

    @Test
    void amountParserAcceptsPrintedFormsAndRefusesText() {
        assertThat(AmountParser.parse(new GridCell("4,733.14", false))).isEqualByComparingTo("4733.14");
        assertThat(AmountParser.parse(new GridCell("１２３．５０", false))).isEqualByComparingTo("123.50");
        assertThat(AmountParser.parse(new GridCell("—", false))).isZero();
        assertThat(AmountParser.parse(new GridCell("－", false))).isZero();
        assertThat(AmountParser.parse(null)).isZero();
        assertThatThrownBy(() -> AmountParser.parse(new GridCell("见说明", false)))
                .hasMessage("应为金额，实为「见说明」");
    }

    @Test
    void doublesAreCutToExcelsFifteenDigits() {
        assertThat(Numbers.plain("0.30000000000000004")).isEqualTo("0.3");
        assertThat(Numbers.plain(2899.95)).isEqualTo("2899.95");
        assertThat(Numbers.plain("1.52E-2")).isEqualTo("0.0152");
    }

    @Test
    void streamingTwiceReadsExactlyWhatOneBufferedPassReads() throws Exception {
        // bufferLimit 0: every sheet is inflated twice (merges, then rows), the path of sheets over 8 MiB
        WorkbookReader twoPass = new WorkbookReader(0);
        for (Path file : List.of(Samples.MIYI_XLSX, Path.of("corpus/handmade/h01-raw-xml-namespaced-inline-strings.xlsx"),
                Path.of("corpus/generated/33-formatted-to-column-256-odd-names-2023.xlsx"))) {
            assertThat(dump(twoPass.read(file))).as(file.toString()).isEqualTo(dump(reader.read(file))).isNotEmpty();
        }
    }

    @Test
    void mergesAreKnownBeforeTheFirstRowAndRowsComeInOrder() throws Exception {
        try (WorkbookRows workbook = new WorkbookReader(0).open(Samples.MIYI_XLSX)) {
            SheetRows sheet = workbook.nextSheet();
            assertThat(sheet.merges().covering(0, 3)).isNotNull(); // title merged over A1:F1 …
            assertThat(sheet.merges().covering(0, 3).firstColumn()).isZero();
            int last = -1;
            int rows = 0;
            for (SheetRow row = sheet.nextRow(); row != null; row = sheet.nextRow()) {
                assertThat(row.index()).isGreaterThan(last);
                assertThat(row.isEmpty()).isFalse();
                last = row.index();
                rows++;
            }
            assertThat(rows).isGreaterThan(30);
        }
    }

    @Test
    void rawXmlOfOtherProducersIsReadCellByCell() throws Exception {
        List<SheetGrid> sheets = reader.read(Path.of("corpus/handmade/h01-raw-xml-namespaced-inline-strings.xlsx"));
        SheetGrid sheet = sheets.get(0);
        assertThat(sheet.text(0, 0)).as("inline string without its phonetic run").isEqualTo("一般公共预算财政拨款支出决算表");
        assertThat(sheet.text(2, 0)).as("rich-text shared string").isEqualTo("部门：测试局");
        assertThat(sheet.row(5)).as("cells without r attributes").containsOnlyKeys(0, 1, 2);
        assertThat(sheet.cell(6, 4)).as("formula cached value").isEqualTo(new GridCell("80.5", true));
        assertThat(sheet.cell(9, 5)).as("binary noise cut to 15 digits").isEqualTo(new GridCell("60.5", true));
        assertThat(sheet.sheetRow(10).hidden()).isTrue();
        assertThat(sheet.mergedText(4, 2)).isEqualTo("科目编码"); // x:mergeCell A5:C5
        SheetGrid noValue = reader.read(Path.of("corpus/handmade/h02-formula-without-cached-value.xlsx")).get(0);
        assertThat(noValue.cell(6, 4)).as("a formula never computed stays visible").isEqualTo(new GridCell("=SUM(E8:E9)", false));
    }

    @Test
    void mergesAfterALongSheetAreFoundAcrossChunkBorders() throws Exception {
        StringBuilder xml = new StringBuilder("<x:worksheet xmlns:x=\"m\"><x:sheetData>");
        for (int i = 1; i <= 20_000; i++) {
            xml.append("<x:row r=\"").append(i).append("\"><x:c r=\"A").append(i).append("\"><x:v>1</x:v></x:c></x:row>");
        }
        xml.append("</x:sheetData><x:mergeCells><x:mergeCell ref=\"B2:D3\"/><x:mergeCell ref=\"A1:J1\"/></x:mergeCells></x:worksheet>");
        byte[] bytes = xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MergedRegions buffered = SheetXmlMerges.of(bytes);
        MergedRegions streamed = SheetXmlMerges.of(new java.io.ByteArrayInputStream(bytes));
        assertThat(buffered.all()).isEqualTo(streamed.all()).containsExactly(
                new MergedRegions.Merge(0, 0, 0, 9), new MergedRegions.Merge(1, 2, 1, 3));
        assertThat(streamed.covering(2, 3)).isEqualTo(new MergedRegions.Merge(1, 2, 1, 3));
        assertThat(streamed.covering(3, 3)).isNull();
    }

    private static List<String> dump(List<SheetGrid> sheets) {
        List<String> lines = new java.util.ArrayList<>();
        for (SheetGrid grid : sheets) {
            lines.add(grid.sheetName() + " " + grid.merges());
            for (int r = 0; r <= grid.lastRow(); r++) {
                if (grid.sheetRow(r) != null) {
                    lines.add(r + " " + grid.sheetRow(r));
                }
            }
        }
        return lines;
    }
}
