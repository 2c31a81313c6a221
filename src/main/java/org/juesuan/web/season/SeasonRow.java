package org.juesuan.web.season;

import java.time.Instant;

/**
 * One department's line on the season dashboard.
 *
 * @param submissionId  the version the state is about (the last 上报ed one, else the current imported one); null
 *                      while 未报送
 * @param lastVersionAt when that version was 上报ed (or loaded, for a version imported by the bureau itself)
 * @param reply         the bureau's message when 已退回, else null
 */
public record SeasonRow(String departmentName, int fiscalYear, SeasonState state, Long submissionId, Integer version,
                        int errorCount, int warningCount, Instant lastVersionAt, String reply, boolean onRoster) {

    public String stateLabel() {
        return state.label();
    }

    public String lastVersionText() {
        return Times.text(lastVersionAt);
    }
}
