package org.juesuan.ops;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.juesuan.model.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent import runs and submissions, for the operator's morning and for a monitor: what each run found and how
 * each submission settled, where its file is now, which runs did not complete (and whether their process is gone,
 * so {@code rerun --failed} will finish them), and what is still pending. As text that fits 120 columns, or JSON.
 */
@Component
public class StatusReport {

    /** The widest line the text output prints. */
    public static final int WIDTH = 120;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Built on the first JSON print only: Jackson is some 400 classes a text status never needs. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

        static String write(Status status) {
            try {
                return MAPPER.writeValueAsString(status);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final UnfinishedRuns recovery;

    public StatusReport(JdbcTemplate jdbc, UnfinishedRuns recovery) {
        this.jdbc = jdbc;
        this.recovery = recovery;
    }

    /** One import run (its last attempt). Times are local, to the second; seconds exact to the millisecond. */
    public record Run(long run, long execution, String status, String statusText, int attempts, boolean dryRun,
                      String started, String ended, BigDecimal seconds, int submissions, int loaded, int withErrors,
                      int rejected, int unchanged, int missing, int pending) {
    }

    /** A run that did not complete; {@code stillRunning} says where it runs, null when its process is gone. */
    public record Unfinished(long run, String status, String statusText, String stillRunning) {
    }

    /** A stored submission; {@code location} is where its file is now (archive/ or rejected/ once moved). */
    public record Submission(long id, Long run, String department, Integer fiscalYear, String status,
                             String statusText, boolean dryRun, Integer version, boolean current, int tables,
                             int facts, int errors, int warnings, BigDecimal seconds, String location,
                             String rejectReason) {
    }

    /** A ledger item its run did not load: pending, unchanged (same bytes already loaded) or missing. */
    public record Waiting(long run, int item, String state, String stateText, String location, String detail) {
    }

    /** @param exitCode 0, or 1 when a run failed or its process died (it needs {@code rerun --failed} or --abandon) */
    public record Status(List<Run> runs, List<Unfinished> unfinished, List<Submission> submissions,
                         List<Waiting> waiting, int exitCode) {
    }

    public Status read(int limit) {
        List<Run> runs = jdbc.query("SELECT i.JOB_INSTANCE_ID, e.JOB_EXECUTION_ID, e.STATUS, (SELECT COUNT(*) FROM "
                + "BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) AS attempts, e.START_TIME, "
                + "e.END_TIME, COALESCE(c.n, 0), COALESCE(c.loaded, 0), COALESCE(c.flagged, 0), "
                + "COALESCE(c.rejected, 0), COALESCE(c.unchanged, 0), COALESCE(c.missing, 0), COALESCE(c.pending, 0), "
                + "COALESCE(c.dry, 0), TIMESTAMPDIFF(MICROSECOND, e.START_TIME, e.END_TIME) FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID LEFT JOIN (SELECT it.run_id, COUNT(*) AS n, "
                + count("LOADED", "loaded") + count("LOADED_WITH_ERRORS", "flagged") + count("REJECTED", "rejected")
                + count("UNCHANGED", "unchanged") + count("MISSING", "missing") + count("PENDING", "pending")
                + "SUM(CASE WHEN s.dry_run THEN 1 ELSE 0 END) AS dry FROM import_item it "
                + "LEFT JOIN submission s ON s.id = it.submission_id AND it.state <> 'UNCHANGED' GROUP BY it.run_id) c "
                + "ON c.run_id = i.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? AND e.JOB_EXECUTION_ID = "
                + "(SELECT MAX(y.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION y WHERE y.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) "
                + "ORDER BY i.JOB_INSTANCE_ID DESC LIMIT " + limit, StatusReport::run, UnfinishedRuns.IMPORT_JOB);
        List<Unfinished> unfinished = new ArrayList<>();
        for (UnfinishedRuns.Unfinished run : recovery.unfinished()) {
            unfinished.add(new Unfinished(run.runId(), run.status(), StatusWords.run(run.status()),
                    recovery.stillRunning(run).orElse(null)));
        }
        List<Submission> submissions = jdbc.query("SELECT s.id, i.run_id, s.department_name, s.fiscal_year, s.status, "
                + "s.dry_run, s.version, s.is_current, s.table_count, s.fact_count, s.error_count, s.warning_count, "
                + "TIMESTAMPDIFF(MICROSECOND, s.started_at, s.finished_at), COALESCE(i.moved_to, s.source_path), "
                + "s.reject_reason FROM submission s "
                + "LEFT JOIN import_item i ON i.submission_id = s.id AND i.state <> 'UNCHANGED' "
                + "ORDER BY s.id DESC LIMIT " + limit, StatusReport::submission);
        List<Waiting> waiting = jdbc.query("SELECT run_id, item_no, state, COALESCE(moved_to, source_path), detail "
                + "FROM import_item WHERE state IN ('PENDING', 'UNCHANGED', 'MISSING') AND NOT (state = 'PENDING' AND run_id IN "
                + "(SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'ABANDONED')) ORDER BY run_id DESC, item_no "
                + "LIMIT " + limit, (rs, n) -> new Waiting(rs.getLong(1), rs.getInt(2), rs.getString(3),
                StatusWords.submission(rs.getString(3), false), rs.getString(4), rs.getString(5)));
        boolean failedOrDied = unfinished.stream().anyMatch(u -> u.stillRunning() == null);
        return new Status(runs, unfinished, submissions, waiting, failedOrDied ? 1 : 0);
    }

    /** Prints the text form; @return the exit code */
    public int print(int limit, PrintWriter out) {
        Status status = read(limit);
        out.println("最近的导入批次：");
        FittedTable runs = new FittedTable(List.of("批次", "状态", "次数", "开始", "结束", "用时", "文件", "通过",
                "不通过", "无法读取", "未变", "缺失", "待处理"), true, false, true, false, false, true, true, true, true, true,
                true, true, true);
        for (Run r : status.runs()) {
            runs.add(List.of("#" + r.run(), r.dryRun() ? Messages.text("status.dry-run", r.statusText()) : r.statusText(),
                    Integer.toString(r.attempts()), r.started(), sameDay(r.started(), r.ended()), duration(r.seconds()),
                    Integer.toString(r.submissions()), Integer.toString(r.loaded()), Integer.toString(r.withErrors()),
                    Integer.toString(r.rejected()), Integer.toString(r.unchanged()), Integer.toString(r.missing()),
                    Integer.toString(r.pending())));
        }
        runs.print(WIDTH, out);
        for (Unfinished u : status.unfinished()) {
            String line = "  批次 #" + u.run() + " 未完成（" + u.statusText() + "）："
                    + (u.stillRunning() != null ? u.stillRunning()
                    : "进程已不在。运行 juesuan rerun --failed 续完；不再要时 juesuan rerun --abandon " + u.run());
            out.println(FittedTable.keepStart(line, WIDTH));
        }
        out.println();
        out.println("最近的报送：");
        FittedTable submissions = new FittedTable(List.of("编号", "批次", "部门", "年度", "结果", "版本", "表", "数据",
                "错误", "提示", "用时", "文件现在的位置"), true, true, false, true, false, true, true, true, true, true,
                true, false);
        List<String> reasons = new ArrayList<>();
        for (Submission s : status.submissions()) {
            submissions.add(List.of("#" + s.id(), s.run() == null ? "" : "#" + s.run(),
                    FittedTable.keepStart(nonNull(s.department()), 16), s.fiscalYear() == null ? "" : s.fiscalYear().toString(),
                    s.statusText(), s.version() == null ? "" : s.version() + (s.current() ? "" : " 旧"),
                    Integer.toString(s.tables()), Integer.toString(s.facts()), Integer.toString(s.errors()),
                    Integer.toString(s.warnings()), duration(s.seconds()), nonNull(s.location())));
            if (s.rejectReason() != null) {
                reasons.add(FittedTable.keepStart("  #" + s.id() + " 无法读取：" + s.rejectReason(), WIDTH));
            }
        }
        submissions.print(WIDTH, out);
        reasons.forEach(out::println);
        if (!status.waiting().isEmpty()) {
            out.println();
            out.println("批次中未入库的文件（待处理、内容未变、文件已不在）：");
            FittedTable waiting = new FittedTable(List.of("批次", "序号", "情况", "说明", "文件"), true, true, false, false,
                    false);
            for (Waiting w : status.waiting()) {
                waiting.add(List.of("#" + w.run(), Integer.toString(w.item()), w.stateText(),
                        FittedTable.keepStart(nonNull(w.detail()), 40), nonNull(w.location())));
            }
            waiting.print(WIDTH, out);
        }
        out.flush();
        return status.exitCode();
    }

    /** Prints the JSON form (amounts and seconds as exact decimals); @return the exit code */
    public int printJson(int limit, PrintWriter out) {
        Status status = read(limit);
        out.println(Json.write(status));
        out.flush();
        return status.exitCode();
    }

    private static String count(String state, String alias) {
        return "SUM(CASE WHEN it.state = '" + state + "' THEN 1 ELSE 0 END) AS " + alias + ", ";
    }

    private static Run run(ResultSet rs, int n) throws SQLException {
        LocalDateTime started = time(rs.getTimestamp(5));
        LocalDateTime ended = time(rs.getTimestamp(6));
        String status = rs.getString(3);
        return new Run(rs.getLong(1), rs.getLong(2), status, StatusWords.run(status), rs.getInt(4), rs.getInt(14) > 0,
                text(started), text(ended), seconds(rs, 15), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13));
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        long run = rs.getLong(2);
        Long runId = rs.wasNull() ? null : run;
        int year = rs.getInt(4);
        Integer fiscalYear = rs.wasNull() ? null : year;
        int version = rs.getInt(7);
        Integer versionNo = rs.wasNull() ? null : version;
        boolean dryRun = rs.getBoolean(6);
        String status = rs.getString(5);
        return new Submission(rs.getLong(1), runId, rs.getString(3), fiscalYear, status,
                StatusWords.submission(status, dryRun), dryRun, versionNo, rs.getBoolean(8), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), seconds(rs, 13), rs.getString(14), rs.getString(15));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String text(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    /** Seconds to the millisecond from a TIMESTAMPDIFF in microseconds (the database keeps the fractions). */
    private static BigDecimal seconds(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : BigDecimal.valueOf(micros / 1000, 3);
    }

    /** The end time without its date when the run ended the day it started. */
    private static String sameDay(String started, String ended) {
        return !started.isEmpty() && ended.length() == 19 && ended.startsWith(started.substring(0, 11))
                ? ended.substring(11) : ended;
    }

    /** "0.8 秒", "12.3 秒"; past a minute "4 分 05 秒", past an hour "2 时 05 分". */
    static String duration(BigDecimal seconds) {
        if (seconds == null) {
            return "";
        }
        if (seconds.compareTo(BigDecimal.valueOf(60)) < 0) {
            return Messages.text("duration.seconds", seconds.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        long s = seconds.longValue();
        return s >= 3600 ? Messages.text("duration.hours", s / 3600, String.format("%02d", s % 3600 / 60))
                : Messages.text("duration.minutes", s / 60, String.format("%02d", s % 60));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
