package org.juesuan.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.disclosure.FigureVocabulary.Cell;
import org.juesuan.disclosure.FigureVocabulary.Figure;
import org.juesuan.disclosure.FigureVocabulary.Sum;
import org.juesuan.disclosure.NarrativeText.Sentence;
import org.juesuan.disclosure.SentenceTokens.Amount;
import org.juesuan.disclosure.SentenceTokens.Classification;
import org.juesuan.disclosure.SentenceTokens.Percent;
import org.juesuan.disclosure.SentenceTokens.Subject;
import org.juesuan.disclosure.SentenceTokens.Token;
import org.juesuan.disclosure.TextCheck.Kind;
import org.juesuan.disclosure.TextCheck.Verdict;

/**
 * Holds every figure statement of a 情况说明 against the department's tables (this year's and, for changes, last
 * year's) and against the text's own arithmetic: an amount against its cell, a change against the two years, a
 * growth rate against the change and the base the text itself implies (current − change), a share against its
 * whole, a sum stated in prose (基本支出 = 人员经费 + 公用经费) against its parts. Figures are compared in 万元 as
 * written: a written figure agrees when it is the table's figure rounded to the digits written.
 */
public final class NarrativeChecker {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final Pattern CHANGE = Pattern.compile("增加|减少|增长|下降|降低");
    private static final Pattern RATE = Pattern.compile("增长|下降|降低|增幅|降幅");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private final FigureVocabulary vocabulary;

