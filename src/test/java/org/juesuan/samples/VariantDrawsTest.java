package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The seeded round trip draws every habit of published tables (issue 12), each in a form that changes what is
 * printed, within the first 200 seeds — so {@code -Droundtrip.count=200} and up exercise all of them.
 */
class VariantDrawsTest {

    @Test
    void theFirstTwoHundredSeedsDrawEveryIssue12Habit() {
        Set<String> drawn = new TreeSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            VariantRoundTripTest.Drawn d = VariantRoundTripTest.Drawn.of(seed);
            LayoutVariant v = d.variant();
            DepartmentAccounts printed = VariantAccounts.of(d.accounts(), v);
            List<String> habits = new ArrayList<>();
            if (v.emptyTables() == LayoutVariant.EmptyTables.TEMPLATE && !printed.emptyTableNotes().isEmpty()) {
                habits.add("blank form, " + v.templateBlankRows() + " rows");
            }
            if (v.repeatHeaderEvery() > 0) {
                habits.add("continued " + v.continuation());
            }
            if (v.blankRowsInBody()) {
                habits.add("blank rows in body");
            }
            habits.add("code+name " + v.codeWithName());
            habits.add("extra columns " + v.extraColumns());
            boolean negative = printed.tables().values().stream().flatMap(List::stream)
                    .anyMatch(r -> r.amounts().values().stream().anyMatch(a -> a.signum() < 0));
            if (negative) {
                habits.add("negative " + v.negatives());
            }
            if (v.trailingSpaces()) {
                habits.add("trailing spaces");
            }
            if (v.floatNoise()) {
                habits.add("float noise");
            }
            if (v.wanFourDecimals()) {
                habits.add("whole-元 万元 cells");
            }
            if (printed.tables().containsKey("T05") && VariantAccounts.byEconomicClass(printed.rows("T05"))) {
                habits.add("T05 by 经济分类");
            }
            drawn.addAll(habits);
        }
        List<String> expected = new ArrayList<>(List.of("blank rows in body", "trailing spaces", "float noise",
                "whole-元 万元 cells", "T05 by 经济分类"));
        for (int rows = 8; rows <= 12; rows++) {
            expected.add("blank form, " + rows + " rows");
        }
        for (LayoutVariant.Continuation c : LayoutVariant.Continuation.values()) {
            expected.add("continued " + c);
        }
        for (LayoutVariant.CodeWithName c : LayoutVariant.CodeWithName.values()) {
            expected.add("code+name " + c);
        }
        for (LayoutVariant.ExtraColumns c : LayoutVariant.ExtraColumns.values()) {
            expected.add("extra columns " + c);
        }
        for (LayoutVariant.Negatives n : LayoutVariant.Negatives.values()) {
            if (n != LayoutVariant.Negatives.NONE) {
                expected.add("negative " + n);
            }
        }
        assertThat(drawn).containsAll(expected);
    }
}
