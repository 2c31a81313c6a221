package org.juesuan.layout;

import java.math.BigDecimal;

/** The 金额单位 printed on a table; amounts are stored in 元, so 万元 figures are multiplied exactly. */
public enum Unit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal toYuan;

    Unit(String label, BigDecimal toYuan) {
        this.label = label;
        this.toYuan = toYuan;
    }

    public String label() {
        return label;
    }

    public BigDecimal toYuan(BigDecimal printed) {
        return printed.multiply(toYuan);
    }
}
