package org.juesuan.layout;

import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;

/**
 * One of the thirteen tables described as data: title, kind, header matchers, fixed lines.
 *
 * @param alternativeRows the other classification some provinces key this table's rows by (T05/T07 by
 *                        经济分类, T09 by 功能分类), or null
 * @param otherTitles     other titles the same table is published under (normalized), e.g. the 9-table set's
 *                        一般公共预算财政拨款基本支出决算明细表
 */
public record TableLayout(TableCode code, TableKind kind,
                          Map<String, List<ColumnMatcher>> columns,
                          List<BlockLayout> blocks,
                          String economicColumnsUnder, String economicColumnPrefix,
                          Map<String, String> totalLines, CodeFamily alternativeRows, List<String> otherTitles) {

    public String title() {
        return code.title();
    }

    /** The title as matched against sheet text (normalized: no quotes, no spaces). */
    public String normalizedTitle() {
        return TextNormalizer.normalize(code.title());
    }
}
