package org.juesuan.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.juesuan.batch.HostileWorkbooks;
import org.juesuan.model.Messages;
import org.juesuan.support.Samples;
import org.juesuan.web.upload.UploadOutcome.AcceptedUpload;
import org.juesuan.web.upload.UploadOutcome.Refusal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload gate with real sample workbooks and hostile files made on the spot: what it keeps (names, bytes,
 * sha256, a Chinese-Windows .zip unpacked flat) and what it refuses, each with its reason naming the file — and for
 * every refusal, nothing left on disk. (The gate holds no database: it is given a folder, nothing else.)
 */
class UploadGateTest {

    private static final String MIYI = "米易县经济信息化和科学技术局-2023.xlsx";

    @TempDir
    Path dir;

    private Path root;
    private UploadGate gate;

    @BeforeAll
    static void chinese() {
        Messages.useLanguage("zh");
    }

    @BeforeEach
    void gate() {
        root = dir.resolve("portal");
        gate = new UploadGate(root);
    }

    private static MultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    private static MultipartFile file(String name, Path path) throws IOException {
        return file(name, Files.readAllBytes(path));
    }

    private static Path sample(String name) {
        return Samples.DIR.resolve(name);
    }

    @Test
    void oneWorkbookIsKeptInAFolderOfItsOwnWithItsNameBytesAndSha256() throws Exception {
        byte[] bytes = Files.readAllBytes(sample(MIYI));
        AcceptedUpload upload = (AcceptedUpload) gate.accept(List.of(file(MIYI, bytes)));
        assertThat(upload.folder().getParent()).isEqualTo(root.toAbsolutePath().resolve("uploads"));
        assertThat(upload.folder().getFileName().toString()).isEqualTo(upload.id()).matches("\\d{8}-\\d{6}-[0-9a-f]{12}");
        assertThat(upload.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo(MIYI);
            assertThat(f.path()).isEqualTo(upload.folder().resolve(MIYI));
            assertThat(Files.readAllBytes(f.path())).isEqualTo(bytes);
            assertThat(f.bytes()).isEqualTo(bytes.length);
            assertThat(f.sha256()).isEqualTo(sha256(bytes));
        });
        assertThat(upload.sha256()).isEqualTo(sha256(bytes));
        assertThat(stagingLeft()).isEmpty();
        AcceptedUpload again = (AcceptedUpload) gate.accept(List.of(file("C:\\Users\\会计\\桌面\\" + MIYI, bytes)));
        assertThat(again.id()).as("every upload its own folder").isNotEqualTo(upload.id());
        assertThat(again.files().get(0).name()).as("an old browser's client path is cut to the name").isEqualTo(MIYI);
    }

    @Test
    void perTableFilesLooseOrInAChineseWindowsZipAreKeptFlat() throws Exception {
        Path folder = sample("米易县教育和体育局-2023");
        List<Path> tables;
        try (Stream<Path> list = Files.list(folder)) {
            tables = list.sorted().toList();
        }
        assertThat(tables).hasSize(13);
        List<MultipartFile> loose = new ArrayList<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Path table : tables) {
            loose.add(file(table.getFileName().toString(), table));
            entries.put("米易县教育和体育局-2023/" + table.getFileName(), Files.readAllBytes(table));
        }
        AcceptedUpload looseUpload = (AcceptedUpload) gate.accept(loose);
        assertThat(looseUpload.files()).extracting(UploadOutcome.StoredFile::name)
                .containsExactlyElementsOf(tables.stream().map(p -> p.getFileName().toString()).sorted().toList());

        entries.put("__MACOSX/米易县教育和体育局-2023/._01.xlsx", new byte[] {1, 2});
        entries.put("米易县教育和体育局-2023/Thumbs.db", new byte[] {3});
        byte[] zip = zip(entries, Charset.forName("GBK")); // names in GBK, no UTF-8 flag: what Windows writes
        AcceptedUpload zipped = (AcceptedUpload) gate.accept(List.of(file("教育局决算.zip", zip)));
        assertThat(zipped.files()).extracting(UploadOutcome.StoredFile::name)
                .containsExactlyElementsOf(looseUpload.files().stream().map(UploadOutcome.StoredFile::name).toList());
        for (int i = 0; i < tables.size(); i++) {
            assertThat(zipped.files().get(i).sha256()).isEqualTo(looseUpload.files().get(i).sha256());
        }
        assertThat(zipped.sha256()).as("the same workbooks, the same upload hash").isEqualTo(looseUpload.sha256());
        try (Stream<Path> kept = Files.list(zipped.folder())) {
            assertThat(kept).hasSize(13);
        }
    }

    @Test
    void hostileUploadsAreRefusedWithTheirReasonAndNothingIsKept() throws Exception {
        Map<String, List<MultipartFile>> uploads = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        byte[] workbook = HostileWorkbooks.plainWorkbook("收入支出决算总表");

        refuse(uploads, expected, "script", List.of(file("报表.exe", new byte[] {77, 90})),
                "报表.exe：不是 .xlsx、.xls 或 .zip 文件");
        refuse(uploads, expected, "hidden name", List.of(file(".htaccess.xlsx", workbook)), ".htaccess.xlsx：文件名不可用");
        refuse(uploads, expected, "control character", List.of(file("a\u0007b.xlsx", workbook)), "文件名不可用");
        refuse(uploads, expected, "twice", List.of(file("a.xlsx", workbook), file("A.XLSX", workbook)),
                "A.XLSX：同名文件上传了两次");
        refuse(uploads, expected, "zip with others", List.of(file("a.xlsx", workbook), file("b.zip", zip(Map.of(
                "c.xlsx", workbook), StandardCharsets.UTF_8))), "b.zip：.zip 压缩包只能单独上传");
        refuse(uploads, expected, "traversal", List.of(file("t.zip", zip(Map.of("ok.xlsx", workbook,
                "../../evil.xlsx", workbook), StandardCharsets.UTF_8))),
                "t.zip：拒收——压缩包中的条目 ../../evil.xlsx 指向压缩包以外的位置");
        refuse(uploads, expected, "absolute", List.of(file("abs.zip", zip(Map.of("/etc/cron.d/evil.xlsx", workbook),
                StandardCharsets.UTF_8))), "abs.zip：拒收——压缩包中的条目 /etc/cron.d/evil.xlsx 指向压缩包以外的位置");
        refuse(uploads, expected, "windows traversal", List.of(file("w.zip", zip(Map.of("..\\..\\evil.xlsx", workbook),
                StandardCharsets.UTF_8))), "指向压缩包以外的位置");
        byte[] zeros = new byte[64 * 1024 * 1024];
        refuse(uploads, expected, "zip bomb", List.of(file("bomb.zip", zip(Map.of("huge.xlsx", zeros),
                StandardCharsets.UTF_8))), "bomb.zip：拒收，疑似压缩炸弹——解压后超过 10 MB");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= UploadGate.MAX_ZIP_ENTRIES; i++) {
            many.put("dir" + i + "/", new byte[0]);
        }
        refuse(uploads, expected, "entries", List.of(file("many.zip", zip(many, StandardCharsets.UTF_8))),
                "many.zip：拒收——压缩包中的条目超过 200 个");
        refuse(uploads, expected, "nested", List.of(file("outer.zip", zip(Map.of("inner.zip",
                zip(Map.of("a.xlsx", workbook), StandardCharsets.UTF_8)), StandardCharsets.UTF_8))),
                "outer.zip：压缩包中的 inner.zip 又是压缩包");
        refuse(uploads, expected, "not a workbook", List.of(file("docs.zip", zip(Map.of("a.xlsx", workbook,
                "说明.pdf", new byte[] {37, 80}), StandardCharsets.UTF_8))), "docs.zip：压缩包中的 说明.pdf 不是 .xlsx 或 .xls 工作簿");
        refuse(uploads, expected, "empty zip", List.of(file("empty.zip", zip(Map.of("readme/", new byte[0]),
                StandardCharsets.UTF_8))), "empty.zip：压缩包中没有 .xlsx 或 .xls 工作簿");
        refuse(uploads, expected, "broken zip", List.of(file("broken.zip", new byte[] {80, 75, 3, 4, 1, 2, 3})),
                "broken.zip：压缩包已损坏或无法读取");

        // the import's own preflight, on a loose workbook and on one inside a .zip
        Path bomb = dir.resolve("bomb.xlsx");
        HostileWorkbooks.zipBomb(bomb);
        refuse(uploads, expected, "bomb-like part", List.of(file("炸弹.xlsx", bomb)),
                "炸弹.xlsx：拒收，疑似压缩炸弹——其中 xl/worksheets/sheet1.xml 解压后膨胀");
        Path xxe = dir.resolve("xxe.xlsx");
        HostileWorkbooks.entityExpansion(xxe);
        refuse(uploads, expected, "XXE", List.of(file("实体.xlsx", xxe)),
                "实体.xlsx：拒收——其中 XML 部分 xl/sharedStrings.xml 声明了 DTD");
        refuse(uploads, expected, "XXE in a zip", List.of(file("x.zip", zip(Map.of("决算/实体.xlsx", Files.readAllBytes(xxe)),
                StandardCharsets.UTF_8))), "实体.xlsx：拒收——其中 XML 部分 xl/sharedStrings.xml 声明了 DTD");
        Path encrypted = dir.resolve("encrypted.xlsx");
        HostileWorkbooks.encrypted(encrypted);
        refuse(uploads, expected, "encrypted", List.of(file("加密.xlsx", encrypted)), "加密.xlsx：");
        Path sheets = dir.resolve("sheets.xlsx");
        HostileWorkbooks.manySheets(sheets, 10_000);
        refuse(uploads, expected, "10,000 sheets", List.of(file("万表.xlsx", sheets)),
                "万表.xlsx：拒收——有 10000 张工作表，决算报表应不超过 200 张");
        Path corrupt = dir.resolve("corrupt.xlsx");
        HostileWorkbooks.corruptZip(corrupt);
        refuse(uploads, expected, "cut in half", List.of(file("半个.xlsx", corrupt)), "半个.xlsx：工作簿已损坏或无法读取");
        refuse(uploads, expected, "nothing", List.of(), "请选择要上传的文件");

        for (Map.Entry<String, List<MultipartFile>> upload : uploads.entrySet()) {
            UploadOutcome outcome = gate.accept(upload.getValue());
            assertThat(outcome).as(upload.getKey()).isInstanceOf(Refusal.class);
            String message = ((Refusal) outcome).message();
            for (String part : expected.get(upload.getKey())) {
                assertThat(message).as(upload.getKey()).contains(part);
            }
            assertThat(uploadsKept()).as("nothing kept after: " + upload.getKey()).isEmpty();
            assertThat(stagingLeft()).as("no staging left after: " + upload.getKey()).isEmpty();
        }
        assertThat(Messages.text("refusal.encrypted", "加密.xlsx")).as("the preflight's own sentence")
                .isEqualTo(((Refusal) gate.accept(uploads.get("encrypted"))).message());
    }

    private static void refuse(Map<String, List<MultipartFile>> uploads, Map<String, List<String>> expected, String what,
                               List<MultipartFile> files, String... reason) {
        uploads.put(what, files);
        expected.put(what, List.of(reason));
    }

    private List<Path> uploadsKept() throws IOException {
        return list(root.resolve("uploads"));
    }

    private List<Path> stagingLeft() throws IOException {
        return list(root.resolve(".staging"));
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.toList();
        }
    }

    static byte[] zip(Map<String, byte[]> entries, Charset names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
