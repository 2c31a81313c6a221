package org.juesuan.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of a summed table: its row key (classification code or fixed line), the name the departments printed
 * for it, and per column key the sum in 元.
 */
public record SummedRow(String key, String printedName, Map<String, BigDecimal> yuan) {

    public BigDecimal amount(String column) {
        return yuan.getOrDefault(column, BigDecimal.ZERO);
    }
}
