package org.juesuan.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classification code printed in one cell with its name: {@code 2010101 行政运行}, {@code 2010101行政运行},
 * {@code [2010101]行政运行}, {@code 【30101】基本工资}.
 */
record CodeInName(String code, String name) {

    private static final Pattern CODE_THEN_NAME = Pattern.compile(
            "^[\\s\\u3000]*[\\[【（(]?(\\d{3}(?:\\d{2}){0,2})[\\]】）)]?[\\s\\u3000]*([^\\d\\s\\u3000].*)$");

    /** The code and name of a cell's text, or null when it is not a code followed by a name. */
    static CodeInName split(String text) {
        Matcher m = CODE_THEN_NAME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(2).strip();
        // "201.5" or "2023年度" are not a code and a name
        return name.isEmpty() || name.startsWith(".") || name.startsWith("年") ? null : new CodeInName(m.group(1), name);
    }
}
