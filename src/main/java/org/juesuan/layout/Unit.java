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

    /**
     * The amount in 元, exact. A 万元 cell holding more decimals than it shows (=元/10000) keeps them: 123.4567 万元
     * is 1,234,567.00 元, written to the 分 (more places only where the figure really has them).
     */
    public BigDecimal toYuan(BigDecimal printed) {
        BigDecimal yuan = printed.multiply(toYuan);
        if (yuan.scale() <= 2) {
            return yuan;
        }
        BigDecimal exact = yuan.stripTrailingZeros();
        return exact.setScale(Math.max(2, exact.scale()));
    }
}
