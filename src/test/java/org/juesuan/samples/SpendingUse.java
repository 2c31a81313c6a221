package org.juesuan.samples;

/** The T03 spending columns, with 基本支出 split into 人员经费 and 公用经费 as T05/T07/T08 need. */
enum SpendingUse {
    BASIC_PERSONNEL("basic"),
    BASIC_PUBLIC("basic"),
    PROJECT("project"),
    UPPER_REMIT("upper_remit"),
    OPERATING("operating"),
    AFFILIATE_GRANT("affiliate_grant");

    private final String t03Column;

    SpendingUse(String t03Column) {
        this.t03Column = t03Column;
    }

    String t03Column() {
        return t03Column;
    }

    boolean isBasic() {
        return this == BASIC_PERSONNEL || this == BASIC_PUBLIC;
    }
}
