package org.juesuan.samples;

/** 非财政拨款 income, as the T02 columns and T01 lines 四–八 print it. */
enum IncomeSource {
    UPPER("upper", "INC_UPPER"),
    SERVICE("service", "INC_SERVICE"),
    OPERATING("operating", "INC_OPERATING"),
    AFFILIATE("affiliate", "INC_AFFILIATE"),
    OTHER("other", "INC_OTHER");

    private final String t02Column;
    private final String t01Line;

    IncomeSource(String t02Column, String t01Line) {
        this.t02Column = t02Column;
        this.t01Line = t01Line;
    }

    String t02Column() {
        return t02Column;
    }

    String t01Line() {
        return t01Line;
    }
}
