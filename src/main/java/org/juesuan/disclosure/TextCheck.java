package org.juesuan.disclosure;

/**
 * One figure statement of the text and what was found: the sentence, the figure it is about, what kind of
 * statement it is, the figure as written, the figure as computed and from what, and the verdict.
 */
public record TextCheck(Verdict verdict, int sentence, String section, String text, String subject, Kind kind,
                        String written, String computed, String basis) {

    public enum Verdict {
        DIFFERS("不一致"), AGREES("一致"), UNCHECKED("未核对");

        public final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    public enum Kind {
        AMOUNT("金额"), CHANGE("增减额"), RATE("增减率"), SHARE("占比"), SUM("合计"), BUDGET("预算完成率");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }
}
