package org.juesuan.mapping;

import java.math.BigDecimal;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.juesuan.layout.Unit;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.CodeHierarchy;

/**
 * The keyed rows of one table, stored by column in primitive arrays (≈ 50 bytes a row for three
 * columns) rather than as objects (≈ 1 KB a row), so that a table of a million rows fits a small
 * heap. Rows come back as {@link KeyedRow}s made on demand; every figure keeps its exact printed
 * value and its cell.
 *
 * <p>Row keys of digits (the codes) are held as ints, other keys (TOTAL, the fixed lines) in a
 * list; printed figures as unscaled long + scale, with the rare figure that does not fit kept
 * aside as a {@link BigDecimal}.
 */
public final class KeyedRows extends AbstractCollection<KeyedRow> {

    private static final long ABSENT = Long.MIN_VALUE;
    private static final long OUTSIZED = Long.MIN_VALUE + 1;
    private static final int SCALE_BITS = 4;
    /** Up to this many rows (every real table), rows once made are kept; beyond, they are made on each read. */
    private static final int MADE_ROWS_KEPT = 20_000;

    private final String file;
    private final String sheet;
    private final List<String> columns;
    private final Unit unit;
    private final Shared data;
    /** Rows already made, while the table is small enough that keeping them costs little (rules read rows often). */
    private KeyedRow[] made = new KeyedRow[0];

    /** The arrays, shared by the views of one table in different units. */
    private static final class Shared {
        int size;
        int[] keys = new int[16];
        int[] names = new int[16];
        byte[] levels = new byte[16];
        int[] sheetRows = new int[16];
        int[] labelColumns = new int[16];
        long[][] figures;
        int[][] figureColumns;
        final List<String> otherKeys = new ArrayList<>();
        final List<String> nameList = new ArrayList<>();
        final Map<String, Integer> nameIds = new HashMap<>();
        final Map<Long, BigDecimal> outsized = new HashMap<>();
        final IntIndex index = new IntIndex();
        final Map<String, Integer> otherIndex = new HashMap<>();
    }

    /**
     * @param file    the file the table was read from
     * @param sheet   its sheet (every cell of a table is on one sheet)
     * @param columns the column keys the table prints, in order
     * @param unit    the unit figures are printed in (元 = printed × unit)
     */
    public KeyedRows(String file, String sheet, List<String> columns, Unit unit) {
        this.file = file;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.unit = unit;
        this.data = new Shared();
        data.figures = new long[this.columns.size()][16];
        data.figureColumns = new int[this.columns.size()][16];
    }

    private KeyedRows(KeyedRows rows, Unit unit) {
        this.file = rows.file;
        this.sheet = rows.sheet;
        this.columns = rows.columns;
        this.unit = unit;
        this.data = rows.data;
    }

    /** The same rows with figures printed in another unit (a table that states none takes the others'). */
    public KeyedRows inUnit(Unit otherUnit) {
        return new KeyedRows(this, otherUnit);
    }

    /**
     * Adds a row unless its key is taken.
     *
     * @return true if added; false if a row with this key is already there (see {@link #get})
     */
    public boolean add(String rowKey, String rowName, int level, Map<String, Amount> amounts, CellRef labelCell) {
        int keyCode = keyCode(rowKey);
        if (indexOf(rowKey, keyCode) >= 0) {
            return false;
        }
        int row = data.size;
        grow(row + 1);
        if (keyCode < 0) {
            data.otherKeys.add(rowKey);
            keyCode = -data.otherKeys.size();
            data.otherIndex.put(rowKey, row);
        } else {
            data.index.put(keyCode, row);
        }
        data.keys[row] = keyCode;
        data.names[row] = data.nameIds.computeIfAbsent(rowName, n -> {
            data.nameList.add(n);
            return data.nameList.size() - 1;
        });
        data.levels[row] = (byte) level;
        Position label = Position.of(labelCell);
        data.sheetRows[row] = label.row;
        data.labelColumns[row] = label.column;
        for (int c = 0; c < columns.size(); c++) {
            Amount amount = amounts.get(columns.get(c));
            if (amount == null) {
                data.figures[c][row] = ABSENT;
                continue;
            }
            Position at = Position.of(amount.cell());
            if (at.row != label.row) {
                throw new IllegalArgumentException(amount.cell() + ": a figure off its row's line " + labelCell);
            }
            data.figureColumns[c][row] = at.column;
            data.figures[c][row] = pack(amount.printed(), row, c);
        }
        data.size++;
        return true;
    }

    /** The row with this key, or null. */
    public KeyedRow get(String rowKey) {
        int row = indexOf(rowKey, keyCode(rowKey));
        return row < 0 ? null : row(row);
    }

    @Override
    public int size() {
        return data.size;
    }

