package org.juesuan.model;

/**
 * Where a classification code sits, read from its digits (docs/contract.md §3): 3, 5 or 7 digits are a 类, 款 or
 * 项, and a code's parent is its first 3 or 5 digits. The same rule for 功能分类 and 经济分类 (which stops at 款).
 * Codes first seen in a submission enter the warehouse's dimensions with it; the views read the level from there.
 */
public final class CodeHierarchy {

    private CodeHierarchy() {
    }

    /** Whether the key is a code at all: 3, 5 or 7 digits. */
    public static boolean isCode(String key) {
        int n = key.length();
        return (n == 3 || n == 5 || n == 7) && key.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** 1, 2 or 3 for 类, 款, 项; 0 for a key that is not a code (TOTAL, a fixed line). */
    public static int level(String key) {
        return isCode(key) ? (key.length() - 1) / 2 : 0;
    }

    /** The code one level up, or null for a 类 and for a key that is not a code. */
    public static String parent(String key) {
        return level(key) >= 2 ? key.substring(0, key.length() - 2) : null;
    }

    /** The code's ancestor at a level (1: its 类, the first 3 digits; 2: its 款, the first 5), or itself if higher. */
    public static String ancestor(String code, int level) {
        return code.substring(0, Math.min(code.length(), 1 + 2 * level));
    }
}
