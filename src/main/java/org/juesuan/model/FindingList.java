package org.juesuan.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission's findings, at most {@link #PER_RULE_AND_TABLE} of one rule in one table: a sheet of a
 * million rows with a code missing from the catalog on each would otherwise hold (and load) a million
 * warnings. Every finding is counted; {@link #closeOverflow()} adds one finding per rule and table
 * saying how many more there were, so nothing is dropped silently.
 */
public final class FindingList extends AbstractList<Finding> {

    public static final int PER_RULE_AND_TABLE = 500;

    private final List<Finding> listed = new ArrayList<>();
    private final Map<String, Integer> perRuleAndTable = new LinkedHashMap<>();
    private final Map<String, Overflow> overflow = new LinkedHashMap<>();
    private final Map<Severity, Long> counted = new EnumMap<>(Severity.class);

    private static final class Overflow {
        final Finding first;
        long more;
        Severity severity;

        Overflow(Finding first) {
            this.first = first;
            this.severity = first.severity();
        }
    }

    /** Lists the finding, or counts it when its rule already has {@link #PER_RULE_AND_TABLE} in its table. */
    @Override
    public boolean add(Finding finding) {
        counted.merge(finding.severity(), 1L, Long::sum);
        String group = finding.ruleId() + " " + finding.table();
        if (perRuleAndTable.merge(group, 1, Integer::sum) <= PER_RULE_AND_TABLE) {
            return listed.add(finding);
        }
        Overflow more = overflow.computeIfAbsent(group, g -> new Overflow(finding));
        more.more++;
        if (finding.severity() == Severity.ERROR) {
            more.severity = Severity.ERROR;
        }
        return false;
    }

    @Override
    public boolean addAll(Collection<? extends Finding> findings) {
        boolean any = false;
        for (Finding finding : findings) {
            any |= add(finding);
        }
        return any;
    }

    /** Adds, once, one finding per rule and table that had more than could be listed. */
    public void closeOverflow() {
        overflow.forEach((group, more) -> listed.add(new Finding(more.first.ruleId(), more.severity,
                more.first.table(), Messages.text("finding.overflow", more.more, PER_RULE_AND_TABLE,
                more.first.message()), null, null, more.first.cells())));
        overflow.clear();
    }

    /** Findings of this severity, listed or not. */
    public long count(Severity severity) {
        return counted.getOrDefault(severity, 0L);
    }

    @Override
    public Finding get(int index) {
        return listed.get(index);
    }

    @Override
    public int size() {
        return listed.size();
    }

    @Override
    public void clear() {
        listed.clear();
        perRuleAndTable.clear();
        overflow.clear();
        counted.clear();
    }
}