    public NarrativeChecker(FigureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @param previous last year's tables, or null when that year is not loaded */
    public List<TextCheck> check(List<Sentence> sentences, DepartmentYear current, DepartmentYear previous) {
        return new Run(current, previous).over(sentences);
    }

    /** A figure as the text states it. */
    private record Stated(BigDecimal wan, BigDecimal halfUnit, String written, String name, Figure figure,
                          Sentence sentence) {
    }

    /** A change as the text states it: signed, or sign unknown ("增加/减少"). */
    private record Change(Stated subject, BigDecimal signedWan, boolean signKnown, String written, Figure figure) {
    }

    private final class Run {
        private final DepartmentYear current;
        private final DepartmentYear previous;
        private final List<TextCheck> checks = new ArrayList<>();
        private final Map<Figure, Stated> statedInText = new HashMap<>();
        private final Map<Figure, Stated> statedInSection = new LinkedHashMap<>();
        private String section;
        private String kuan;

        Run(DepartmentYear current, DepartmentYear previous) {
            this.current = current;
            this.previous = previous;
        }

        List<TextCheck> over(List<Sentence> sentences) {
            for (Sentence s : sentences) {
                if (!s.section().equals(section)) {
                    closeSection();
                    section = s.section();
                    kuan = null;
                }
                sentence(s);
            }
            closeSection();
            return checks;
        }

        private void sentence(Sentence s) {
            Object subject = null;
            boolean consumed = false;
            Figure firstSubject = null;
            Figure pendingWhole = null;
            Stated firstLevel = null;
            Stated lastLevel = null;
            Change lastChange = null;
            for (Token t : SentenceTokens.of(s.text(), vocabulary)) {
                if (t instanceof Classification c) {
                    if (c.level() == 1) {
                        kuan = null;
                    } else if (c.level() == 2) {
                        kuan = c.name();
                    } else {
                        subject = c;
                        consumed = false;
                    }
                } else if (t instanceof Subject sub) {
                    if (sub.lead().endsWith("占")) {
                        pendingWhole = sub.figure();
                    } else {
                        subject = sub.figure();
                        consumed = false;
                        firstSubject = firstSubject == null ? sub.figure() : firstSubject;
                    }
                } else if (t instanceof Amount a) {
                    if (CHANGE.matcher(clause(a.lead())).find()) {
                        lastChange = change(s, subject, a);
                    } else if (subject == null || consumed) {
                        unchecked(s, "", Kind.AMOUNT, a.written(), "没有认出这是报表中的哪个数");
                    } else {
                        consumed = true;
                        lastLevel = level(s, subject, a);
                        firstLevel = firstLevel == null ? lastLevel : firstLevel;
                    }
                } else {
                    Percent p = (Percent) t;
                    String lead = clause(p.lead());
                    if (RATE.matcher(lead).find() && lastChange != null) {
                        rate(s, lastChange, p);
                    } else if (lead.contains("占") || pendingWhole != null) {
                        share(s, lastLevel, whole(pendingWhole, firstSubject, firstLevel, lastLevel), p);
                        pendingWhole = null;
                    } else if (lead.contains("完成") && lead.contains("预算")) {
                        budget(s, subject, p);
                    } else {
                        unchecked(s, "", Kind.RATE, p.written(), "没有认出这个百分比说的是什么");
                    }
                }
            }
        }

        /**
         * The whole a share is of: the figure named after 占 ("占本年支出合计的100%"); else the sentence's topic when
         * it was stated before ("三公经费支出决算中，因公出国（境）费…占0%"); else the sentence's first amount
         * ("本年支出合计2899.95万元，其中：基本支出757.09万元，占26.11%").
         */
        private Stated whole(Figure named, Figure topic, Stated firstLevel, Stated part) {
            if (named != null) {
                return statedInText.get(named);
            }
            if (topic != null && (firstLevel == null || firstLevel.figure() != topic) && part != null
                    && part.figure() != topic) {
                return statedInText.get(topic);
            }
            return firstLevel != null && firstLevel != part ? firstLevel : null;
        }

        private Stated level(Sentence s, Object subject, Amount a) {
            if (subject instanceof Classification item) {
                Stated stated = new Stated(a.wan(), a.halfUnitWan(), a.written(), item.name() + "（项）", null, s);
                item(s, item, stated);
                return stated;
            }
            Figure figure = (Figure) subject;
            Stated stated = new Stated(a.wan(), a.halfUnitWan(), a.written(), figure.name(), figure, s);
            statedInText.put(figure, stated);
            statedInSection.put(figure, stated);
            if (figure.cell() == null) {
                unchecked(s, figure.name(), Kind.AMOUNT, a.written(), "报表中没有这个数，只核对文中的算术");
                return stated;
            }
            Optional<DepartmentYear.Figure> cell = current.at(figure.cell());
            if (cell.isEmpty()) {
                unchecked(s, figure.name(), Kind.AMOUNT, a.written(), tableMissing(figure.cell(), current));
                return stated;
            }
            BigDecimal table = wan(cell.get().yuan());
            record(agrees(a.wan(), table, a.halfUnitWan()), s, figure.name(), Kind.AMOUNT, a.written(),
                    wanText(table), "报表：" + where(cell.get(), figure.cell()));
            return stated;
        }

        private void item(Sentence s, Classification item, Stated stated) {
            String table = vocabulary.itemTable();
            String column = vocabulary.itemColumn();
            if (!current.tableUnits().containsKey(table)) {
                unchecked(s, stated.name(), Kind.AMOUNT, stated.written(), tableMissing(new Cell(table, "", column), current));
                return;
            }
            List<DepartmentYear.Figure> rows = current.rowsNamed(table, column, item.name(), 7);
            if (rows.size() > 1 && kuan != null) {
                List<String> kuanCodes = current.rowsNamed(table, column, kuan, 5).stream()
                        .map(DepartmentYear.Figure::rowKey).toList();
                rows = rows.stream().filter(r -> kuanCodes.contains(r.rowKey().substring(0, 5))).toList();
            }
            if (rows.size() != 1) {
                unchecked(s, stated.name(), Kind.AMOUNT, stated.written(), rows.isEmpty()
                        ? "表 " + table + " 中没有名为「" + item.name() + "」的项（名称与报表不同？）"
                        : "表 " + table + " 中有 " + rows.size() + " 个名为「" + item.name() + "」的项，无法确定是哪一个");
                return;
            }
            BigDecimal value = wan(rows.get(0).yuan());
            record(agrees(stated.wan(), value, stated.halfUnit()), s, stated.name(), Kind.AMOUNT, stated.written(),
                    wanText(value), "报表：" + table + " " + rows.get(0).rowKey() + " " + item.name() + "（"
                            + rows.get(0).where() + "）");
        }

        private Change change(Sentence s, Object subject, Amount a) {
            String lead = clause(a.lead());
            boolean unknownSign = lead.contains("/");
            boolean down = lead.contains("减少") || lead.contains("下降") || lead.contains("降低");
            BigDecimal signed = down && !unknownSign ? a.wan().negate() : a.wan();
            if (!(subject instanceof Figure figure)) {
                unchecked(s, "", Kind.CHANGE, a.written(), "没有认出这是哪个数的增减");
                return null;
            }
            Change change = new Change(statedInText.get(figure), signed, !unknownSign, a.written(), figure);
            Optional<String> notComparable = notLastYear(s, a);
            if (notComparable.isPresent()) {
                unchecked(s, figure.name(), Kind.CHANGE, a.written(), notComparable.get());
            } else if (figure.cell() == null) {
                unchecked(s, figure.name(), Kind.CHANGE, a.written(), "报表中没有这个数，只核对文中的算术");
            } else {
                Optional<BigDecimal[]> years = twoYears(figure.cell());
                if (years.isEmpty()) {
                    unchecked(s, figure.name(), Kind.CHANGE, a.written(), lastYearMissing(figure.cell()));
                } else {
                    BigDecimal diff = years.get()[0].subtract(years.get()[1]);
                    BigDecimal compared = change.signKnown() ? signed : diff.signum() < 0 ? signed.negate() : signed;
                    record(agrees(compared, diff, a.halfUnitWan().add(CENT)), s, figure.name(), Kind.CHANGE,
                            a.written(), wanText(diff), "报表：" + current.year() + " 年 " + wanText(years.get()[0])
                                    + " − " + previous.year() + " 年 " + wanText(years.get()[1]));
                }
            }
            return change;
        }

        private void rate(Sentence s, Change change, Percent p) {
            String lead = clause(p.lead());
            boolean unknownSign = lead.contains("/");
            boolean down = lead.contains("下降") || lead.contains("降低") || lead.contains("降幅");
            BigDecimal written = down && !unknownSign ? p.value().negate() : p.value();
            String name = change.figure().name();
            BigDecimal tolerance = p.halfUnit().add(CENT);
            Stated stated = change.subject();
            if (stated != null) {
                BigDecimal base = stated.wan().subtract(change.signedWan());
                if (base.signum() == 0) {
                    unchecked(s, name, Kind.RATE, p.written(), "按文中数上年为零，增长率无从计算");
                } else {
                    BigDecimal rate = percent(change.signedWan(), base);
                    BigDecimal compared = unknownSign || !change.signKnown() ? written.abs() : written;
                    BigDecimal computed = unknownSign || !change.signKnown() ? rate.abs() : rate;
                    record(agrees(compared, computed, tolerance), s, name, Kind.RATE, p.written(), computed + "%",
                            "按文中数：" + plain(change.signedWan()) + " ÷ (" + plain(stated.wan())
                                    + (change.signedWan().signum() < 0 ? " + " : " − ") + plain(change.signedWan().abs()) + ")");
                }
            }
            if (change.figure().cell() != null && notLastYear(s, null).isEmpty()) {
                Optional<BigDecimal[]> years = twoYears(change.figure().cell());
                if (years.isPresent() && years.get()[1].signum() != 0) {
                    BigDecimal diff = years.get()[0].subtract(years.get()[1]);
                    BigDecimal rate = percent(diff, years.get()[1]);
                    BigDecimal compared = unknownSign ? written.abs() : written;
                    BigDecimal computed = unknownSign ? rate.abs() : rate;
                    record(agrees(compared, computed, tolerance), s, name, Kind.RATE, p.written(), computed + "%",
                            "按报表：(" + plain(years.get()[0]) + " − " + plain(years.get()[1]) + ") ÷ "
                                    + plain(years.get()[1]) + "（" + current.year() + " 年与 " + previous.year() + " 年）");
                } else if (stated == null) {
                    unchecked(s, name, Kind.RATE, p.written(), lastYearMissing(change.figure().cell()));
                }
            } else if (stated == null) {
                unchecked(s, name, Kind.RATE, p.written(), "文中没有写出本年数，报表中也没有这个数");
            }
        }

        private void share(Sentence s, Stated part, Stated whole, Percent p) {
            if (part == null || whole == null) {
                unchecked(s, part == null ? "" : part.name(), Kind.SHARE, p.written(), "没有认出占比的分子或分母");
                return;
            }
            if (whole.wan().signum() == 0) {
                if (part.wan().signum() == 0) {
                    record(p.value().signum() == 0, s, part.name(), Kind.SHARE, p.written(), "0%", "按文中数：两数都为零");
                } else {
                    unchecked(s, part.name(), Kind.SHARE, p.written(), whole.name() + "为零，占比无从计算");
                }
                return;
            }
            BigDecimal computed = percent(part.wan(), whole.wan());
            record(agrees(p.value(), computed, p.halfUnit().add(CENT)), s, part.name(), Kind.SHARE, p.written(),
                    computed + "%", "按文中数：" + plain(part.wan()) + " ÷ " + whole.name() + " " + plain(whole.wan()));
        }

        private void budget(Sentence s, Object subject, Percent p) {
            Cell cell = subject instanceof Figure f ? f.cell() : null;
            if (cell == null || !cell.column().startsWith("final.")) {
                unchecked(s, subject instanceof Figure f ? f.name() : "", Kind.BUDGET, p.written(), "报表中没有这个数的预算数");
                return;
            }
            Figure figure = (Figure) subject;
            Cell budgetCell = new Cell(cell.table(), cell.row(), "budget." + cell.column().substring("final.".length()));
            Optional<DepartmentYear.Figure> fin = current.at(cell);
            Optional<DepartmentYear.Figure> bud = current.at(budgetCell);
            if (fin.isEmpty() || bud.isEmpty() || bud.get().yuan().signum() == 0) {
                unchecked(s, figure.name(), Kind.BUDGET, p.written(), fin.isEmpty() ? tableMissing(cell, current)
                        : "预算数为零，完成率无从计算");
                return;
            }
            BigDecimal computed = percent(fin.get().yuan(), bud.get().yuan());
            record(agrees(p.value(), computed, p.halfUnit().add(CENT)), s, figure.name(), Kind.BUDGET, p.written(),
                    computed + "%", "按报表：决算 " + wanText(wan(fin.get().yuan())) + " ÷ 预算 " + wanText(wan(bud.get().yuan())));
        }

        private void closeSection() {
            for (Sum sum : vocabulary.sums()) {
                Stated whole = statedInSection.get(sum.whole());
                List<Stated> parts = sum.parts().stream().map(statedInSection::get).toList();
                if (whole == null || parts.contains(null)) {
                    continue;
                }
                BigDecimal total = parts.stream().map(Stated::wan).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(parts.size())).add(whole.halfUnit());
                StringBuilder basis = new StringBuilder("按文中数：");
                for (int i = 0; i < parts.size(); i++) {
                    basis.append(i == 0 ? "" : " + ").append(parts.get(i).name()).append(' ').append(plain(parts.get(i).wan()));
                }
                record(agrees(whole.wan(), total, tolerance), whole.sentence(), whole.name(), Kind.SUM, whole.written(),
                        wanText(total), basis.toString());
            }
            statedInSection.clear();
        }

        private Optional<String> notLastYear(Sentence s, Amount a) {
            String before = a == null ? s.text() : s.text().substring(0, a.start());
            Matcher m = YEAR.matcher(before);
            String year = null;
            while (m.find()) {
                year = m.group(1);
            }
            if (year != null && !year.equals(String.valueOf(current.year() - 1))
                    && !year.equals(String.valueOf(current.year()))) {
                return Optional.of("文中与 " + year + " 年比较，报表只能与上年（" + (current.year() - 1) + " 年）比较");
            }
            return Optional.empty();
        }

        private Optional<BigDecimal[]> twoYears(Cell cell) {
            if (previous == null) {
                return Optional.empty();
            }
            Optional<DepartmentYear.Figure> now = current.at(cell);
            Optional<DepartmentYear.Figure> before = previous.at(cell);
            if (now.isEmpty() || before.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal[] {wan(now.get().yuan()), wan(before.get().yuan())});
        }

        private String lastYearMissing(Cell cell) {
            return previous == null ? "上年（" + (current.year() - 1) + " 年）的报表未入库，增减无从核对"
                    : tableMissing(cell, previous);
        }

        private void unchecked(Sentence s, String subject, Kind kind, String written, String reason) {
            checks.add(new TextCheck(Verdict.UNCHECKED, s.number(), s.section(), s.text(), subject, kind, written, "", reason));
        }

        private void record(boolean agrees, Sentence s, String subject, Kind kind, String written, String computed,
                            String basis) {
            checks.add(new TextCheck(agrees ? Verdict.AGREES : Verdict.DIFFERS, s.number(), s.section(), s.text(),
                    subject, kind, written, computed, basis));
        }
    }

