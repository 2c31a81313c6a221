package org.juesuan.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The merged regions of one sheet, known before its first row is read. Stored as sorted primitive
 * arrays: a sheet that merges the code cells of every one of a million rows costs 16 bytes a row,
 * not an object graph, and a lookup is a binary search.
 */
public final class MergedRegions {

    /** A merged region, inclusive 0-based bounds. */
    public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        public boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    public static final MergedRegions NONE = new Builder().build();

    private final int[] firstRow;
    private final int[] lastRow;
    private final int[] firstColumn;
    private final int[] lastColumn;
    /** The tallest region: a lookup looks back at most this many rows. */
    private final int maxHeight;

    private MergedRegions(int[] firstRow, int[] lastRow, int[] firstColumn, int[] lastColumn, int maxHeight) {
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.firstColumn = firstColumn;
        this.lastColumn = lastColumn;
        this.maxHeight = maxHeight;
    }

    public int size() {
        return firstRow.length;
    }

    /** The region covering a cell, or null. */
    public Merge covering(int row, int column) {
        int i = upperBound(row) - 1; // last region starting at or above the row
        for (; i >= 0 && firstRow[i] >= row - maxHeight; i--) {
            if (row <= lastRow[i] && column >= firstColumn[i] && column <= lastColumn[i]) {
                return merge(i);
            }
        }
        return null;
    }

    public List<Merge> all() {
        List<Merge> all = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            all.add(merge(i));
        }
        return all;
    }

    private Merge merge(int i) {
        return new Merge(firstRow[i], lastRow[i], firstColumn[i], lastColumn[i]);
    }

    /** Index of the first region whose first row is greater than {@code row}. */
    private int upperBound(int row) {
        int lo = 0;
        int hi = firstRow.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (firstRow[mid] <= row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Collects regions in any order. */
    public static final class Builder {
        private long[] packed = new long[16];
        private int[] bounds = new int[64];
        private int count;

        public Builder add(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            if (firstRow == lastRow && firstColumn == lastColumn) {
                return this; // a one-cell "merge" changes nothing
            }
            if (count == packed.length) {
                packed = Arrays.copyOf(packed, count * 2);
                bounds = Arrays.copyOf(bounds, count * 8);
            }
            // Sort key: first row, then insertion order; the index points at the four bounds.
            packed[count] = ((long) firstRow << 32) | count;
            bounds[4 * count] = firstRow;
            bounds[4 * count + 1] = lastRow;
            bounds[4 * count + 2] = firstColumn;
            bounds[4 * count + 3] = lastColumn;
            count++;
            return this;
        }

        public MergedRegions build() {
            long[] order = Arrays.copyOf(packed, count);
            Arrays.sort(order);
            int[] fr = new int[count];
            int[] lr = new int[count];
            int[] fc = new int[count];
            int[] lc = new int[count];
            int maxHeight = 0;
            for (int i = 0; i < count; i++) {
                int at = 4 * (int) (order[i] & 0xFFFFFFFFL);
                fr[i] = bounds[at];
                lr[i] = bounds[at + 1];
                fc[i] = bounds[at + 2];
                lc[i] = bounds[at + 3];
                maxHeight = Math.max(maxHeight, lr[i] - fr[i]);
            }
            return new MergedRegions(fr, lr, fc, lc, maxHeight);
        }
    }
}
