package org.juesuan.layout;

import java.util.List;

import org.juesuan.model.Finding;

/** A detected table's body rows as printed, its 说明 line (empty tables), and what reading noticed. */
public record ExtractedTable(DetectedTable detected, List<RawRow> rows, String note, List<Finding> findings) {
}
