package org.juesuan.read;

/**
 * One non-empty cell as read. Numeric cells carry their value as a plain decimal string
 * (already cut to the 15 significant digits Excel keeps), so amounts never pass through double
 * arithmetic after reading.
 */
public record GridCell(String text, boolean numeric) {

    /**
     * A text cell, or null when it shows nothing: a cell of spaces (ASCII, full-width, no-break) is as blank as an
     * empty one — templates fill blank body rows with them.
     */
    static GridCell text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                return new GridCell(text, false);
            }
        }
        return null;
    }
}
