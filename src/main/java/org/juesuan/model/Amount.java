package org.juesuan.model;

import java.math.BigDecimal;

/** One figure as printed (in the table's unit) and in 元, with its cell. */
public record Amount(BigDecimal printed, BigDecimal yuan, CellRef cell) {

    public boolean isZero() {
        return yuan.signum() == 0;
    }
}
