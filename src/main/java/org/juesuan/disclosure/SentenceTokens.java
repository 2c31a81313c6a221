package org.juesuan.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.disclosure.FigureVocabulary.Figure;
import org.juesuan.disclosure.FigureVocabulary.Phrase;

/**
 * The pieces of one sentence that carry figures, in reading order: the phrases that name a figure, the 类/款/项 a
 * statement is about, amounts (converted to 万元) and percentages, each with the words between it and the piece
 * before it ("增加", "占", "完成预算") that say what kind of statement it is.
 */
final class SentenceTokens {

    sealed interface Token permits Subject, Classification, Amount, Percent {
        int start();

        /** The words between the previous token and this one. */
        String lead();
    }

    /** A phrase of the vocabulary. */
    record Subject(int start, String lead, Figure figure, String phrase) implements Token {
    }

    /** "科学技术支出（类）", "科学技术管理事务（款）", "行政运行（项）". */
    record Classification(int start, String lead, int level, String name, String written) implements Token {
    }

    /** An amount in 万元 (元 and 亿元 converted), with its text as written. */
    record Amount(int start, String lead, BigDecimal wan, BigDecimal halfUnitWan, String written) implements Token {
    }

    /** A percentage, with its text as written. */
    record Percent(int start, String lead, BigDecimal value, BigDecimal halfUnit, String written) implements Token {
    }

    private static final Pattern CLASSIFICATION = Pattern.compile("([^（）()：:，,。；;、.\\d]+)[（(](类|款|项|项目)[）)]");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.])(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(亿元|万元|元)");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)%");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    private SentenceTokens() {
    }

    static List<Token> of(String sentence, FigureVocabulary vocabulary) {
        List<Token> raw = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length()];
        Matcher c = CLASSIFICATION.matcher(sentence);
        while (c.find()) {
            int level = switch (c.group(2)) {
                case "类" -> 1;
                case "款" -> 2;
                default -> 3;
            };
            raw.add(new Classification(c.start(), "", level, c.group(1), c.group()));
            mark(taken, c.start(), c.end());
        }
        for (int i = 0; i < sentence.length(); i++) {
            if (taken[i]) {
                continue;
            }
            for (Phrase p : vocabulary.phrasesLongestFirst()) {
                if (sentence.startsWith(p.text(), i)) {
                    raw.add(new Subject(i, "", p.figure(), p.text()));
                    mark(taken, i, i + p.text().length());
                    i += p.text().length() - 1;
                    break;
                }
            }
        }
        Matcher a = AMOUNT.matcher(sentence);
        while (a.find()) {
            BigDecimal written = new BigDecimal(a.group(1).replace(",", ""));
            BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(written.scale(), 0)).divide(BigDecimal.valueOf(2));
            BigDecimal factor = switch (a.group(2)) {
                case "亿元" -> TEN_THOUSAND;
                case "元" -> BigDecimal.ONE.divide(TEN_THOUSAND);
                default -> BigDecimal.ONE;
            };
            raw.add(new Amount(a.start(), "", written.multiply(factor), half.multiply(factor), a.group()));
        }
        Matcher p = PERCENT.matcher(sentence);
        while (p.find()) {
            BigDecimal value = new BigDecimal(p.group(1));
            BigDecimal half = BigDecimal.ONE.movePointLeft(value.scale()).divide(BigDecimal.valueOf(2));
            raw.add(new Percent(p.start(), "", value, half, p.group()));
        }
        raw.sort(Comparator.comparingInt(Token::start));
        List<Token> tokens = new ArrayList<>(raw.size());
        int previousEnd = 0;
        for (Token t : raw) {
            String lead = sentence.substring(Math.min(previousEnd, t.start()), t.start());
            tokens.add(withLead(t, lead));
            previousEnd = Math.max(previousEnd, t.start() + length(t));
        }
        return tokens;
    }

    private static int length(Token t) {
        if (t instanceof Subject s) {
            return s.phrase().length();
        }
        if (t instanceof Classification c) {
            return c.written().length();
        }
        return t instanceof Amount a ? a.written().length() : ((Percent) t).written().length();
    }

    private static Token withLead(Token t, String lead) {
        if (t instanceof Subject s) {
            return new Subject(s.start(), lead, s.figure(), s.phrase());
        }
        if (t instanceof Classification c) {
            return new Classification(c.start(), lead, c.level(), c.name(), c.written());
        }
        if (t instanceof Amount a) {
            return new Amount(a.start(), lead, a.wan(), a.halfUnitWan(), a.written());
        }
        Percent p = (Percent) t;
        return new Percent(p.start(), lead, p.value(), p.halfUnit(), p.written());
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
