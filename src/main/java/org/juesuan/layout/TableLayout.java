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

    /**
     * A column key as a finance officer calls the column: the header its matcher reads first
     * (basic.personnel → 人员经费, final.abroad → 决算·因公出国, project.301 → 项目支出·301).
     */
    public String columnLabel(String key) {
        if (economicColumnPrefix != null && key.startsWith(economicColumnPrefix)) {
            return (economicColumnsUnder == null ? "" : economicColumnsUnder + "·") + key.substring(economicColumnPrefix.length());
        }
        List<ColumnMatcher> matchers = columns.get(key);
        for (int b = 0; matchers == null && b < blocks.size(); b++) {
            matchers = blocks.get(b).columns().get(key);
        }
        if (matchers == null || matchers.isEmpty()) {
            return key;
        }
        ColumnMatcher first = matchers.get(0);
        return !first.leaf().isEmpty() ? first.leaf().get(0) : String.join("·", first.path());
    }

    /** The title as matched against sheet text (normalized: no quotes, no spaces). */
    public String normalizedTitle() {
        return TextNormalizer.normalize(code.title());
    }
}
