package org.juesuan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one submission was delivered as: a single workbook, or a folder of per-table files.
 * Its identity for re-runs is the SHA-256 over its files' names and bytes.
 */
public record SubmissionSource(Path path, List<Path> files) {

    public static SubmissionSource workbook(Path file) {
        return new SubmissionSource(file, List.of(file));
    }

    /** The submission at a path a run recorded: a folder of per-table files, or one workbook. */
    public static SubmissionSource at(Path path) {
        if (!Files.isDirectory(path)) {
            return workbook(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return new SubmissionSource(path, entries.filter(SubmissionFinder::isWorkbook)
                    .sorted(Comparator.comparing(Path::toString)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    /** When the submission was last saved: the newest last-modified time of its files. */
    public Instant lastModified() {
        Instant newest = null;
        for (Path file : files) {
            try {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = newest == null || modified.isAfter(newest) ? modified : newest;
            } catch (IOException e) {
                return null;
            }
        }
        return newest;
    }

    public String displayName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                if (files.size() > 1) {
                    digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                }
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
