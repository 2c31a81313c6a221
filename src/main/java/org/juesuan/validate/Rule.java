package org.juesuan.validate;

import java.util.List;

import org.juesuan.model.Severity;

/**
 * One 审核公式 as read from the rule file (see the comment at the top of rules/2023.yaml).
 * {@code forEachRowTables}/{@code forEachRowLevel} expand {row} per submission; {col} is
 * already expanded when the rule book is loaded.
 */
public record Rule(String id, String type, String scope, String table, Severity severity,
                   String left, String op, String right, boolean exact, boolean ifPrinted,
                   List<String> forEachRowTables, Integer forEachRowLevel, List<String> tables,
                   String message) {

    boolean rowScope() {
        return "row".equals(scope);
    }
}
