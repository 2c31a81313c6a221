package org.juesuan.layout;

import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;

/** One of the thirteen tables described as data: title, kind, header matchers, fixed lines. */
public record TableLayout(TableCode code, TableKind kind,
                          Map<String, List<ColumnMatcher>> columns,
                          List<BlockLayout> blocks,
                          String economicColumnsUnder, String economicColumnPrefix,
                          Map<String, String> totalLines) {

    public String title() {
        return code.title();
    }

    /** The title as matched against sheet text (normalized: no quotes, no spaces). */
    public String normalizedTitle() {
        return TextNormalizer.normalize(code.title());
    }
}
