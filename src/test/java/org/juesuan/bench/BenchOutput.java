package org.juesuan.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What one benchmark process measured, as key=value lines in a file the orchestrator reads back. Plain
 * properties, so a run can also be read by hand.
 */
final class BenchOutput {

    private final Properties values = new Properties();

    void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    void put(String key, double value) {
        values.setProperty(key, String.format(Locale.ROOT, "%.6f", value));
    }

    String get(String key) {
        return values.getProperty(key);
    }

    double number(String key) {
        String v = values.getProperty(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(w, null);
        }
    }

    static BenchOutput read(Path file) throws IOException {
        BenchOutput out = new BenchOutput();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            out.values.load(r);
        }
        return out;
    }
}
