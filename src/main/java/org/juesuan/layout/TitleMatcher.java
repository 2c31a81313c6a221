package org.juesuan.layout;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a table title in a cell: the title text, optionally prefixed with the department
 * and year ({@code 米易县XX局2023年度收入支出决算总表}) and followed by a label or year in
 * brackets; quotes and spaces do not matter. A line of prose or a note that merely mentions a
 * title is not one.
 */
final class TitleMatcher {

    /** Department + year prefixes are short; a longer lead-in is a sentence. */
    private static final int MAX_PREFIX = 40;
    private static final Pattern SENTENCE = Pattern.compile("[，。；,;!！?？]");
    private static final Pattern ORDINAL_LABEL = Pattern.compile("^[一二三四五六七八九十]+、.+");
    /** What may follow a title: nothing, a label, or a year, bracketed or not. */
    private final Pattern suffix;
    /** A table label in front of a department's name: 公开03表：… */
    private final Pattern labelPrefix;
    private static final Pattern YEAR_TAIL = Pattern.compile("(?:20\\d{2}年度?|年度)$");

    /** A title found in a cell: the table, and the department named in front of it (or null). */
    record Match(TableLayout layout, String departmentFromPrefix) {
    }

    private final TableLayouts layouts;
    private final RowKinds rowKinds;

    TitleMatcher(TableLayouts layouts, RowKinds rowKinds) {
        this.layouts = layouts;
        this.rowKinds = rowKinds;
        String numberWords = layouts.vocabulary().tableNumberWords().stream().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        suffix = Pattern.compile("^[（(【\\[]?(?:(?:" + numberWords
                + ")?[0-9一二三四五六七八九十]+(?:-[0-9]+)?表?|20\\d{2}年度?)?[）)】\\]]?$");
        labelPrefix = Pattern.compile("^(?:" + numberWords + ")[0-9一二三四五六七八九十]+表?[：:、.]?");
    }

    Optional<Match> match(String text) {
        String n = TextNormalizer.normalize(text);
        if (rowKinds.startsAsNote(n) || ORDINAL_LABEL.matcher(n).matches()) {
            return Optional.empty();
        }
        for (Map.Entry<String, TableLayout> entry : layouts.titlesLongestFirst()) {
            TableLayout layout = entry.getValue();
            String title = entry.getKey();
            int at = n.indexOf(title);
            if (at < 0) {
                continue;
            }
            String prefix = n.substring(0, at);
            String suffix = n.substring(at + title.length());
            if (prefix.length() > MAX_PREFIX || SENTENCE.matcher(prefix).find() || !this.suffix.matcher(suffix).matches()) {
                return Optional.empty(); // a sentence mentioning the title, e.g. in a 说明 sheet
            }
            return Optional.of(new Match(layout, departmentOf(prefix)));
        }
        return Optional.empty();
    }

    /** "米易县XX局2023年度" → "米易县XX局"; a prefix that is only a year or a label names no department. */
    private String departmentOf(String prefix) {
        String p = YEAR_TAIL.matcher(prefix).replaceFirst("");
        p = labelPrefix.matcher(p).replaceFirst("");
        return p.length() >= 2 && !p.chars().allMatch(Character::isDigit) ? p : null;
    }
}
