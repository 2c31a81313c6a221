package org.juesuan.validate;

import java.util.List;

import org.juesuan.model.Severity;
import org.juesuan.model.TableCode;

/**
 * One 审核公式 as loaded, strictly, from the rule file ({@link RuleFile}; the keys are explained at the top of
 * rules/2023.yaml). {@code {col}} is already expanded; {@code {row}} of a forEachRow rule is read per row key.
 */
sealed interface Rule {

    String id();

    Severity severity();

    /** The identity in words, shown to the department. */
    String message();

    /** {@code left op right}: in every row of {@code table} (scope row) or once / per row key over the submission. */
    record Compare(String id, Severity severity, String message, Scope scope, TableCode table, Side left, Op op,
                   Side right, Tolerance tolerance, boolean ifPrinted, ForEachRow forEachRow) implements Rule {
    }

    /** The row keys {@code {row}} takes: every code row (of {@code level}, or 类/款/项 and TOTAL) printed in any of {@code tables}. */
    record ForEachRow(List<TableCode> tables, Integer level) {
        public ForEachRow {
            tables = List.copyOf(tables);
        }
    }

    /** 类 = Σ款 = Σ项 and TOTAL = Σ类 in every printed column of {@code table}. */
    record Hierarchy(String id, Severity severity, String message, TableCode table, Tolerance tolerance)
            implements Rule {
    }

    /** Each of {@code tables} that is present without figures carries a 说明 line. */
    record EmptyNote(String id, Severity severity, String message, List<TableCode> tables) implements Rule {
        public EmptyNote {
            tables = List.copyOf(tables);
        }
    }

    /** No printed figure of any table is below zero. */
    record NonNegative(String id, Severity severity, String message) implements Rule {
    }
}
