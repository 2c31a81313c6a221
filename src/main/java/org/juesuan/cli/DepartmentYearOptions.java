package org.juesuan.cli;

import picocli.CommandLine.Option;

/** Which department's year a command reads: {@code --department D --year Y} (check-text, report disclosure). */
class DepartmentYearOptions {

    @Option(names = "--department", description = "部门名称，与报表上的部门一致")
    String department;

    @Option(names = "--year", required = true, description = "决算年度")
    int year;
}
