package org.juesuan.layout;

/** Which classification a table's coded rows use: 支出功能分类 (2xx codes) or 部门预算支出经济分类 (3xx). */
public enum CodeFamily {
    FUNCTIONAL("功能分类"),
    ECONOMIC("经济分类");

    private final String label;

    CodeFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The family a code belongs to by its first digit, or null. */
    public static CodeFamily of(String code) {
        return switch (code.charAt(0)) {
            case '2' -> FUNCTIONAL;
            case '3' -> ECONOMIC;
            default -> null;
        };
    }
}
