package org.juesuan.samples;

import java.math.BigDecimal;

/** Non-fiscal income received under one 功能分类 项. */
record NonFiscalIncome(String itemCode, IncomeSource source, BigDecimal amount) {
}
