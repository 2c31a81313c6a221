package org.juesuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeHierarchyTest {

    @Test
    void threeFiveAndSevenDigitsAreClassSectionAndItemWithTheFirstThreeOrFiveDigitsAsParent() {
        assertThat(CodeHierarchy.level("208")).isEqualTo(1);
        assertThat(CodeHierarchy.level("20805")).isEqualTo(2);
        assertThat(CodeHierarchy.level("2080501")).isEqualTo(3);
        assertThat(CodeHierarchy.parent("208")).isNull();
        assertThat(CodeHierarchy.parent("20805")).isEqualTo("208");
        assertThat(CodeHierarchy.parent("2080501")).isEqualTo("20805");
        assertThat(CodeHierarchy.parent("30101")).isEqualTo("301");
    }

    @Test
    void aKeyThatIsNotACodeHasLevelZeroAndNoParent() {
        for (String key : new String[] {"TOTAL", "PERSONNEL_TOTAL", "INC_GPB", "2080", "208050", "20805011", "2O805", ""}) {
            assertThat(CodeHierarchy.isCode(key)).as(key).isFalse();
            assertThat(CodeHierarchy.level(key)).as(key).isZero();
            assertThat(CodeHierarchy.parent(key)).as(key).isNull();
        }
    }

    @Test
    void theAncestorOfACodeAtALevelIsItsFirstThreeOrFiveDigits() {
        assertThat(CodeHierarchy.ancestor("2080501", 1)).isEqualTo("208");
        assertThat(CodeHierarchy.ancestor("2080501", 2)).isEqualTo("20805");
        assertThat(CodeHierarchy.ancestor("208", 2)).isEqualTo("208");
    }
}
