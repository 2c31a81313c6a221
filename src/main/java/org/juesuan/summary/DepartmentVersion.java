package org.juesuan.summary;

import org.juesuan.model.SubmissionStatus;

/** A department's current version of a year, as the cover sheet lists it. */
public record DepartmentVersion(String name, int version, SubmissionStatus status, int errorCount, String region) {

    public boolean clean() {
        return status == SubmissionStatus.LOADED && errorCount == 0;
    }
}
