package org.juesuan.submission;

import org.juesuan.model.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at a workbook's container before anything parses it, and refuses what no 决算 workbook
 * is: a broken or bomb-like zip, thousands of worksheets, an XML part that declares a DTD (the
 * door to entity expansion), an encrypted package. Cheap (the zip directory and the first bytes
 * of each XML part), so a hostile file costs the night nothing; the reader keeps its own limits
 * (POI's inflate-ratio check, DTDs off) behind this.
 */
public final class WorkbookPreflight {

    /** A 决算 workbook holds thirteen tables, perhaps a cover and notes. */
    public static final int MAX_WORKSHEETS = 200;
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;
    /** POI's own limit is 100× (MIN_INFLATE_RATIO 0.01); the same here, checked from the directory. */
    public static final long MAX_INFLATE_RATIO = 100;
    private static final int PROLOG_BYTES = 4096;

    private WorkbookPreflight() {
    }

    /** @return why the file must be refused, or null when it may be read */
    public static String refusal(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return Messages.text("refusal.too-large", name, size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024));
            }
            if (size == 0) {
                return null; // the reader names it: "the file is empty"
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> zipRefusal(file, name);
                case OLE2 -> encryptedPackage(file) ? Messages.text("refusal.encrypted", name) : null;
                default -> null; // the reader names what it is not
            };
        } catch (IOException e) {
            return Messages.text("refusal.cannot-open", name, e.getMessage());
        }
    }

    private static String zipRefusal(Path file, String name) throws IOException {
        long unpacked = 0;
        int worksheets = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName();
                if (part.startsWith("xl/worksheets/") && part.endsWith(".xml") && !part.contains("/_rels/")) {
                    worksheets++;
                }
                long inflated = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (inflated > 0) {
                    unpacked += inflated;
                    if (inflated > 1024 * 1024 && compressed > 0 && inflated / compressed > MAX_INFLATE_RATIO) {
                        return Messages.text("refusal.zip-bomb.part", name, part, inflated / compressed,
                                inflated / (1024 * 1024), compressed / 1024, MAX_INFLATE_RATIO);
                    }
                }
                if (unpacked > MAX_UNPACKED_BYTES) {
                    return Messages.text("refusal.zip-bomb.total", name, MAX_UNPACKED_BYTES / (1024 * 1024));
                }
                String lower = part.toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".xml") || lower.endsWith(".rels")) && declaresDtd(zip, entry)) {
                    return Messages.text("refusal.dtd", name, part);
                }
            }
        } catch (ZipException e) {
            return Messages.text("refusal.corrupt", name, e.getMessage());
        }
        if (worksheets > MAX_WORKSHEETS) {
            return Messages.text("refusal.too-many-sheets", name, worksheets, MAX_WORKSHEETS);
        }
        return null;
    }

    /** Whether the part's prolog (what precedes the root element) holds a DOCTYPE. */
    private static boolean declaresDtd(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(PROLOG_BYTES);
            String prolog = new String(head, StandardCharsets.UTF_8);
            int i = 0;
            while ((i = prolog.indexOf('<', i)) >= 0 && i + 1 < prolog.length()) {
                char next = prolog.charAt(i + 1);
                if (prolog.startsWith("<!DOCTYPE", i)) {
                    return true;
                }
                if (next != '?' && next != '!') {
                    return false; // the root element: no DTD may follow
                }
                i++;
            }
            return false;
        } catch (ZipException e) {
            throw e;
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding EncryptionInfo and EncryptedPackage. */
    private static boolean encryptedPackage(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false; // not for us to judge: the reader reports a broken .xls
        }
    }
}
