package org.juesuan.layout;

import java.util.List;

import org.juesuan.model.Finding;

/**
 * What reading a detected table's body yielded besides its rows (which streamed on to mapping):
 * the 说明 lines under it (empty tables), what reading noticed, and how many body rows it read.
 */
public record ExtractedTable(DetectedTable detected, String note, List<Finding> findings, long bodyRows) {
}
