package org.juesuan.validate;

import java.util.List;

/**
 * One side of a compare rule as parsed when the rule book loads ({@link SideParser}): a signed sum of reads in
 * the order written. A read written twice stays twice (each is a term of the rounding tolerance).
 *
 * @param text as written in the rule file
 */
record Side(String text, List<Side.Term> terms) {

    /** One read, added or subtracted; {@code text} is the read as written (for refusals). */
    record Term(Read read, boolean subtracted, String text) {
        Term negated() {
            return new Term(read, !subtracted, text);
        }
    }

    Side {
        terms = List.copyOf(terms);
    }

    boolean readsCurrentRow() {
        return terms.stream().anyMatch(t -> t.read() instanceof Read.Cell cell && cell.currentRow());
    }
}
