package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of every printed figure: a well-formed row key, and an amount exact to the 分 once in 元. A 万元
 * cell may hold up to four decimals (a {@code =元/10000} formula shows two, keeps four): 123.4567 万元 is exactly
 * 1,234,567.00 元.
 */
@Component
public class FigureValidator {

    /** One figure as the constraints see it. */
    record CheckedFigure(
            @NotNull @Pattern(regexp = "\\d{3}|\\d{5}|\\d{7}|[A-Z][A-Z_]*", message = "行键格式不正确") String rowKey,
            @NotNull @Digits(integer = 16, fraction = 4, message = "金额最多四位小数") BigDecimal printed,
            @NotNull @Digits(integer = 18, fraction = 2, message = "折合为元后超过分位") BigDecimal yuan) {
    }

    private final Validator validator;

    public FigureValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(MappedTable table, List<Finding> findings) {
        for (KeyedRow row : table.rows()) {
            for (Amount amount : row.amounts().values()) {
                if (amount.isZero()) {
                    continue;
                }
                Set<ConstraintViolation<CheckedFigure>> violations =
                        validator.validate(new CheckedFigure(row.rowKey(), amount.printed(), amount.yuan()));
                for (ConstraintViolation<CheckedFigure> v : violations) {
                    findings.add(new Finding("ROW-" + v.getPropertyPath().toString().toUpperCase(), Severity.ERROR,
                            table.code(), "[" + row.rowKey() + " " + row.rowName() + "] " + v.getMessage()
                                    + "：" + v.getInvalidValue(),
                            null, amount.yuan(), List.of(amount.cell())));
                }
            }
        }
    }
}
