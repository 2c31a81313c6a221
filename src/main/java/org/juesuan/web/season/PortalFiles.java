package org.juesuan.web.season;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.juesuan.web.upload.UploadGate;
import org.springframework.stereotype.Component;

/**
 * Where an upload lives once {@code UploadGate} let it in: {@code juesuan.portal.files} (default {@code data/portal/})
 * › {@code uploads/<key>/} the workbooks under their own (checked) names — the import and its findings name files,
 * and per-table files are recognised by their title — and {@code derived/<key>/} what the portal derives from them
 * (the audit as JSON, annotated copies), beside, never among the workbooks.
 */
@Component
public class PortalFiles {

    private final UploadGate gate;

    public PortalFiles(UploadGate gate) {
        this.gate = gate;
    }

    /** An upload's folder on disk. */
    public record Stored(String key, Path files, Path out, String sha256, List<String> names) {
    }

    /**
     * An upload the {@code UploadGate} kept in {@code uploads/<key>/}: what the portal derives from it goes to
     * {@code derived/<key>/}, beside, never among the workbooks.
     */
    public Stored gated(String key, String sha256, List<String> names) throws IOException {
        Stored stored = open(key, sha256, names);
        Files.createDirectories(stored.out());
        return stored;
    }

    /** The stored upload of this key (a key only ever comes from the database). */
    public Stored open(String key, String sha256, List<String> names) {
        if (!key.matches("[0-9A-Za-z][0-9A-Za-z-]{0,79}")) {
            throw new IllegalArgumentException("not an upload key");
        }
        return new Stored(key, gate.folder(key), gate.root().resolve("derived").resolve(key), sha256, names);
    }

    /** Removes an upload that was refused: nothing is kept of it. */
    public void discard(String key) {
        Stored stored = open(key, null, List.of());
        deleteTree(stored.out());
        deleteTree(stored.files());
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
