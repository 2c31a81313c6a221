package org.juesuan.mapping;

/** One (code, name) row of a reference catalog; a code renamed between editions has several. */
public record Classification(String code, String name, int level, String parentCode, String yearsSeen) {
}
