package org.juesuan.web.season;

import java.time.Instant;

import org.juesuan.model.Messages;

/** The bureau's reply to a 上报ed version: RETURNED (退回, with a message) or ACCEPTED (接收). */
public record Decision(long id, long submissionId, String departmentName, int fiscalYear, String decision,
                       String message, String decidedBy, Instant decidedAt) {

    public static final String RETURNED = "RETURNED";
    public static final String ACCEPTED = "ACCEPTED";

    public String label() {
        return Messages.text("season.decision." + decision);
    }

    public String decidedAtText() {
        return Times.text(decidedAt);
    }
}
