package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.layout.CodeFamily;
import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRows;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.TableCode;
import org.junit.jupiter.api.Test;

/**
 * Each printed figure on its own: four decimals in a 万元 cell are exact 元 and pass; a fifth decimal, a fraction of a
 * 分 once in 元, or a malformed row key is a finding at that cell, in the catalogue's words; zeros are not looked at.
 */
class FigureValidatorTest {

    @Test
    void fourDecimalsOfWanYuanPassAndEachBreakIsNamedAtItsCell() {
        // the rows as KeyedRows holds them: 元 = the printed figure in the table's unit
        KeyedRows rows = new KeyedRows("t.xlsx", "T03", List.of("total"), Unit.WAN_YUAN);
        rows.add("2050101", "学前教育", 3, amounts("123.4567", "1234567.00", 5), cell(5, 0));
        rows.add("2050102", "小学教育", 3, amounts("1.23456", "12345.60", 6), cell(6, 0));
        rows.add("2050199", "其他", 3, amounts("0.00001", "0.1", 8), cell(8, 0));
        rows.add("20501X", "写错的编码", 3, amounts("1.00", "10000.00", 9), cell(9, 0));
        rows.add("2050104", "高中教育", 3, amounts("0", "0", 10), cell(10, 0));
        List<Finding> findings = new ArrayList<>();
        new FigureValidator().check(new MappedTable(TableCode.T03, null, rows, Set.of("total"), CodeFamily.FUNCTIONAL),
                findings);
        assertThat(findings).extracting(f -> f.ruleId() + "@" + f.primaryCell().cell()).containsExactly(
                "ROW-PRINTED@C7", "ROW-PRINTED@C9", "ROW-ROWKEY@C10");
        assertThat(findings.get(0).message()).isEqualTo("「2050102 小学教育」行：金额最多四位小数、整数最多 16 位（填的是 1.23456）");

        // in a 元 table a fraction of a 分 is printed as such: three decimals pass as printed, not once in 元
        KeyedRows yuanRows = new KeyedRows("t.xlsx", "T03", List.of("total"), Unit.YUAN);
        yuanRows.add("2050199", "其他", 3, amounts("0.001", "0.001", 8), cell(8, 0));
        List<Finding> inYuan = new ArrayList<>();
        new FigureValidator().check(new MappedTable(TableCode.T03, null, yuanRows, Set.of("total"),
                CodeFamily.FUNCTIONAL), inYuan);
        assertThat(inYuan).extracting(Finding::ruleId).containsExactly("ROW-YUAN");
        assertThat(inYuan.get(0).message()).isEqualTo("「2050199 其他」行：金额折合为元后超出分位（0.001 元）");
        assertThat(FigureValidator.fits(new BigDecimal("9999999999999999.9999"), 16, 4)).isTrue();
        assertThat(FigureValidator.fits(new BigDecimal("99999999999999999"), 16, 4)).isFalse();
        assertThat(FigureValidator.fits(new BigDecimal("1.2300000"), 16, 2)).isTrue();
    }

    private static Map<String, Amount> amounts(String printed, String yuan, int row) {
        Map<String, Amount> amounts = new LinkedHashMap<>();
        amounts.put("total", new Amount(new BigDecimal(printed), new BigDecimal(yuan), cell(row, 2)));
        return amounts;
    }

    private static CellRef cell(int row, int column) {
        return new CellRef("t.xlsx", "T03", CellRef.a1(row, column));
    }
}
