package org.juesuan.samples;

/** Where a department's money comes from; the first three are 财政拨款. */
enum Fund {
    /** 一般公共预算财政拨款 */
    GPB,
    /** 政府性基金预算财政拨款 */
    GOVFUND,
    /** 国有资本经营预算财政拨款 */
    SOE,
    /** 非财政拨款: 上级补助、事业、经营、附属单位上缴、其他收入 */
    NON_FISCAL;

    boolean isFiscal() {
        return this != NON_FISCAL;
    }
}
