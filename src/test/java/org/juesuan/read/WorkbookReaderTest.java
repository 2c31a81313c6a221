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
                .hasMessageStartingWith("报表.xlsx: not an Excel workbook");
        assertThatThrownBy(() -> reader.read(empty))
                .hasMessage("empty.xls: the file is empty (0 bytes) — expected an .xlsx or .xls workbook");
        assertThatThrownBy(() -> reader.read(brokenZip)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("broken.xlsx: the workbook is corrupt or unreadable");
    }

    @Test
    void amountParserAcceptsPrintedFormsAndRefusesText() {
        assertThat(AmountParser.parse(new GridCell("4,733.14", false))).isEqualByComparingTo("4733.14");
        assertThat(AmountParser.parse(new GridCell("１２３．５０", false))).isEqualByComparingTo("123.50");
        assertThat(AmountParser.parse(new GridCell("—", false))).isZero();
        assertThat(AmountParser.parse(new GridCell("－", false))).isZero();
        assertThat(AmountParser.parse(null)).isZero();
        assertThatThrownBy(() -> AmountParser.parse(new GridCell("见说明", false)))
                .hasMessage("expected an amount, found '见说明'");
    }

    @Test
    void doublesAreCutToExcelsFifteenDigits() {
        assertThat(Numbers.plain("0.30000000000000004")).isEqualTo("0.3");
        assertThat(Numbers.plain(2899.95)).isEqualTo("2899.95");
        assertThat(Numbers.plain("1.52E-2")).isEqualTo("0.0152");
    }
}
