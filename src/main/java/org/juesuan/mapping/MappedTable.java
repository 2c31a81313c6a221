package org.juesuan.mapping;

import java.util.Set;

import org.juesuan.layout.CodeFamily;
import org.juesuan.layout.ExtractedTable;
import org.juesuan.layout.Unit;
import org.juesuan.model.TableCode;

/**
 * A table's rows with their keys, and the column keys its header printed (a rule needs them).
 *
 * @param rowClassification which classification keys the coded rows: the layout's usual one, or the
 *                          alternative some provinces print (T05/T07 by 经济分类, T09 by 功能分类); null for
 *                          tables of fixed lines or one row
 */
public record MappedTable(TableCode code, ExtractedTable source, KeyedRows rows,
                          Set<String> printedColumns, CodeFamily rowClassification) {

    public KeyedRow row(String rowKey) {
        return rows.get(rowKey);
    }

    /**
     * The table read in a unit decided for it: a table that prints no 金额单位 was read as 元 and
     * takes the unit of the submission's other tables.
     */
    public MappedTable inUnit(Unit unit) {
        ExtractedTable extracted = new ExtractedTable(source.detected().withUnit(unit), source.note(), source.findings(),
                source.bodyRows());
        return new MappedTable(code, extracted, rows.inUnit(unit), printedColumns, rowClassification);
    }
}
