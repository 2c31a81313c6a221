package org.juesuan.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Moves a processed submission (a workbook, or a folder of per-table files) out of the inbox.
 * Safe to repeat after a crash: a submission already moved is found at its destination.
 */
public final class InboxArchiver {

    private InboxArchiver() {
    }

    /**
     * @param reason for a refused submission, written to {@code <name>.txt} beside it; null otherwise
     * @return where the submission now is, or null when it is neither in the inbox nor at the destination
     */
    public static Path move(Path source, String relativePath, Path targetRoot, String runFolder, String reason) {
        Path destination = targetRoot.resolve(runFolder).resolve(relativePath).normalize();
        try {
            if (reason != null) {
                Path note = destination.resolveSibling(destination.getFileName() + ".txt");
                Files.createDirectories(note.getParent());
                Files.writeString(note, reason + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            }
            if (!Files.exists(source)) {
                return Files.exists(destination) ? destination : null;
            }
            Files.createDirectories(destination.getParent());
            try {
                Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                moveAcrossFileSystems(source, destination);
            }
            return destination;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + source + " to " + destination, e);
        }
    }

    /** Copy first, then remove the source: a crash in between leaves two copies, never none. */
    private static void moveAcrossFileSystems(Path source, Path destination) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.delete(source);
            return;
        }
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(destination.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, destination.resolve(source.relativize(file).toString()),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
