package org.juesuan.mapping;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

import org.juesuan.mapping.ClassificationCatalog.Kind;

/**
 * The codes of one submission already checked against the catalog (each is reported once). One
 * bit a code: a submission of a million codes costs about 2 MB, not the ~100 MB of a set of strings.
 */
public final class CodesSeen {

    private final Map<Kind, BitSet> seen = new EnumMap<>(Kind.class);
    private final Integer yearHint;

    public CodesSeen() {
        this(null);
    }

    /** @param yearHint the fiscal year the submission's name gives, for tables that print none (or null) */
    public CodesSeen(Integer yearHint) {
        this.yearHint = yearHint;
    }

    /** The fiscal year a table that prints none is checked against the catalog of, or null. */
    public Integer yearHint() {
        return yearHint;
    }

    /** @param code 3, 5 or 7 digits; @return true if the code was not seen before */
    public boolean add(Kind kind, String code) {
        int bit = Integer.parseInt("1" + code); // the leading 1 keeps the length: 201 ≠ 00201
        BitSet bits = seen.computeIfAbsent(kind, k -> new BitSet());
        if (bits.get(bit)) {
            return false;
        }
        bits.set(bit);
        return true;
    }
}
