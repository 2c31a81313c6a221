package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A rule side before any figure is looked at: a signed sum of reads (the columns of a row, or cells of
 * the submission's tables), in the order the expression reads them ({@code begin_balance + income -
 * exp_total}). A read that occurs twice stays twice: each read is a term of the rounding tolerance, as
 * when SpEL evaluates the side.
 *
 * @param <T> what one read names
 */
final class Terms<T> {

    private static final Terms<?> NONE = new Terms<>(List.of());

    /** One read, added or subtracted. */
    record Term<T>(T read, boolean subtracted) {
    }

    /** A side's value, and how many of its terms were not zero. */
    record Sum(BigDecimal value, int nonZeroTerms) {
    }

    private final List<Term<T>> terms;

    private Terms(List<Term<T>> terms) {
        this.terms = terms;
    }

    @SuppressWarnings("unchecked")
    static <T> Terms<T> none() {
        return (Terms<T>) NONE;
    }

    static <T> Terms<T> of(T read) {
        return new Terms<>(List.of(new Term<>(read, false)));
    }

    Terms<T> plus(Terms<T> other) {
        List<Term<T>> joined = new ArrayList<>(terms);
        joined.addAll(other.terms);
        return new Terms<>(List.copyOf(joined));
    }

    Terms<T> minus(Terms<T> other) {
        return plus(other.negated());
    }

    Terms<T> negated() {
        return new Terms<>(terms.stream().map(t -> new Term<>(t.read(), !t.subtracted())).toList());
    }

    List<Term<T>> terms() {
        return terms;
    }

    /**
     * The side's value: each read's value added or subtracted in reading order. BigDecimal sums are exact,
     * so this is the value SpEL computes whatever the brackets.
     */
    Sum sum(Function<T, BigDecimal> valueOf) {
        BigDecimal sum = null;
        int nonZero = 0;
        for (Term<T> term : terms) {
            BigDecimal value = valueOf.apply(term.read());
            if (value.signum() != 0) {
                nonZero++;
            }
            if (sum == null) {
                sum = term.subtracted() ? value.negate() : value;
            } else {
                sum = term.subtracted() ? sum.subtract(value) : sum.add(value);
            }
        }
        return new Sum(sum == null ? BigDecimal.ZERO : sum, nonZero);
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
