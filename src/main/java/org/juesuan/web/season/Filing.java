package org.juesuan.web.season;

import java.time.Instant;
import java.util.List;

/** One 上报: the upload sent on, the submission the import gave it, and the 审核说明 the department wrote. */
public record Filing(long id, long uploadId, Long submissionId, String departmentName, Integer fiscalYear,
                     String filedBy, Instant filedAt, Integer version, String submissionStatus,
                     List<Explanation> explanations) {

    public String filedAtText() {
        return Times.text(filedAt);
    }

    /** One accepted WARNING and why the department stands by the figure. */
    public record Explanation(int itemNo, String ruleId, String cells, String findingText, String explanation) {
    }
}
