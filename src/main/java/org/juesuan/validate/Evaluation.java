package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.layout.Unit;
import org.juesuan.model.CellRef;
import org.juesuan.model.TableCode;

/**
 * What one evaluation of a rule touched: the cells read on each side (for the finding), the
 * number of summed terms (for the rounding tolerance), and whether anything it needs is absent.
 */
final class Evaluation {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    final List<CellRef> cells = new ArrayList<>();
    TableCode firstTable;
    Unit firstUnit;
    String notApplicable;
    boolean rowMissing;
    /** The row key {@code '{row}'} stands for in a forEachRow rule, or null. */
    String forRow;
    private int sideTerms;
    private int maxSideTerms;
    private BigDecimal termRounding = BigDecimal.ZERO;

    void startSide() {
        maxSideTerms = Math.max(maxSideTerms, sideTerms);
        sideTerms = 0;
    }

    void term(TableCode table, Unit unit, CellRef cell, boolean zero) {
        if (!zero) {
            sideTerms++; // a printed zero carries no rounding
        }
        if (firstTable == null) {
            firstTable = table;
            firstUnit = unit;
        }
        if (cell != null) {
            cells.add(cell);
        }
        BigDecimal rounding = roundingPerTerm(unit);
        if (rounding.compareTo(termRounding) > 0) {
            termRounding = rounding;
        }
    }

    void notApplicable(String why) {
        if (notApplicable == null) {
            notApplicable = why;
        }
    }

    /** 0.01 of the unit per summed non-zero term on the longer side; a plain comparison of two figures is exact. */
    BigDecimal roundingTolerance() {
        return roundingTolerance(Math.max(maxSideTerms, sideTerms), termRounding);
    }

    /** The rounding one published figure may carry: 0.01 of its unit, in 元. */
    static BigDecimal roundingPerTerm(Unit unit) {
        return unit == null ? BigDecimal.ZERO : unit.toYuan(CENT);
    }

    static BigDecimal roundingTolerance(int terms, BigDecimal perTerm) {
        return terms <= 1 ? BigDecimal.ZERO : perTerm.multiply(BigDecimal.valueOf(terms));
    }
}
