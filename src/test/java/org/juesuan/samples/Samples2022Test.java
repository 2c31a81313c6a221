package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The 2022 samples: consistent to the cent, faithful to the three 2022 figures the 2023 report text implies, and
 * continuous with the 2023 samples where the departments' own books must be.
 */
class Samples2022Test {

    private static DepartmentAccounts department(String name, int year) {
        return SampleGenerator.departments(year).stream().filter(d -> d.departmentName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static BigDecimal amount(DepartmentAccounts a, String table, String row, String column) {
        return a.row(table, row).orElseThrow(() -> new AssertionError(table + " lacks " + row)).amount(column);
    }

    private static BigDecimal wan(String text) {
        return new BigDecimal(text);
    }

    @Test
    void twoDepartmentsOf2022HoldEveryIdentityToTheCent() {
        assertThat(SampleGenerator.departments(2022)).extracting(DepartmentAccounts::departmentName)
                .containsExactly("米易县经济信息化和科学技术局", "米易县农业农村局");
        for (DepartmentAccounts d : SampleGenerator.departments(2022)) {
            assertThat(d.fiscalYear()).isEqualTo(2022);
            assertThat(AccountsIdentityChecker.check(d)).as(d.departmentName()).isEmpty();
        }
    }

    /**
     * 收支总计, “三公” and 机关运行经费 of 2022, as the 2023 text states the change from 2022: “收、支总计
     * 各增加 1703.97 万元”, “三公” “较上年度增加 0.16 万元”, 机关运行经费 “比 2022 年度减少 1.63 万元”.
     */
    @Test
    void miyi2022IsWhatThe2023TextSaysOf2022() {
        DepartmentAccounts miyi2022 = department("米易县经济信息化和科学技术局", 2022);
        DepartmentAccounts miyi2023 = department("米易县经济信息化和科学技术局", 2023);
        assertThat(amount(miyi2022, "T01", "EXP_GRAND_TOTAL", "amount"))
                .isEqualByComparingTo(amount(miyi2023, "T01", "EXP_GRAND_TOTAL", "amount").subtract(wan("1703.97")))
                .isEqualByComparingTo(wan("1195.98"));
        assertThat(amount(miyi2022, "T01", "INC_GRAND_TOTAL", "amount")).isEqualByComparingTo(wan("1195.98"));
        assertThat(amount(miyi2022, "T13", "TOTAL", "final.total"))
                .isEqualByComparingTo(amount(miyi2023, "T13", "TOTAL", "final.total").subtract(wan("0.16")))
                .isEqualByComparingTo(amount(miyi2022, "T13", "TOTAL", "final.reception"));
        assertThat(amount(miyi2022, "T08", "PUBLIC_TOTAL", "amount"))
                .isEqualByComparingTo(amount(miyi2023, "T08", "PUBLIC_TOTAL", "amount").add(wan("1.63")));
    }

    @Test
    void agricultureCarriesOverInto2023ExactlyAndPrints20805UnderItsOldName() {
        DepartmentAccounts y2022 = department("米易县农业农村局", 2022);
        DepartmentAccounts y2023 = department("米易县农业农村局", 2023);
        assertThat(amount(y2022, "T01", "END_BALANCE", "amount")).isPositive()
                .isEqualByComparingTo(amount(y2023, "T01", "BEGIN_BALANCE", "amount"));
        assertThat(amount(y2022, "T10", "TOTAL", "end_balance")).isPositive()
                .isEqualByComparingTo(amount(y2023, "T10", "TOTAL", "begin_balance"));
        for (String table : List.of("T02", "T03", "T05", "T06", "T07")) {
            assertThat(y2022.row(table, "20805").orElseThrow().rowName()).as(table).isEqualTo("行政事业单位离退休");
            assertThat(y2023.row(table, "20805").orElseThrow().rowName()).as(table).isEqualTo("行政事业单位养老支出");
        }
    }
}
