package org.juesuan.web.season;

import java.time.Instant;
import java.util.List;

import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;

/** One upload as the portal recorded it; {@code verdict} is the audit's status (审核通过 / 审核不通过 / 无法读取). */
public record PortalUpload(long id, String departmentName, Integer fiscalYear, String uploadedBy, Instant uploadedAt,
                           List<String> fileNames, String sha256, String folderKey, SubmissionStatus verdict,
                           int errorCount, int warningCount) {

    public String verdictLabel() {
        return Messages.status(verdict);
    }

    public boolean readable() {
        return verdict != SubmissionStatus.REJECTED;
    }

    public String uploadedAtText() {
        return Times.text(uploadedAt);
    }
}
