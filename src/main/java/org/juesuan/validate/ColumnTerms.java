package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;

/**
 * One side of a row-scope rule before any row is looked at: a signed sum of the row's columns, in the
 * order the expression reads them ({@code begin_balance + income - exp_total}). A column read twice
 * stays twice: each read is a term of the rounding tolerance, as when SpEL evaluates the side on a row.
 */
final class ColumnTerms {

    static final ColumnTerms NONE = new ColumnTerms(List.of());

    /** One read of a column, added or subtracted. */
    record Term(String column, boolean subtracted) {
    }

    /** A side's value on one row, in 元, and how many non-zero figures it summed (for the tolerance). */
    record Sum(BigDecimal yuan, int nonZeroTerms) {
    }

    private final List<Term> terms;

    private ColumnTerms(List<Term> terms) {
        this.terms = terms;
    }

    static ColumnTerms of(String column) {
        return new ColumnTerms(List.of(new Term(column, false)));
    }

    ColumnTerms plus(ColumnTerms other) {
        List<Term> joined = new ArrayList<>(terms);
        joined.addAll(other.terms);
        return new ColumnTerms(List.copyOf(joined));
    }

    ColumnTerms minus(ColumnTerms other) {
        return plus(other.negated());
    }

    ColumnTerms negated() {
        return new ColumnTerms(terms.stream().map(t -> new Term(t.column(), !t.subtracted())).toList());
    }

    List<Term> terms() {
        return terms;
    }

    /**
     * The side on one row: its figures added and subtracted in reading order (BigDecimal sums are exact,
     * so this is the value SpEL computes, whatever the brackets); a column the row lacks reads as zero.
     */
    Sum sumIn(Map<String, Amount> amounts) {
        BigDecimal sum = null;
        int nonZero = 0;
        for (Term term : terms) {
            Amount amount = amounts.get(term.column());
            BigDecimal yuan = amount == null ? BigDecimal.ZERO : amount.yuan();
            if (amount != null && !amount.isZero()) {
                nonZero++;
            }
            if (sum == null) {
                sum = term.subtracted() ? yuan.negate() : yuan;
            } else {
                sum = term.subtracted() ? sum.subtract(yuan) : sum.add(yuan);
            }
        }
        return new Sum(sum == null ? BigDecimal.ZERO : sum, nonZero);
    }

    /** The cells of the figures read on one row, in reading order (a figure without a cell adds none). */
    void cellsIn(Map<String, Amount> amounts, Collection<CellRef> into) {
        for (Term term : terms) {
            Amount amount = amounts.get(term.column());
            if (amount != null && amount.cell() != null) {
                into.add(amount.cell());
            }
        }
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
