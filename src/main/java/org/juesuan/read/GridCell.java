package org.juesuan.read;

/**
 * One non-empty cell as read. Numeric cells carry their value as a plain decimal string
 * (already cut to the 15 significant digits Excel keeps), so amounts never pass through double
 * arithmetic after reading.
 */
public record GridCell(String text, boolean numeric) {
}
