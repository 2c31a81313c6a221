package org.juesuan.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.submission.ImportOptions;
import org.juesuan.support.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the import refuses a submission says where and what it expected there: a refusal about a place in a
 * sheet reads {@code file › sheet › cell: … expected …}; one about the file as a whole (not a workbook, encrypted,
 * empty, no table at all) names the file and what was expected. The refusals of the hand-made corpus (formula
 * without value, error value, text in an amount column, no 部门, no unit, contents only, T09 by project names, code
 * and name in one cell) are asserted word for word by {@link CorpusTest}; this test covers the others.
 */
class RefusalMessagesTest {

    /** file › sheet › A1：… 应为 … */
    private static final String AT_CELL = "^[^›]+ › [^›]+ › [A-Z]{1,3}[0-9]+：.*应.+";

    private static String refusal(Path file) {
        return refusal(file, ImportOptions.DEFAULTS);
    }

    private static String refusal(Path file, ImportOptions options) {
        Submission submission = Importer.analyze(file, options);
        assertThat(submission.status()).as(file.toString()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(submission.facts()).isEmpty();
        return submission.rejectReason();
    }

    @Test
    void wholeFileRefusalsNameTheFileAndWhatWasExpected(@TempDir Path dir) throws Exception {
        assertThat(refusal(Files.writeString(dir.resolve("报表.xlsx"), "收入支出决算总表\n1,2,3")))
                .startsWith("报表.xlsx：不是 Excel 工作簿——应为 .xlsx 或 .xls 文件，实为");
        assertThat(refusal(Files.write(dir.resolve("empty-2023.xls"), new byte[0])))
                .isEqualTo("empty-2023.xls：文件是空的（0 字节）——应为 .xlsx 或 .xls 工作簿");
        assertThat(refusal(Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0})))
                .startsWith("broken.xlsx：工作簿已损坏或无法读取——应为完整的 .xlsx 或 .xls 文件");
        assertThat(refusal(encrypted(dir))).isEqualTo(
                "locked.xlsx：工作簿设有打开密码——应为未加密的工作簿，请取消密码后重新报送");
    }

    @Test
    void brokenSheetXmlNamesTheLastCellRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("truncated.xlsx");
        RawXlsx.write(file, "支出", """
                <worksheet xmlns="%s"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>支出决算表</t></is></c></row>
                <row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v>""".formatted(RawXlsx.MAIN),
                "<sst xmlns=\"" + RawXlsx.MAIN + "\"/>");
        assertThat(refusal(file)).matches(AT_CELL).startsWith("truncated.xlsx › 支出 › B2：此单元格之后的工作表内容已损坏"
                + "——应为完整的工作表");
    }

    @Test
    void headerRefusalsNameTheHeaderAndTheMissingColumn(@TempDir Path dir) throws Exception {
        Path endless = dir.resolve("endless-header-2023.xlsx");
        try (Book b = Book.xlsx()) {
            Book.Page p = b.sheet("Sheet1").row(0, "支出决算表").row(1, HandmadeCorpus.DEPARTMENT, null, "金额单位：万元");
            for (int r = 2; r < 16; r++) {
                p.row(r, "项目说明第" + r + "行");
            }
            b.save(endless);
        }
        assertThat(refusal(endless)).matches(AT_CELL).isEqualTo("endless-header-2023.xlsx › Sheet1 › A1：支出决算表"
                + "——标题下 8 行内应有“栏次”行或第一行数据（合计、科目编码或数字），自第 3 行起没有找到");

        Path noTotal = dir.resolve("no-total-column-2023.xlsx");
        try (Book b = Book.xlsx()) {
            b.sheet("Sheet1").row(0, "支出决算表").row(1, HandmadeCorpus.DEPARTMENT, null, null, "金额单位：万元")
                    .row(2, "科目编码", "科目名称", "基本支出", "项目支出").row(3, "合计", null, 1, 2).merge("A4:B4");
            b.save(noTotal);
        }
        assertThat(refusal(noTotal)).matches(AT_CELL).isEqualTo("no-total-column-2023.xlsx › Sheet1 › A3：支出决算表"
                + "——从此处往下的表头中应有“本年支出合计”列；读到的表头为：A=科目编码, "
                + "B=科目名称, C=基本支出, D=项目支出");

        Path t08 = dir.resolve("t08-without-names-2023.xlsx");
        try (Book b = Book.xlsx()) {
            b.sheet("Sheet1").row(0, "一般公共预算财政拨款基本支出决算表").row(1, HandmadeCorpus.DEPARTMENT, null, "金额单位：万元")
                    .row(2, "科目编码", "决算数", "科目编码", "科目名称", "决算数").row(3, "301", 1, "302", "商品和服务支出", 2);
            b.save(t08);
        }
        assertThat(refusal(t08)).matches(AT_CELL).isEqualTo("t08-without-names-2023.xlsx › Sheet1 › A3："
                + "一般公共预算财政拨款基本支出决算表——科目编码列（A 列）之后应为“科目名称”列和“决算数”列；"
                + "读到的表头为：A=科目编码, B=决算数, C=科目编码, D=科目名称, E=决算数");
    }

    @Test
    void rejectOnErrorNamesTheFirstErrorsCell() {
        String reason = refusal(Path.of("corpus/handmade/h13-stray-figure-in-unheaded-column.xlsx"),
                new ImportOptions(null, false, true, true));
        assertThat(reason).matches(AT_CELL).isEqualTo("h13-stray-figure-in-unheaded-column.xlsx › Sheet1 › K9：数字 5 "
                + "填在没有表头的列中，未能入库——使用 --reject-on-error 时应没有错误（共 1 条错误）");
    }

    private static Path encrypted(Path dir) throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (Book b = Book.xlsx()) {
            HandmadeCorpus.t03(b.sheet("Sheet1"), 100.25, null);
            b.save(plain);
        }
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("决算");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        return locked;
    }
}
