package org.juesuan.web.season;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.juesuan.model.Messages;

/**
 * A .zip among the uploaded files is replaced by the workbooks inside it (sub-folders flattened; other entries
 * ignored), counting every byte unpacked against a ceiling so an archive cannot blow up on the server. Each workbook
 * then meets the import's own preflight (zip bomb, DTD, encryption, sheet count) in the audit.
 */
public final class ZipUpload {

    /** Why an upload was refused before anything was stored. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    private static final int MAX_ENTRIES = 200;

    private ZipUpload() {
    }

    public static List<IncomingFile> unpack(List<IncomingFile> files) throws Refused {
        List<IncomingFile> out = new ArrayList<>();
        for (IncomingFile file : files) {
            String name = file.originalName() == null ? "" : file.originalName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".zip")) {
                List<IncomingFile> inside = entries(file.bytes());
                if (inside.isEmpty()) {
                    throw new Refused(Messages.text("season.upload.zip-empty"));
                }
                out.addAll(inside);
            } else {
                out.add(file);
            }
        }
        return out;
    }

    private static List<IncomingFile> entries(byte[] zip) throws Refused {
        List<IncomingFile> workbooks = new ArrayList<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw new Refused(Messages.text("season.upload.zip-too-large", MAX_UNPACKED / 1024 / 1024));
                }
                String name = e.getName().replace('\\', '/');
                String last = name.substring(name.lastIndexOf('/') + 1);
                String lower = last.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || last.startsWith(".") || last.startsWith("~$") || name.startsWith("__MACOSX/")
                        || !(lower.endsWith(".xlsx") || lower.endsWith(".xls"))) {
                    continue;
                }
                byte[] bytes = readCapped(in, MAX_UNPACKED - total);
                total += bytes.length;
                workbooks.add(new IncomingFile(last, bytes));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(Messages.text("season.upload.zip-unreadable", e.getMessage()));
        }
        return workbooks;
    }

    private static byte[] readCapped(InputStream in, long left) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > left) {
                throw new Refused(Messages.text("season.upload.zip-too-large", MAX_UNPACKED / 1024 / 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
