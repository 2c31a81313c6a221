package org.juesuan.mapping;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.juesuan.layout.ExtractedTable;
import org.juesuan.model.TableCode;

/** A table's rows with their keys, and the column keys its header printed (a rule needs them). */
public record MappedTable(TableCode code, ExtractedTable source, Map<String, KeyedRow> rowsByKey,
                          Set<String> printedColumns) {

    public Collection<KeyedRow> rows() {
        return rowsByKey.values();
    }

    public KeyedRow row(String rowKey) {
        return rowsByKey.get(rowKey);
    }
}
