package org.juesuan.samples;

/**
 * One line of a T01/T04 block.
 *
 * @param key      the docs/contract.md §3 row key, or null for a blank spacer line (which still prints its 行次)
 * @param label    the printed label without indentation
 * @param indented printed with two full-width spaces in front (the breakdown lines under 年初财政拨款结转和结余)
 */
record FixedLine(String key, String label, boolean indented) {

    static FixedLine line(String key, String label) {
        return new FixedLine(key, label, false);
    }

    static FixedLine sub(String key, String label) {
        return new FixedLine(key, label, true);
    }

    static FixedLine blank() {
        return new FixedLine(null, "", false);
    }

    boolean isBlank() {
        return key == null;
    }
}