    /** How many figures are not zero (what the warehouse loads as facts). */
    public long nonZeroFigures() {
        long count = 0;
        for (int c = 0; c < columns.size(); c++) {
            for (int r = 0; r < data.size; r++) {
                if (nonZero(data.figures[c][r])) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The codes (digit row keys) of the rows with a non-zero figure, as ints: 1 followed by the digits. */
    public int[] codesWithFigures() {
        int[] codes = new int[data.size];
        int count = 0;
        for (int r = 0; r < data.size; r++) {
            if (data.keys[r] >= 0 && anyNonZero(r)) {
                codes[count++] = data.keys[r];
            }
        }
        return Arrays.copyOf(codes, count);
    }

    private boolean anyNonZero(int row) {
        for (int c = 0; c < columns.size(); c++) {
            if (nonZero(data.figures[c][row])) {
                return true;
            }
        }
        return false;
    }

    /** An outsized figure is never zero: zero always fits. */
    private static boolean nonZero(long packed) {
        return packed != ABSENT && (packed == OUTSIZED || packed >> SCALE_BITS != 0);
    }

    /** A code as {@link #codesWithFigures()} gives it, back to its digits. */
    public static String codeOf(int code) {
        return Integer.toString(code).substring(1);
    }

    @Override
    public Iterator<KeyedRow> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < data.size;
            }

            @Override
            public KeyedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(next++);
            }
        };
    }

    private KeyedRow row(int row) {
        if (data.size > MADE_ROWS_KEPT) {
            made = null;
            return make(row);
        }
        if (made.length < data.size) {
            made = Arrays.copyOf(made, Math.max(data.size, made.length * 2));
        }
        if (made[row] == null) {
            made[row] = make(row);
        }
        return made[row];
    }

    private KeyedRow make(int row) {
        String key = rowKey(data.keys[row]);
        int level = data.levels[row];
        Map<String, Amount> amounts = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            long packed = data.figures[c][row];
            if (packed == ABSENT) {
                continue;
            }
            BigDecimal printed = packed == OUTSIZED ? data.outsized.get(cellId(row, c))
                    : BigDecimal.valueOf(packed >> SCALE_BITS, (int) (packed & ((1 << SCALE_BITS) - 1)));
            amounts.put(columns.get(c), new Amount(printed, unit.toYuan(printed),
                    cell(data.sheetRows[row], data.figureColumns[c][row])));
        }
        String parent = level < 2 ? null : CodeHierarchy.parent(key);
        return new KeyedRow(key, data.nameList.get(data.names[row]), level, parent, amounts,
                cell(data.sheetRows[row], data.labelColumns[row]));
    }

    private CellRef cell(int row, int column) {
        return new CellRef(file, sheet, CellRef.a1(row, column));
    }

    private long pack(BigDecimal printed, int row, int column) {
        int scale = printed.scale();
        if (scale >= 0 && scale < (1 << SCALE_BITS) && printed.unscaledValue().bitLength() < 63 - SCALE_BITS) {
            return printed.unscaledValue().longValueExact() << SCALE_BITS | scale;
        }
        data.outsized.put(cellId(row, column), printed);
        return OUTSIZED;
    }

    private long cellId(int row, int column) {
        return (long) row * columns.size() + column;
    }

    private int indexOf(String rowKey, int keyCode) {
        if (keyCode < 0) {
            Integer row = data.otherIndex.get(rowKey);
            return row == null ? -1 : row;
        }
        return data.index.get(keyCode);
    }

    /** Digit keys of up to 8 digits as 1 followed by the digits (keeps leading zeros); others −1 (kept in a list). */
    private static int keyCode(String rowKey) {
        return rowKey.length() <= 8 && !rowKey.isEmpty() && isDigits(rowKey) ? Integer.parseInt("1" + rowKey) : -1;
    }

    private String rowKey(int keyCode) {
        return keyCode >= 0 ? codeOf(keyCode) : data.otherKeys.get(-keyCode - 1);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void grow(int needed) {
        if (needed <= data.keys.length) {
            return;
        }
        int capacity = Math.max(needed, data.keys.length + (data.keys.length >> 1));
        data.keys = Arrays.copyOf(data.keys, capacity);
        data.names = Arrays.copyOf(data.names, capacity);
        data.levels = Arrays.copyOf(data.levels, capacity);
        data.sheetRows = Arrays.copyOf(data.sheetRows, capacity);
        data.labelColumns = Arrays.copyOf(data.labelColumns, capacity);
        for (int c = 0; c < columns.size(); c++) {
            data.figures[c] = Arrays.copyOf(data.figures[c], capacity);
            data.figureColumns[c] = Arrays.copyOf(data.figureColumns[c], capacity);
        }
    }

    /** A cell's 0-based row and column, from its A1 address. */
    private record Position(int row, int column) {
        static Position of(CellRef cell) {
            String a1 = cell.cell();
            int i = 0;
            int column = 0;
            while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
                column = column * 26 + (a1.charAt(i) - 'A' + 1);
                i++;
            }
            return new Position(Integer.parseInt(a1.substring(i)) - 1, column - 1);
        }
    }
}
