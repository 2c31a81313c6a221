package org.juesuan.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One message of remote mode: which partition (step name and step execution id) and, per submission of the
 * partition, either its files' bytes (names and last-modified times kept, so the worker computes the same
 * SHA-256 and version order as the manager would) or why they are not in the message. A plain binary layout
 * (no Java serialization on the wire); a body of the earlier text form "stepName:stepExecutionId" still reads.
 */
record PartitionRequest(String stepName, long stepExecutionId, List<Item> items) {

    private static final byte[] MAGIC = "JSQ1".getBytes(StandardCharsets.US_ASCII);

    /** What the manager could put in the message for one submission. */
    enum Shipping {
        /** Its files are in the message. */
        SHIPPED,
        /** Larger than the limit: the worker must see the manager's path. */
        TOO_LARGE,
        /** The manager itself could not find it: the worker's ordinary "file gone" applies. */
        ABSENT
    }

    record File(String name, Instant modified, byte[] bytes) {
    }

    record Item(long itemId, String sourcePath, Shipping shipping, long size, List<File> files) {
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(stepName);
            out.writeLong(stepExecutionId);
            out.writeInt(items.size());
            for (Item item : items) {
                out.writeLong(item.itemId());
                out.writeUTF(item.sourcePath());
                out.writeByte(item.shipping().ordinal());
                out.writeLong(item.size());
                out.writeInt(item.files().size());
                for (File file : item.files()) {
                    out.writeUTF(file.name());
                    out.writeLong(file.modified().getEpochSecond());
                    out.writeInt(file.modified().getNano());
                    out.writeInt(file.bytes().length);
                    out.write(file.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static PartitionRequest decode(byte[] body) {
        if (body.length < MAGIC.length || !Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            int colon = text.lastIndexOf(':');
            return new PartitionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)), List.of());
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body, MAGIC.length,
                body.length - MAGIC.length))) {
            String stepName = in.readUTF();
            long stepExecutionId = in.readLong();
            int itemCount = in.readInt();
            List<Item> items = new ArrayList<>(itemCount);
            for (int i = 0; i < itemCount; i++) {
                long itemId = in.readLong();
                String sourcePath = in.readUTF();
                Shipping shipping = Shipping.values()[in.readByte()];
                long size = in.readLong();
                int fileCount = in.readInt();
                List<File> files = new ArrayList<>(fileCount);
                for (int f = 0; f < fileCount; f++) {
                    String name = in.readUTF();
                    Instant modified = Instant.ofEpochSecond(in.readLong(), in.readInt());
                    files.add(new File(name, modified, in.readNBytes(in.readInt())));
                }
                items.add(new Item(itemId, sourcePath, shipping, size, files));
            }
            return new PartitionRequest(stepName, stepExecutionId, items);
        } catch (IOException e) {
            throw new UncheckedIOException("a partition message that does not read: " + e.getMessage(), e);
        }
    }
}
