package org.juesuan.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.juesuan.load.LedgerItem;
import org.juesuan.model.Messages;
import org.juesuan.ops.ProcessIdentity;
import org.juesuan.submission.SubmissionSource;
import org.springframework.stereotype.Component;

/**
 * Where this process reads a ledger row's submission from: the path the run recorded (local mode, or a worker
 * that shares the manager's folders) or, on a worker, the copy of its bytes that came in the partition's message.
 * A worker that neither got the bytes nor sees the path fails the partition saying exactly that, rather than
 * settling the submission as a file gone.
 */
@Component
public class SubmissionFiles {

    /** A worker cannot read a submission: its bytes were not sent and the manager's path is not shared. */
    public static class NotSharedException extends IllegalStateException {
        NotSharedException(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return getMessage(); // what the manager prints: the reason, not a class name
        }
    }

    private final Map<Long, SubmissionSource> copies = new ConcurrentHashMap<>();
    private final Map<Long, PartitionRequest.Item> unsent = new ConcurrentHashMap<>();

    /** The submission as this process can read it; empty when its file is gone (MISSING). */
    public Optional<SubmissionSource> find(LedgerItem item) {
        SubmissionSource copy = copies.get(item.id());
        if (copy != null) {
            return Optional.of(copy);
        }
        Path path = Path.of(item.sourcePath());
        if (Files.exists(path)) {
            return Optional.of(SubmissionSource.at(path));
        }
        PartitionRequest.Item tooLarge = unsent.get(item.id());
        if (tooLarge != null) {
            throw new NotSharedException(Messages.text("remote.not-shared", ProcessIdentity.name(), item.sourcePath(),
                    String.format("%.1f", tooLarge.size() / 1048576.0)));
        }
        return Optional.empty();
    }

    /**
     * Readies the message's submissions for this worker: shipped bytes written under {@code dir} with their own
     * names and times; the others remembered, so that one the worker cannot see fails with the reason.
     */
    void receive(PartitionRequest request, Path dir) {
        for (PartitionRequest.Item item : request.items()) {
            switch (item.shipping()) {
                case SHIPPED -> copies.put(item.itemId(), write(item, dir.resolve(Long.toString(item.itemId()))));
                case TOO_LARGE -> unsent.put(item.itemId(), item);
                case ABSENT -> { }
            }
        }
    }

    /** The partition ended: its copies are no longer needed. */
    void forget(PartitionRequest request, Path dir) {
        for (PartitionRequest.Item item : request.items()) {
            copies.remove(item.itemId());
            unsent.remove(item.itemId());
        }
        delete(dir);
    }

    /** Copies at {@code into}/NAME…, the original path kept as the submission's (what status and reports show). */
    private static SubmissionSource write(PartitionRequest.Item item, Path into) {
        try {
            Files.createDirectories(into);
            List<Path> files = new ArrayList<>();
            for (PartitionRequest.File file : item.files()) {
                Path copy = into.resolve(Path.of(file.name()).getFileName().toString());
                Files.write(copy, file.bytes());
                Files.setLastModifiedTime(copy, FileTime.from(file.modified()));
                files.add(copy);
            }
            return new SubmissionSource(Path.of(item.sourcePath()), List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the copy of " + item.sourcePath() + " under " + into, e);
        }
    }

    /** The manager's side: one submission for the message, its bytes when they are at most {@code maxBytes}. */
    static PartitionRequest.Item ship(long itemId, String sourcePath, long maxBytes) {
        Path path = Path.of(sourcePath);
        if (!Files.exists(path)) {
            return new PartitionRequest.Item(itemId, sourcePath, PartitionRequest.Shipping.ABSENT, 0, List.of());
        }
        try {
            SubmissionSource source = SubmissionSource.at(path);
            long size = 0;
            for (Path file : source.files()) {
                size += Files.size(file);
            }
            if (size > maxBytes) {
                return new PartitionRequest.Item(itemId, sourcePath, PartitionRequest.Shipping.TOO_LARGE, size, List.of());
            }
            List<PartitionRequest.File> files = new ArrayList<>();
            for (Path file : source.files()) {
                files.add(new PartitionRequest.File(file.getFileName().toString(),
                        Files.getLastModifiedTime(file).toInstant(), Files.readAllBytes(file)));
            }
            return new PartitionRequest.Item(itemId, sourcePath, PartitionRequest.Shipping.SHIPPED, size, files);
        } catch (IOException | UncheckedIOException e) {
            // unreadable at the manager: let the worker's own reading of the path say why
            return new PartitionRequest.Item(itemId, sourcePath, PartitionRequest.Shipping.ABSENT, 0, List.of());
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary copy left behind is harmless; the next partition uses a new folder
        }
    }
}
