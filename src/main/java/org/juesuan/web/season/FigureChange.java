package org.juesuan.web.season;

import java.math.BigDecimal;

/**
 * One figure that differs between two versions, in the unit of its table (the newer version's unit; an amount a
 * version does not print is 0). {@code cell} is where the newer version prints it (else the older).
 */
public record FigureChange(String tableCode, String tableName, String rowKey, String rowName, String columnKey,
                           String columnName, BigDecimal before, BigDecimal after, String unit, String cell) {

    public BigDecimal difference() {
        return after.subtract(before);
    }
}
