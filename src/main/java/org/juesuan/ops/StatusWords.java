package org.juesuan.ops;

import java.util.Map;

/** The Chinese an operator reads for Spring Batch's run statuses and the ledger's submission states. */
public final class StatusWords {

    private static final Map<String, String> RUN = Map.of("COMPLETED", "完成", "FAILED", "失败", "STARTED", "进行中",
            "STARTING", "启动中", "STOPPING", "停止中", "STOPPED", "已停止", "ABANDONED", "已放弃", "UNKNOWN", "状态不明");

    private static final Map<String, String> SUBMISSION = Map.of("LOADED", "审核通过", "LOADED_WITH_ERRORS", "审核不通过",
            "REJECTED", "退回", "UNCHANGED", "内容未变", "PENDING", "待处理", "MISSING", "文件已不在");

    private StatusWords() {
    }

    /** A run's status ({@code BATCH_JOB_EXECUTION.STATUS}) in Chinese. */
    public static String run(String status) {
        return RUN.getOrDefault(status, status);
    }

    /** A submission's state (submission.status or import_item.state) in Chinese; a dry run says so. */
    public static String submission(String state, boolean dryRun) {
        String word = SUBMISSION.getOrDefault(state, state);
        return dryRun ? "试运行·" + word : word;
    }
}
