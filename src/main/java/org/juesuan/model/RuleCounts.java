package org.juesuan.model;

/** How many rule evaluations held, broke, or could not apply (tables or columns absent). */
public record RuleCounts(int passed, int failed, int notApplicable) {

    public static final RuleCounts NONE = new RuleCounts(0, 0, 0);

    public RuleCounts plus(RuleCounts other) {
        return new RuleCounts(passed + other.passed, failed + other.failed, notApplicable + other.notApplicable);
    }
}
