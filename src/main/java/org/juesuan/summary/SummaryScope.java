package org.juesuan.summary;

import java.util.List;


/**
 * Which departments a summary covers: every department of the year, the ones named, or those of one region
 * (dim_department.region); with {@code onlyClean} those loaded with ERROR findings are left out.
 */
public record SummaryScope(int year, List<String> departments, String region, boolean onlyClean) {

    public SummaryScope {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    public static SummaryScope all(int year, boolean onlyClean) {
        return new SummaryScope(year, List.of(), null, onlyClean);
    }

    /**
     * Whether a department's name is a summary's (汇总：…): one imported back must not be summed again with the
     * departments it sums, so only naming it in {@code departments} includes it.
     */
    public static boolean isSummary(String department) {
        return department.startsWith(PrintedWords.text("summary.department.prefix"));
    }

    /** The pseudo-department printed on the 编制单位 line: 汇总：<region>, 汇总：所选单位 or 汇总：全部单位. */
    public String pseudoDepartment() {
        if (region != null) {
            return PrintedWords.text("summary.department.region", region);
        }
        return PrintedWords.text(departments.isEmpty() ? "summary.department.all" : "summary.department.selected");
    }
}
