package org.juesuan.web.season;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploaded bytes are kept: {@code juesuan.portal.files} (default {@code data/portal/}), one folder per upload
 * named by a random key the server chose. Inside, {@code files/} holds the workbooks under their own last name
 * component, reduced to safe characters (the import and its findings name files, and per-table files are recognised
 * by their table title); {@code out/} holds what the portal derives (the audit as JSON, annotated copies).
 */
@Component
public class PortalFiles {

    private final Path root;

    public PortalFiles(@Value("${juesuan.portal.files:data/portal}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** An upload's folder on disk. */
    public record Stored(String key, Path files, Path out, String sha256, List<String> names) {
    }

    public Stored store(List<IncomingFile> incoming) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path folder = folder(key);
        Path files = Files.createDirectories(folder.resolve("files"));
        Files.createDirectories(folder.resolve("out"));
        Set<String> used = new HashSet<>();
        MessageDigest digest = sha256();
        for (IncomingFile file : incoming.stream().sorted(Comparator.comparing(IncomingFile::originalName)).toList()) {
            String name = unique(safeName(file.originalName(), used.size() + 1), used);
            Files.write(files.resolve(name), file.bytes());
            digest.update(file.bytes());
        }
        return new Stored(key, files, folder.resolve("out"), HexFormat.of().formatHex(digest.digest()),
                used.stream().sorted().toList());
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
        if (key.matches("[0-9a-f]{32}")) {
            Path folder = folder(key);
            return new Stored(key, folder.resolve("files"), folder.resolve("out"), sha256, names);
        }
        if (!key.matches("[0-9A-Za-z][0-9A-Za-z-]{0,79}")) {
            throw new IllegalArgumentException("not an upload key");
        }
        return new Stored(key, root.resolve("uploads").resolve(key), root.resolve("derived").resolve(key), sha256, names);
    }

    /** Removes an upload that was refused: nothing is kept of it. */
    public void discard(String key) {
        Stored stored = open(key, null, List.of());
        deleteTree(stored.out());
        deleteTree(key.matches("[0-9a-f]{32}") ? folder(key) : stored.files());
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

    private Path folder(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not an upload key");
        }
        return root.resolve(key);
    }

    /**
     * The last component of the name the browser sent, keeping letters (Chinese too), digits and a few marks;
     * anything else becomes '_'. Only .xlsx and .xls names survive; others get a neutral name.
     */
    static String safeName(String original, int n) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}\\-_.（）() ]", "_").strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || !(lower.endsWith(".xlsx") || lower.endsWith(".xls")) || name.length() > 150) {
            return "file-" + n + (lower.endsWith(".xls") ? ".xls" : ".xlsx");
        }
        return name;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            int dot = name.lastIndexOf('.');
            candidate = name.substring(0, dot) + "-" + i + name.substring(dot);
        }
        return candidate;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
