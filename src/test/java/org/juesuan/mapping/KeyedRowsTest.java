package org.juesuan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.layout.Unit;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.junit.jupiter.api.Test;

/** The compact row store gives back exactly what was put in: every scale, sign and size, every cell. */
class KeyedRowsTest {

    private static final List<String> COLUMNS = List.of("total", "basic", "project");

    private static Map<String, Amount> amounts(int row, String... printed) {
        Map<String, Amount> amounts = new LinkedHashMap<>();
        for (int c = 0; c < printed.length; c++) {
            if (printed[c] != null) {
                BigDecimal value = new BigDecimal(printed[c]);
                amounts.put(COLUMNS.get(c), new Amount(value, Unit.WAN_YUAN.toYuan(value),
                        new CellRef("f.xlsx", "表3", CellRef.a1(row, 4 + c))));
            }
        }
        return amounts;
    }

    @Test
    void rowsComeBackExactlyWithTheirCellsKeysAndOrder() {
        KeyedRows rows = new KeyedRows("f.xlsx", "表3", COLUMNS, Unit.WAN_YUAN);
        CellRef label = new CellRef("f.xlsx", "表3", "A8");
        assertThat(rows.add("TOTAL", "合计", 0, amounts(7, "1234.50", "0", "-0.000001"), label)).isTrue();
        assertThat(rows.add("2010101", "行政运行", 3, amounts(8, "12345678901234567890.12", "7", null),
                new CellRef("f.xlsx", "表3", "D9"))).isTrue();
        assertThat(rows.add("00201", "前导零", 2, amounts(9, "1.0", "0.00", "3E+2"),
                new CellRef("f.xlsx", "表3", "D10"))).isTrue();
        assertThat(rows.add("2010101", "again", 3, amounts(10, "1", "1", "1"), label)).isFalse();

        assertThat(rows).hasSize(3);
        assertThat(rows.stream().map(KeyedRow::rowKey)).containsExactly("TOTAL", "2010101", "00201");
        KeyedRow total = rows.get("TOTAL");
        assertThat(total.level()).isZero();
        assertThat(total.parentKey()).isNull();
        assertThat(total.labelCell()).isEqualTo(label);
        assertThat(total.amounts().get("total").printed()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(total.amounts().get("total").yuan()).isEqualTo(new BigDecimal("1234.50").multiply(new BigDecimal(10000)));
        assertThat(total.amounts().get("project").printed()).isEqualTo(new BigDecimal("-0.000001"));
        assertThat(total.amounts().get("project").cell().cell()).isEqualTo("G8");

        KeyedRow outsized = rows.get("2010101");
        assertThat(outsized.rowName()).isEqualTo("行政运行");
        assertThat(outsized.parentKey()).isEqualTo("20101");
        assertThat(outsized.amounts()).containsOnlyKeys("total", "basic");
        assertThat(outsized.amounts().get("total").printed()).isEqualTo(new BigDecimal("12345678901234567890.12"));
        assertThat(rows.get("00201").amounts().get("project").printed()).isEqualTo(new BigDecimal("3E+2"));
        assertThat(rows.get("00201").parentKey()).isEqualTo("002");
        assertThat(rows.nonZeroFigures()).isEqualTo(6);
        assertThat(java.util.Arrays.stream(rows.codesWithFigures()).mapToObj(KeyedRows::codeOf)).containsExactly("2010101", "00201");

        KeyedRows inYuan = rows.inUnit(Unit.YUAN);
        assertThat(inYuan.get("TOTAL").amounts().get("total").yuan()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(rows.get("nothing")).isNull();
    }
}