    /** The words of the lead in the clause of the token (after the last comma or colon): what it says of it. */
    private static String clause(String lead) {
        int cut = Math.max(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(',')),
                Math.max(lead.lastIndexOf('：'), lead.lastIndexOf('；')));
        return lead.substring(cut + 1);
    }

    private static String tableMissing(Cell cell, DepartmentYear year) {
        return year.year() + " 年的报表中没有表 " + cell.table() + "（未报送）";
    }

    private static String where(DepartmentYear.Figure figure, Cell cell) {
        return cell.table() + " " + cell.row() + " / " + cell.column()
                + (figure.file().isEmpty() ? "（空白单元格，按零计）" : "（" + figure.where() + "）");
    }

    private static boolean agrees(BigDecimal written, BigDecimal computed, BigDecimal tolerance) {
        return written.subtract(computed).abs().compareTo(tolerance) <= 0;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    private static String wanText(BigDecimal wan) {
        return wan.setScale(Math.max(2, Math.min(wan.scale(), 6)), RoundingMode.HALF_UP).toPlainString() + "万元";
    }

    private static String plain(BigDecimal wan) {
        return wan.setScale(Math.max(2, Math.min(wan.stripTrailingZeros().scale(), 6)), RoundingMode.HALF_UP).toPlainString();
    }
}
