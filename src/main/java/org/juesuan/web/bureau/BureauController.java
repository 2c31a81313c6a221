package org.juesuan.web.bureau;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.juesuan.model.Messages;
import org.juesuan.report.AnnotatedWorkbookWriter;
import org.juesuan.report.SubmissionReport;
import org.juesuan.report.SubmissionReportRepository;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.audit.PortalAuditLog;
import org.juesuan.web.audit.PortalAuditLog.Action;
import org.juesuan.web.season.Decision;
import org.juesuan.web.season.Decisions;
import org.juesuan.web.season.Downloads;
import org.juesuan.web.season.Filings;
import org.juesuan.web.season.FindingsView;
import org.juesuan.web.season.SeasonRow;
import org.juesuan.web.season.SeasonState;
import org.juesuan.web.season.SeasonStates;
import org.juesuan.web.season.SeasonZip;
import org.juesuan.web.season.VersionsDiff;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau's desk: the season dashboard, one submission with its versions, 退回 / 接收, the season's zip. */
@Controller
class BureauController {

    private final SeasonStates states;
    private final SubmissionReportRepository reports;
    private final Filings filings;
    private final Decisions decisions;
    private final VersionsDiff diff;
    private final SeasonZip zip;
    private final JdbcTemplate jdbc;
    private final PortalAuditLog log;

    BureauController(SeasonStates states, SubmissionReportRepository reports, Filings filings, Decisions decisions,
                     VersionsDiff diff, SeasonZip zip, JdbcTemplate jdbc, PortalAuditLog log) {
        this.states = states;
        this.reports = reports;
        this.filings = filings;
        this.decisions = decisions;
        this.diff = diff;
        this.zip = zip;
        this.jdbc = jdbc;
        this.log = log;
    }

    @GetMapping("/bureau/season")
    String latestSeason() {
        List<Integer> years = states.years();
        return "redirect:/bureau/season/" + (years.isEmpty() ? Year.now().getValue() - 1 : years.get(0));
    }

    @GetMapping("/bureau/season/{year}")
    String season(@PathVariable int year, @RequestParam(required = false) String state,
                  @RequestParam(defaultValue = "name") String sort, Model model) {
        List<SeasonRow> rows = states.forYear(year);
        SeasonState filter = null;
        for (SeasonState s : SeasonState.values()) {
            filter = s.name().equals(state) ? s : filter;
        }
        SeasonState only = filter;
        Comparator<SeasonRow> order = switch (sort) {
            case "state" -> Comparator.comparing(SeasonRow::state).thenComparing(SeasonRow::departmentName);
            case "time" -> Comparator.comparing(SeasonRow::lastVersionAt, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(SeasonRow::departmentName);
            default -> Comparator.comparing(SeasonRow::departmentName);
        };
        model.addAttribute("year", year);
        model.addAttribute("years", states.years());
        model.addAttribute("rows", rows.stream().filter(r -> only == null || r.state() == only).sorted(order).toList());
        model.addAttribute("states", SeasonState.values());
        model.addAttribute("counts", rows.stream().collect(java.util.stream.Collectors.groupingBy(SeasonRow::state,
                java.util.stream.Collectors.counting())));
        model.addAttribute("state", only == null ? "" : only.name());
        model.addAttribute("sort", sort);
        return "bureau/season";
    }

    private SubmissionReport submission(long submissionId) {
        return reports.load(submissionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/bureau/submissions/{submissionId}")
    String submissionPage(@PathVariable long submissionId, @RequestParam(required = false) Long against, Model model) {
        SubmissionReport report = submission(submissionId);
        model.addAttribute("report", report);
        model.addAttribute("view", FindingsView.of(report, Path.of(report.sourcePath())));
        model.addAttribute("filings", filings.ofSubmission(submissionId));
        model.addAttribute("decisions", decisions.ofSubmission(submissionId));
        List<Map<String, Object>> versions = report.departmentName() == null ? List.of() : jdbc.queryForList(
                "SELECT id, version, status, is_current, error_count, warning_count, finished_at FROM submission "
                        + "WHERE department_name = ? AND fiscal_year = ? AND version IS NOT NULL AND dry_run = FALSE "
                        + "ORDER BY version DESC", report.departmentName(), report.fiscalYear());
        model.addAttribute("versions", versions);
        model.addAttribute("row", report.departmentName() == null || report.fiscalYear() == null ? null
                : states.of(report.departmentName(), report.fiscalYear()).orElse(null));
        if (against != null) {
            model.addAttribute("against", against);
            model.addAttribute("changes", diff.between(against, submissionId)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        }
        return "bureau/submission";
    }

    @PostMapping("/bureau/submissions/{submissionId}/decision")
    String decide(PortalUser me, @PathVariable long submissionId, @RequestParam String decision,
                  @RequestParam(required = false) String message, RedirectAttributes redirect) {
        SubmissionReport report = submission(submissionId);
        var refusal = decisions.decide(me, submissionId, decision, message);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("refusal", refusal.get());
        } else {
            log.record(me, Decision.RETURNED.equals(decision) ? Action.RETURN : Action.ACCEPT, report.departmentName(),
                    "submission " + submissionId, message);
            redirect.addFlashAttribute("notice", Messages.text("bureau.decision.done." + decision));
        }
        return "redirect:/bureau/submissions/" + submissionId;
    }

    @GetMapping("/bureau/submissions/{submissionId}/annotated")
    ResponseEntity<byte[]> annotated(PortalUser me, @PathVariable long submissionId) throws IOException {
        SubmissionReport report = submission(submissionId);
        Path dir = Files.createTempDirectory("juesuan-annotated-");
        try {
            List<Path> files = AnnotatedWorkbookWriter.hasAnythingToMark(report)
                    ? AnnotatedWorkbookWriter.write(report, dir) : List.of();
            if (files.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            log.record(me, Action.DOWNLOAD, report.departmentName(), "submission " + submissionId, "annotated workbook");
            return Downloads.workbooks(files, Messages.text("bureau.download.annotated-zip", submissionId));
        } finally {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @GetMapping("/bureau/season/{year}/zip")
    ResponseEntity<byte[]> seasonZip(PortalUser me, @PathVariable int year) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> entries = zip.write(year, bytes);
        log.record(me, Action.DOWNLOAD, null, "season " + year, entries.size() + " files");
        return Downloads.attachment(Messages.text("bureau.download.season-zip", year),
                MediaType.parseMediaType("application/zip"), bytes.toByteArray());
    }
}
