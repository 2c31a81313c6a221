package org.juesuan.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Takes the merged regions out of a sheet's XML. The file stores {@code <mergeCells>} after
 * {@code </sheetData>}, but header reading needs them before the first row, so the part is looked
 * at twice: this scan skips the rows as bytes (no XML parsing, nothing kept) and parses only the
 * short tail after them.
 */
final class SheetXmlMerges {

    private static final byte[] CLOSE = "sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern MERGE = Pattern.compile(
            "<(?:[\\w.-]+:)?mergeCell\\b[^>]*?\\bref\\s*=\\s*[\"']([A-Za-z]+\\d+(?::[A-Za-z]+\\d+)?)[\"']");

    private SheetXmlMerges() {
    }

    static MergedRegions of(byte[] xml) {
        int tail = 0;
        for (int at = lastIndexOf(xml, xml.length); at >= 0; at = lastIndexOf(xml, at)) {
            if (isCloseTag(xml, at)) {
                tail = at + CLOSE.length;
                break;
            }
        }
        return parse(new String(xml, tail, xml.length - tail, StandardCharsets.UTF_8));
    }

    static MergedRegions of(InputStream in) throws IOException {
        // Bytes are searched in chunks with a short overlap, so a tag cut by a chunk border is still found.
        byte[] buffer = new byte[1 << 16];
        int keep = 64;
        int filled = 0;
        ByteArrayOutputStream tail = null;
        for (int n = in.read(buffer, filled, buffer.length - filled); n >= 0;
             n = in.read(buffer, filled, buffer.length - filled)) {
            if (tail != null) {
                tail.write(buffer, filled, n);
                continue;
            }
            filled += n;
            int found = -1;
            for (int at = lastIndexOf(buffer, filled); at >= 0; at = lastIndexOf(buffer, at)) {
                if (isCloseTag(buffer, at)) {
                    found = at;
                    break;
                }
            }
            if (found >= 0) {
                tail = new ByteArrayOutputStream();
                tail.write(buffer, found + CLOSE.length, filled - found - CLOSE.length);
                filled = 0;
            } else if (filled > keep) {
                System.arraycopy(buffer, filled - keep, buffer, 0, keep);
                filled = keep;
            }
        }
        return tail == null ? MergedRegions.NONE : parse(tail.toString(StandardCharsets.UTF_8));
    }

    private static MergedRegions parse(String tail) {
        MergedRegions.Builder merges = new MergedRegions.Builder();
        Matcher m = MERGE.matcher(tail);
        while (m.find()) {
            CellRangeAddress range = CellRangeAddress.valueOf(m.group(1));
            merges.add(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
        }
        return merges.build();
    }

    /** Last start of "sheetData>" before {@code end}, or -1. */
    private static int lastIndexOf(byte[] bytes, int end) {
        outer:
        for (int i = end - CLOSE.length; i >= 0; i--) {
            for (int j = 0; j < CLOSE.length; j++) {
                if (bytes[i + j] != CLOSE[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether "sheetData>" at {@code at} ends {@code </sheetData>} or {@code </x:sheetData>}, not the opening tag. */
    private static boolean isCloseTag(byte[] bytes, int at) {
        int i = at - 1;
        if (i >= 0 && bytes[i] == ':') {
            i--;
            while (i >= 0 && (Character.isLetterOrDigit(bytes[i]) || bytes[i] == '_' || bytes[i] == '-' || bytes[i] == '.')) {
                i--;
            }
        }
        return i >= 1 && bytes[i] == '/' && bytes[i - 1] == '<';
    }
}
