package org.juesuan.samples;

import java.math.BigDecimal;

/**
 * The atom of a department's spending: money of one fund spent under one 功能分类 项 for one use on one economic
 * 款. Every spending table is a sum of outlays grouped one way or another, which keeps them consistent.
 *
 * @param economicCode 5-digit 部门预算支出经济分类 款
 */
record Outlay(String itemCode, Fund fund, SpendingUse use, String economicCode, BigDecimal amount) {
}
