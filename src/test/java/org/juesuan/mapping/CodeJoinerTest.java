package org.juesuan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CodeJoinerTest {

    @Test
    void joinedSplitAndZeroLostCodes() {
        CodeJoiner joiner = new CodeJoiner();
        assertThat(joiner.join(List.of("2080501", "", ""))).isEqualTo("2080501");
        assertThat(joiner.join(List.of("208", "", ""))).isEqualTo("208");
        assertThat(joiner.join(List.of("208", "05", ""))).isEqualTo("20805");
        assertThat(joiner.join(List.of("208", "5", "1"))).isEqualTo("2080501");
        // 类 left blank on 款/项 rows, and 款 blank on a 项 row: taken from the rows above.
        assertThat(joiner.join(List.of("", "5", "6"))).isEqualTo("2080506");
        assertThat(joiner.join(List.of("", "", "99"))).isEqualTo("2080599");
    }

    @Test
    void economicSplitCodesAndMalformedOnes() {
        CodeJoiner joiner = new CodeJoiner();
        assertThat(joiner.join(List.of("301", "01"))).isEqualTo("30101");
        assertThat(joiner.join(List.of("30102"))).isEqualTo("30102");
        assertThat(joiner.join(List.of("2080"))).isNull();
        assertThat(joiner.join(List.of("208", "123", ""))).isNull();
        assertThat(joiner.join(List.of("20A"))).isNull();
    }
}
