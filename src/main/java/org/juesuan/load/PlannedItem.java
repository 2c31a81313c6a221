package org.juesuan.load;

/** A submission a run found, before it is processed: where it is, and where it sits in the inbox. */
public record PlannedItem(String sourcePath, String relativePath) {
}
