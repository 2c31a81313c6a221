package org.juesuan.web.account;

/** What an account may do: a department sees only its own submissions; the bureau sees every department. */
public enum PortalRole {
    /** 单位填报人员: uploads, checks and 上报s its own department's submissions. */
    DEPARTMENT,
    /** 财政部门（审核、运维）: the season dashboard, 退回/接收, runs. */
    BUREAU
}
