package org.juesuan.layout;

import java.util.List;

/** A fixed line of T01/T04: its row key, the labels it is printed with, and the line it follows when labels repeat. */
public record LineSpec(String key, List<String> labels, String after) {
}
