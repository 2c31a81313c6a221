package org.juesuan.mapping;

import java.util.List;

import org.juesuan.model.CodeHierarchy;

/**
 * Builds a classification code from the cells it was printed in: one joined cell ("2080501"),
 * or split 类/款/项 cells ("208" | "05" | "01"), where numeric cells may have lost their
 * leading zero ("5"), the 类 cell may be left blank on 款/项 rows, and some files repeat the
 * whole code so far in each part ("208" | "20805" | "2080501"). One joiner reads one column
 * group top to bottom (blank parts are taken from the rows above).
 */
final class CodeJoiner {

    private String lastClass = "";
    private String lastSection = "";

    /** The code, or null when the parts do not form one. */
    String join(List<String> parts) {
        List<String> digits = parts.stream().map(p -> p.replaceAll("[\\s\\u3000]", "")).toList();
        if (digits.stream().anyMatch(p -> !p.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            return null;
        }
        String first = digits.get(0);
        boolean restEmpty = digits.stream().skip(1).allMatch(String::isEmpty);
        String code;
        if (restEmpty && !first.isEmpty()) {
            code = first; // joined in one cell
        } else {
            String cls = first.isEmpty() ? lastClass : first;
            StringBuilder b = new StringBuilder(cls);
            for (int i = 1; i < digits.size(); i++) {
                String part = digits.get(i);
                if (part.isEmpty()) {
                    continue;
                }
                if (part.length() > 2) {
                    if (!part.startsWith(b.substring(0, Math.min(b.length(), 3))) || part.length() <= b.length()) {
                        return null;
                    }
                    b.setLength(0);
                    b.append(part); // the whole code so far repeated in this part
                    continue;
                }
                if (i == 2 && b.length() == 3) {
                    b.append(lastSection.startsWith(cls) && lastSection.length() == 5 ? lastSection.substring(3) : "");
                }
                b.append(part.length() == 1 ? "0" + part : part);
            }
            code = b.toString();
        }
        if (!CodeHierarchy.isCode(code)) {
            return null;
        }
        lastClass = CodeHierarchy.ancestor(code, 1);
        if (CodeHierarchy.level(code) >= 2) {
            lastSection = CodeHierarchy.ancestor(code, 2);
        }
        return code;
    }
}
