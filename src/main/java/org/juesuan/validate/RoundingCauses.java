package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;

/**
 * One printed cent, one 尾差 finding. A figure rounded on its own table makes every identity that reads it differ by
 * the same cent (T01's 类 line 0.01 万元 above T03's also puts T01's 本年支出合计 0.01 off its 类 lines), so the
 * 尾差 that differ by the same amount and all read one cell are one finding: led by the one naming fewest cells
 * (the two printed figures of one amount), the others' statements and cells added to it. The department explains
 * the cent once. Each 尾差 then ends with the advice of {@link AuditMessages#roundingAdvice()}.
 */
final class RoundingCauses implements Consumer<Finding> {

    /** 尾差 held back for merging; past this (a sheet of countless cents) each goes on alone. */
    static final int HELD_AT_MOST = 2_000;

    private final Consumer<Finding> next;
    private final List<Finding> held = new ArrayList<>();

    /** @param next where the findings go: every other finding at once, the 尾差 at {@link #release()} */
    RoundingCauses(Consumer<Finding> next) {
        this.next = next;
    }

    @Override
    public void accept(Finding finding) {
        if (!finding.ruleId().endsWith(Rounding.FINDING_SUFFIX)) {
            next.accept(finding);
        } else if (held.size() < HELD_AT_MOST) {
            held.add(finding);
        } else {
            next.accept(finished(finding, List.of(finding)));
        }
    }

    /** Merges the 尾差 held, one finding per cause, and passes them on in the order they came. */
    void release() {
        Map<BigDecimal, List<Finding>> byDifference = new LinkedHashMap<>();
        for (Finding f : held) {
            byDifference.computeIfAbsent(f.actualYuan().subtract(f.expectedYuan()).abs().stripTrailingZeros(),
                    k -> new ArrayList<>()).add(f);
        }
        Map<Finding, Finding> replaced = new IdentityHashMap<>();
        for (List<Finding> same : byDifference.values()) {
            List<Finding> open = new ArrayList<>(same);
            while (!open.isEmpty()) {
                List<Finding> cause = sharingMostReadCell(open);
                if (cause.isEmpty()) { // no cell read twice: each stands alone
                    open.forEach(f -> replaced.put(f, finished(f, List.of(f))));
                    break;
                }
                Finding lead = cause.stream().min(Comparator.comparingInt((Finding f) -> f.cells().size())).orElseThrow();
                cause.forEach(f -> replaced.put(f, f == lead ? finished(lead, cause) : null));
                open.removeIf(f -> cause.stream().anyMatch(c -> c == f));
            }
        }
        for (Finding f : held) {
            Finding merged = replaced.get(f);
            if (merged != null) {
                next.accept(merged);
            }
        }
        held.clear();
    }

    /** The findings that read the cell most of {@code open} read; empty when no cell is read by two of them. */
    private static List<Finding> sharingMostReadCell(List<Finding> open) {
        Map<CellRef, Integer> counts = new LinkedHashMap<>();
        open.forEach(f -> f.cells().stream().distinct().forEach(c -> counts.merge(c, 1, Integer::sum)));
        CellRef shared = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<Finding> sharing = shared == null ? List.of() : open.stream().filter(f -> f.cells().contains(shared)).toList();
        return sharing.size() >= 2 ? sharing : List.of();
    }

    private static Finding finished(Finding lead, List<Finding> cause) {
        StringBuilder message = new StringBuilder(lead.message());
        LinkedHashSet<CellRef> cells = new LinkedHashSet<>(lead.cells());
        List<String> others = new ArrayList<>();
        Severity severity = lead.severity();
        for (Finding f : cause) {
            if (f != lead) {
                others.add(f.message());
                cells.addAll(f.cells());
                severity = f.severity().compareTo(severity) < 0 ? f.severity() : severity;
            }
        }
        if (!others.isEmpty()) {
            message.append(AuditMessages.roundingAlso(others));
        }
        message.append(AuditMessages.roundingAdvice());
        return new Finding(lead.ruleId(), severity, lead.table(), message.toString(), lead.expectedYuan(),
                lead.actualYuan(), List.copyOf(cells));
    }
}
