package org.juesuan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The change sentence as published reports word it, from the bundle's templates. */
class DisclosureTextTest {

    @Test
    void changesAreWordedAsPublishedReportsWordThem() {
        // the seed's 增加 1704.58 on its own base of 2899.95 − 1704.58 = 1195.37: 142.60 %, not 58.78 %
        assertThat(DisclosureText.change("与2022年度相比，收、支总计各", new BigDecimal("2899.95"),
                new BigDecimal("1195.37"))).isEqualTo("与2022年度相比，收、支总计各增加1704.58万元，增长142.60%。");
        assertThat(DisclosureText.change("公务接待费支出决算比2022年度", new BigDecimal("90"), new BigDecimal("100")))
                .isEqualTo("公务接待费支出决算比2022年度减少10.00万元，下降10%。");
        assertThat(DisclosureText.change("公务接待费支出决算比2022年度", new BigDecimal("1.52"), new BigDecimal("1.521")))
                .isEqualTo("公务接待费支出决算与2022年度持平。");
        assertThat(DisclosureText.change("，较上年度", new BigDecimal("5"), BigDecimal.ZERO))
                .isEqualTo("，较上年度增加5.00万元。");
        assertThat(DisclosureText.change("x", new BigDecimal("5"), null)).isEmpty();
    }
}
