package org.juesuan.mapping;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.IntStream;

import org.juesuan.model.ClassCode;
import org.juesuan.model.TableCode;

/**
 * The codes a submission's figures stand under, per classification, each once, in one fixed order
 * (by length, then value), named as the first table printing it names it. The warehouse adds the
 * ones its dimensions lack; the fixed order lets parallel writers lock new codes in the same order.
 * Held as sorted ints: a million codes cost 4 MB.
 */
public final class SubmissionCodes {

    private static final Set<TableCode> ECONOMIC_TABLES = Set.of(TableCode.T08, TableCode.T09);
    private static final Set<TableCode> FIXED_LINE_TABLES = Set.of(TableCode.T01, TableCode.T04, TableCode.T13);

    private final List<MappedTable> functionalTables;
    private final List<MappedTable> economicTables;

    public SubmissionCodes(List<MappedTable> tables) {
        this.economicTables = tables.stream().filter(t -> ECONOMIC_TABLES.contains(t.code())).toList();
        this.functionalTables = tables.stream()
                .filter(t -> !ECONOMIC_TABLES.contains(t.code()) && !FIXED_LINE_TABLES.contains(t.code())).toList();
    }

    /** 功能分类 codes: those of every table listing functional rows (not T08/T09, not the fixed-line tables). */
    public Iterable<ClassCode> functional() {
        return () -> codes(functionalTables);
    }

    /** 经济分类 codes: those of T08 and T09. */
    public Iterable<ClassCode> economic() {
        return () -> codes(economicTables);
    }

    private static Iterator<ClassCode> codes(List<MappedTable> tables) {
        int[] codes = tables.stream().flatMapToInt(t -> IntStream.of(t.rows().codesWithFigures())).toArray();
        Arrays.sort(codes);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < codes.length;
            }

            @Override
            public ClassCode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int code = codes[next];
                while (next < codes.length && codes[next] == code) {
                    next++;
                }
                String digits = KeyedRows.codeOf(code);
                String name = tables.stream().map(t -> t.row(digits)).filter(r -> r != null).findFirst()
                        .map(KeyedRow::rowName).orElse(digits);
                return new ClassCode(digits, name);
            }
        };
    }
}
