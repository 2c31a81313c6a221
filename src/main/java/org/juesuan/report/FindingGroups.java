package org.juesuan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.model.CellRef;

/**
 * Findings that one wrong figure explains, led by that figure. Checks that fail by the same amount and
 * all read one cell (one T03 class line off by 1.00 万元 breaks T03's row rule, its 类 sum, the 合计 sum and
 * the T01/T04 class lines that compare with it) are most likely all caused by that cell: the officer fixes
 * one figure, not five. Findings without a difference, or alone with theirs, stand on their own.
 */
public final class FindingGroups {

    /** @param cause the cell every finding of the group reads; @param difference how far each is off, in 元 */
    public record Group(CellRef cause, BigDecimal difference, List<SubmissionReport.Item> findings) {
    }

    /** The groups, largest first, then the findings no group explains (in their order). */
    public record Grouped(List<Group> groups, List<SubmissionReport.Item> alone) {
    }

    private FindingGroups() {
    }

    public static Grouped of(List<SubmissionReport.Item> findings) {
        Map<BigDecimal, List<SubmissionReport.Item>> byDifference = new LinkedHashMap<>();
        for (SubmissionReport.Item f : findings) {
            BigDecimal d = difference(f);
            if (d != null) {
                byDifference.computeIfAbsent(d, k -> new ArrayList<>()).add(f);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<BigDecimal, List<SubmissionReport.Item>> same : byDifference.entrySet()) {
            List<SubmissionReport.Item> open = new ArrayList<>(same.getValue());
            while (open.size() >= 2) {
                CellRef shared = mostShared(open);
                List<SubmissionReport.Item> explained = open.stream().filter(f -> f.cells().contains(shared)).toList();
                if (explained.size() < 2) {
                    break;
                }
                groups.add(new Group(shared, same.getKey(), explained));
                open.removeAll(explained);
            }
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.findings().size()));
        List<SubmissionReport.Item> alone = new ArrayList<>(findings);
        groups.forEach(g -> alone.removeAll(g.findings()));
        return new Grouped(groups, alone);
    }

    /** |actual − expected| in 元, or null for a finding that compares no amounts (or holds them equal). */
    static BigDecimal difference(SubmissionReport.Item f) {
        if (f.expectedYuan() == null || f.actualYuan() == null) {
            return null;
        }
        BigDecimal d = f.actualYuan().subtract(f.expectedYuan()).abs();
        return d.signum() == 0 ? null : d.stripTrailingZeros();
    }

    private static CellRef mostShared(List<SubmissionReport.Item> findings) {
        Map<CellRef, Integer> counts = new LinkedHashMap<>();
        for (SubmissionReport.Item f : findings) {
            f.cells().stream().distinct().forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
