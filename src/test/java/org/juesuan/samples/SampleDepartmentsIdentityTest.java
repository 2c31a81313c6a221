package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SampleDepartmentsIdentityTest {

    private static DepartmentAccounts department(String name) {
        return SampleGenerator.departments().stream().filter(d -> d.departmentName().equals(name)).findFirst().orElseThrow();
    }

    private static BigDecimal amount(DepartmentAccounts a, String table, String row, String column) {
        return a.row(table, row).orElseThrow(() -> new AssertionError(table + " lacks " + row)).amount(column);
    }

    private static BigDecimal wan(String text) {
        return new BigDecimal(text);
    }

    @Test
    void threeDepartmentsOf2023() {
        assertThat(SampleGenerator.departments()).extracting(DepartmentAccounts::departmentName)
                .containsExactly("米易县经济信息化和科学技术局", "米易县教育和体育局", "米易县农业农村局");
        assertThat(SampleGenerator.departments()).allSatisfy(d -> {
            assertThat(d.fiscalYear()).isEqualTo(2023);
            assertThat(d.tables().keySet()).containsExactly("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08",
                    "T09", "T10", "T11", "T12", "T13");
        });
    }

    @Test
    void educationAndAgricultureHoldEveryIdentityToTheCent() {
        for (String name : List.of("米易县教育和体育局", "米易县农业农村局")) {
            assertThat(AccountsIdentityChecker.check(department(name))).as(name).isEmpty();
        }
    }

    @Test
    void miyiBreaksExactlyWhereTheSeedTextContradictsItself() {
        DepartmentAccounts miyi = department("米易县经济信息化和科学技术局");
        Set<String> expected = Set.of(
                // Σ 项 = 2921.04 against the printed 2899.95 (the 21.09 sits in 项目支出)
                "T01|T01|EXP_TOTAL|amount",
                "H|T02|TOTAL|total", "H|T02|TOTAL|fiscal",
                "H|T03|TOTAL|total", "H|T03|TOTAL|project",
                "T04|T04|EXP_TOTAL|total", "T04|T04|EXP_TOTAL|gpb",
                "H|T06|TOTAL|total", "H|T06|TOTAL|project",
                "H|T05|TOTAL|total", "H|T05|TOTAL|project", "H|T05|TOTAL|project.302",
                "H|T07|TOTAL|total", "H|T07|TOTAL|project", "H|T07|TOTAL|project.302",
                // 人员经费 727.07 + 公用经费 55.02 = 782.09 against 基本支出 757.09
                "X5|T08|TOTAL|basic",
                "ROW|T05|TOTAL|basic", "ROW|T07|TOTAL|basic",
                "H|T05|TOTAL|basic.personnel", "H|T07|TOTAL|basic.personnel",
                "X7|T07|TOTAL|basic");
        assertThat(AccountsIdentityChecker.ids(AccountsIdentityChecker.check(miyi))).isEqualTo(new java.util.TreeSet<>(expected));
    }

    @Test
    void miyiPrintsTheSeedFigures() {
        DepartmentAccounts miyi = department("米易县经济信息化和科学技术局");
        Map<String, String> items = new LinkedHashMap<>();
        items.put("2060101", "285.44");
        items.put("2060102", "9.64");
        items.put("2060103", "209.35");
        items.put("2060199", "7.91");
        items.put("2060208", "1.30");
        items.put("2060404", "2.92");
        items.put("2069999", "17.54");
        items.put("2080501", "131.98");
        items.put("2080502", "67.82");
        items.put("2080505", "64.12");
        items.put("2080506", "0.14");
        items.put("2080801", "37.36");
        items.put("2101101", "18.61");
        items.put("2101102", "11.14");
        items.put("2101103", "19.28");
        items.put("2150106", "560.00");
        items.put("2150199", "197.00");
        items.put("2150299", "209.56");
        items.put("2159999", "1026.00");
        items.put("2210201", "43.93");
        assertThat(miyi.rows("T03").stream().map(AccountRow::rowKey).filter(k -> k.length() == 7))
                .containsExactlyElementsOf(items.keySet());
        items.forEach((code, figure) -> {
            assertThat(amount(miyi, "T03", code, "total")).as(code).isEqualTo(wan(figure));
            assertThat(amount(miyi, "T06", code, "total")).as(code).isEqualTo(wan(figure));
        });
        assertThat(miyi.row("T03", "2080502").orElseThrow().rowName()).isEqualTo("事业单位离退休");
        assertThat(amount(miyi, "T03", "2060103", "basic")).isEqualTo(wan("114.63"));
        assertThat(amount(miyi, "T03", "2060103", "project")).isEqualTo(wan("94.72"));
        BigDecimal basicRows = miyi.rows("T03").stream().filter(r -> r.rowKey().length() == 7)
                .map(r -> r.amount("basic")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(basicRows).isEqualTo(wan("757.09"));

        assertThat(amount(miyi, "T01", "INC_GPB", "amount")).isEqualTo(wan("1873.95"));
        assertThat(amount(miyi, "T01", "INC_TOTAL", "amount")).isEqualTo(wan("1873.95"));
        assertThat(amount(miyi, "T01", "BEGIN_BALANCE", "amount")).isEqualTo(wan("1026.00"));
        assertThat(amount(miyi, "T01", "INC_GRAND_TOTAL", "amount")).isEqualTo(wan("2899.95"));
        assertThat(amount(miyi, "T01", "EXP_TOTAL", "amount")).isEqualTo(wan("2899.95"));
        assertThat(amount(miyi, "T01", "END_BALANCE", "amount")).isZero();
        assertThat(amount(miyi, "T01", "EXP_GRAND_TOTAL", "amount")).isEqualTo(wan("2899.95"));
        assertThat(amount(miyi, "T03", "TOTAL", "total")).isEqualTo(wan("2899.95"));
        assertThat(amount(miyi, "T03", "TOTAL", "basic")).isEqualTo(wan("757.09"));
        assertThat(amount(miyi, "T03", "TOTAL", "project")).isEqualTo(wan("2142.86"));
        assertThat(amount(miyi, "T02", "TOTAL", "fiscal")).isEqualTo(wan("1873.95"));
        assertThat(amount(miyi, "T08", "PERSONNEL_TOTAL", "amount")).isEqualTo(wan("727.07"));
        assertThat(amount(miyi, "T08", "PUBLIC_TOTAL", "amount")).isEqualTo(wan("55.02"));
        assertThat(amount(miyi, "T08", "30217", "amount")).isEqualTo(wan("1.52"));
        assertThat(amount(miyi, "T09", "TOTAL", "amount")).isEqualTo(wan("2142.86"));
        for (String t : List.of("T05", "T07")) {
            assertThat(amount(miyi, t, "TOTAL", "basic")).isEqualTo(wan("757.09"));
            assertThat(amount(miyi, t, "TOTAL", "basic.personnel")).isEqualTo(wan("727.07"));
            assertThat(amount(miyi, t, "TOTAL", "basic.public")).isEqualTo(wan("55.02"));
        }
        assertThat(miyi.row("T13", "TOTAL").orElseThrow().amounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "budget.total", wan("1.52"), "budget.reception", wan("1.52"),
                "final.total", wan("1.52"), "final.reception", wan("1.52")));
        assertThat(miyi.emptyTableNotes()).containsOnlyKeys("T10", "T11", "T12");
        assertThat(miyi.emptyTableNotes().get("T10")).startsWith("说明：米易县经济信息化和科学技术局2023年度").endsWith("故本表为空表。");
        // All 一般公共预算: the all-fiscal and the 一般公共预算 tables coincide.
        assertThat(miyi.rows("T05")).isEqualTo(miyi.rows("T07"));
    }

    @Test
    void educationHasOwnMoneyBesidesFiscalFunding() {
        DepartmentAccounts edu = department("米易县教育和体育局");
        assertThat(amount(edu, "T02", "TOTAL", "service")).isPositive();
        assertThat(amount(edu, "T02", "TOTAL", "other")).isPositive();
        assertThat(amount(edu, "T01", "BEGIN_BALANCE", "amount")).isPositive();
        assertThat(amount(edu, "T01", "END_BALANCE", "amount")).isPositive();
        assertThat(amount(edu, "T03", "TOTAL", "total")).isGreaterThan(amount(edu, "T06", "TOTAL", "total"));
        assertThat(edu.rows("T03").stream().filter(r -> r.rowKey().length() == 7 && r.rowKey().startsWith("205")).count())
                .isGreaterThan(edu.rows("T03").stream().filter(r -> r.rowKey().length() == 7 && !r.rowKey().startsWith("205")).count());
        assertThat(edu.emptyTableNotes()).containsOnlyKeys("T10", "T11", "T12");
    }

    @Test
    void agricultureHasGovernmentFundMoney() {
        DepartmentAccounts agri = department("米易县农业农村局");
        assertThat(amount(agri, "T10", "TOTAL", "exp_total")).isEqualTo(wan("440.00"));
        assertThat(amount(agri, "T04", "EXP_TOTAL", "govfund")).isEqualTo(wan("440.00"));
        assertThat(agri.rows("T05")).isNotEqualTo(agri.rows("T07"));
        assertThat(amount(agri, "T13", "TOTAL", "final.vehicle_purchase")).isEqualTo(wan("18.50"));
        assertThat(agri.emptyTableNotes()).containsOnlyKeys("T11", "T12");
        assertThat(agri.rows("T03").stream().filter(r -> r.rowKey().length() == 7 && r.rowKey().startsWith("213")).count())
                .isGreaterThan(10);
    }

    @Test
    void randomDepartmentsAreConsistentAndReproducible() {
        for (long seed = 1; seed <= 50; seed++) {
            DepartmentAccounts d = SampleGenerator.randomDepartment(seed);
            assertThat(AccountsIdentityChecker.check(d)).as("seed " + seed).isEmpty();
            long items = d.rows("T03").stream().filter(r -> r.rowKey().length() == 7).count();
            assertThat(items).as("seed " + seed).isBetween(20L, 150L);
            assertThat(SampleGenerator.randomDepartment(seed)).isEqualTo(d);
        }
        assertThat(SampleGenerator.randomDepartment(1)).isNotEqualTo(SampleGenerator.randomDepartment(2));
    }
}
