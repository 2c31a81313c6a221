package org.juesuan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shipped classification catalogs ({@code reference/*.csv}): from the classpath (the build copies
 * {@code reference/} there), else from the working directory, so the generator also runs from a bare checkout.
 * The files hold no quoted fields, so a plain split is enough.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** The data lines (header dropped), each split into its fields. */
    static List<String[]> read(String fileName) {
        String text;
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + fileName)) {
            if (in != null) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                text = Files.readString(Path.of("reference", fileName), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/" + fileName, e);
        }
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split(",", -1));
            }
        }
        return rows;
    }
}
