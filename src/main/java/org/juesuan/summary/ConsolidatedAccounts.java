package org.juesuan.summary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.juesuan.model.TableCode;

/**
 * The 汇总 of a year: the departments summed (each with its current version), those left out, and per table the
 * summed rows in key order (the sums of v_fact over the departments summed).
 */
public record ConsolidatedAccounts(SummaryScope scope, List<DepartmentVersion> included,
                                   List<DepartmentVersion> leftOut, Map<TableCode, Map<String, SummedRow>> tables) {

    public String pseudoDepartment() {
        return scope.pseudoDepartment();
    }

    public int year() {
        return scope.year();
    }

    /** The summed rows of a table, ordered by key (codes in catalog order); empty when no department had any. */
    public Map<String, SummedRow> rows(TableCode table) {
        return tables.getOrDefault(table, Map.of());
    }

    public Optional<SummedRow> row(TableCode table, String key) {
        return Optional.ofNullable(rows(table).get(key));
    }

    public List<DepartmentVersion> includedWithErrors() {
        return included.stream().filter(d -> !d.clean()).toList();
    }
}
