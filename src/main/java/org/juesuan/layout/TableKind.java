package org.juesuan.layout;

/** How a table's rows are keyed; see the layouts file. */
public enum TableKind {
    FUNCTIONAL, FIXED_LINES, ECONOMIC_GROUPS, SINGLE_ROW
}
