package org.juesuan.layout;

import java.util.List;
import java.util.Map;

/** One side of a two-block table (收入 | 支出): the block's top header word, its columns and lines. */
public record BlockLayout(String header, Map<String, List<ColumnMatcher>> columns, List<LineSpec> lines,
                          boolean classLines) {
}
