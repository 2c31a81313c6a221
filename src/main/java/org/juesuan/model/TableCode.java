package org.juesuan.model;

/** The thirteen 附表 in the Sichuan 2023 order (docs/contract.md §2). */
public enum TableCode {
    T01("收入支出决算总表"),
    T02("收入决算表"),
    T03("支出决算表"),
    T04("财政拨款收入支出决算总表"),
    T05("财政拨款支出决算明细表"),
    T06("一般公共预算财政拨款支出决算表"),
    T07("一般公共预算财政拨款支出决算明细表"),
    T08("一般公共预算财政拨款基本支出决算表"),
    T09("一般公共预算财政拨款项目支出决算表"),
    T10("政府性基金预算财政拨款收入支出决算表"),
    T11("国有资本经营预算财政拨款收入支出决算表"),
    T12("国有资本经营预算财政拨款支出决算表"),
    T13("财政拨款“三公”经费支出决算表");

    private final String title;

    TableCode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
