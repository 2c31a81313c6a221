package org.juesuan.web.season;

import org.juesuan.model.Messages;

/** Where a department stands in a fiscal year's season, as the bureau's dashboard shows it. */
public enum SeasonState {
    /** 未报送: nothing 上报ed (uploads the department only checked do not count). */
    NOT_SUBMITTED,
    /** 已上报待审: 上报ed, loaded without ERROR findings, not yet answered. */
    AWAITING_REVIEW,
    /** 审核不通过: the 上报ed version loaded with ERROR findings, not yet answered. */
    FAILED_AUDIT,
    /** 已退回: the bureau sent it back with a message; the department is to 上报 again. */
    RETURNED,
    /** 已接收: the bureau accepted the version. */
    ACCEPTED;

    public String label() {
        return Messages.text("season.state." + name());
    }
}
