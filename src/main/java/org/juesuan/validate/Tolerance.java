package org.juesuan.validate;

/** {@code tolerance:} in the rule file; what the tolerance allows is {@link Rounding}'s to say. */
enum Tolerance {
    /** The rounding of figures printed in a unit coarser than 元 (the default; see {@link Rounding}). */
    ROUNDING,
    /** Nothing: only for figures that are never rounded when printed. No rule of 2023 is one. */
    EXACT
}
