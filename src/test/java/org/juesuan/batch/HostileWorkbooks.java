package org.juesuan.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The bad inputs a night must survive, made on the spot (nothing hostile is committed). */
public final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** A real .xlsx holding one sheet whose A1 is {@code text} (a shared string). */
    public static byte[] plainWorkbook(String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A valid workbook cut in half: the zip's central directory is gone. */
    public static void corruptZip(Path file) throws IOException {
        byte[] whole = plainWorkbook("收入支出决算总表");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    public static void encrypted(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("收入支出决算总表");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("决算2023");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** 64 MB of one repeated byte behind 64 KB: the sheet part inflates about 1000×. */
    public static void zipBomb(Path file) throws IOException {
        Map<String, byte[]> parts = parts(plainWorkbook("x"));
        byte[] blank = new byte[64 * 1024 * 1024];
        java.util.Arrays.fill(blank, (byte) ' ');
        byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream(blank.length + 200);
        sheet.write(head);
        sheet.write(blank);
        sheet.write(tail);
        parts.put("xl/worksheets/sheet1.xml", sheet.toByteArray());
        write(file, parts);
    }

    /** A workbook whose package lists {@code sheets} worksheets. */
    public static void manySheets(Path file, int sheets) throws IOException {
        Map<String, byte[]> parts = parts(plainWorkbook("x"));
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", sheet);
            workbook.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
        write(file, parts);
    }

    /** A real workbook whose one cell holds {@code length} characters (Excel stops at 32,767). */
    public static void longCell(Path file, int length) throws IOException {
        Map<String, byte[]> parts = parts(plainWorkbook("PLACEHOLDER"));
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(length); // varied text: it must not look like a bomb
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x51A0)));
        }
        parts.put("xl/sharedStrings.xml", strings.replace("PLACEHOLDER", text).getBytes(StandardCharsets.UTF_8));
        write(file, parts);
    }

    /** "Billion laughs": the shared strings declare nested entities that expand to gigabytes. */
    public static void entityExpansion(Path file) throws IOException {
        Map<String, byte[]> parts = parts(plainWorkbook("PLACEHOLDER"));
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sst [\n"
                + "<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*\\?>", "").replace("PLACEHOLDER", "&lol9;");
        parts.put("xl/sharedStrings.xml", (dtd + strings).getBytes(StandardCharsets.UTF_8));
        write(file, parts);
    }

    private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static void write(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }
}
