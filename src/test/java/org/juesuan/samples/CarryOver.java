package org.juesuan.samples;

import java.math.BigDecimal;

/**
 * 结转和结余 of one fund under one 项. For 财政拨款 funds both ends are given and the year's income follows
 * (income = spending − begin + end); for NON_FISCAL only {@code begin} is used and the end follows from income.
 */
record CarryOver(String itemCode, Fund fund, BigDecimal begin, BigDecimal end) {
}
