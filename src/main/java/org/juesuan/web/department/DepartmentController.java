package org.juesuan.web.department;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.model.Messages;
import org.juesuan.report.HtmlReportRenderer;
import org.juesuan.report.SubmissionReport;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.audit.PortalAuditLog;
import org.juesuan.web.audit.PortalAuditLog.Action;
import org.juesuan.web.season.Decisions;
import org.juesuan.web.season.Downloads;
import org.juesuan.web.season.Filings;
import org.juesuan.web.season.FindingsView;
import org.juesuan.web.season.PortalUpload;
import org.juesuan.web.season.PortalUploads;
import org.juesuan.web.season.SeasonStates;
import org.juesuan.web.season.UploadAudit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department's window: upload, the audit of an upload (as {@code check} gives it), downloads, 上报, history.
 * Every route that takes an upload id asks {@link PortalUser#maySee} on the server: another department's id is 403.
 */
@Controller
class DepartmentController {

    private final UploadAudit audit;
    private final PortalUploads uploads;
    private final Filings filings;
    private final Decisions decisions;
    private final SeasonStates states;
    private final PortalAuditLog log;

    DepartmentController(UploadAudit audit, PortalUploads uploads, Filings filings, Decisions decisions,
                         SeasonStates states, PortalAuditLog log) {
        this.audit = audit;
        this.uploads = uploads;
        this.filings = filings;
        this.decisions = decisions;
        this.states = states;
        this.log = log;
    }

    @GetMapping("/department")
    String home() {
        return "redirect:/department/uploads";
    }

    @GetMapping("/department/uploads")
    String uploadForm(PortalUser me, Model model) {
        model.addAttribute("uploads", uploads.ofDepartment(me.departmentName()));
        return "department/upload";
    }

    @PostMapping("/department/uploads")
    String upload(PortalUser me, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model)
            throws IOException {
        UploadAudit.Outcome outcome = audit.upload(me, files == null ? List.of() : files);
        if (outcome.uploadId() != null) {
            PortalUpload upload = uploads.find(outcome.uploadId()).orElseThrow();
            log.record(me, Action.UPLOAD, me.departmentName(), "upload " + upload.id(),
                    String.join(", ", upload.fileNames()) + " → " + upload.verdict().name());
            return "redirect:/department/uploads/" + outcome.uploadId();
        }
        String refusal = outcome.refusal();
        log.record(me, Action.UPLOAD_REFUSED, me.departmentName(), null, refusal);
        model.addAttribute("refusal", refusal);
        return uploadForm(me, model);
    }

    /** The upload, if this account may see it; 404 when there is none, 403 when it is another department's. */
    private PortalUpload owned(PortalUser me, long uploadId) {
        PortalUpload upload = uploads.find(uploadId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!me.maySee(upload.departmentName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return upload;
    }

    @GetMapping("/department/uploads/{uploadId}")
    String auditPage(PortalUser me, @PathVariable long uploadId, Model model) {
        PortalUpload upload = owned(me, uploadId);
        SubmissionReport report = audit.report(upload);
        model.addAttribute("upload", upload);
        model.addAttribute("view", FindingsView.of(report, audit.stored(upload).files()));
        model.addAttribute("warnings", Filings.warnings(report));
        model.addAttribute("filings", filings.ofDepartment(me.departmentName()).stream()
                .filter(f -> f.uploadId() == uploadId).toList());
        return "department/audit";
    }

    @GetMapping("/department/uploads/{uploadId}/annotated")
    ResponseEntity<byte[]> annotated(PortalUser me, @PathVariable long uploadId) throws IOException {
        PortalUpload upload = owned(me, uploadId);
        var files = audit.annotated(upload);
        if (files.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        log.record(me, Action.DOWNLOAD, upload.departmentName(), "upload " + uploadId, "annotated workbook");
        return Downloads.workbooks(files, Messages.text("dept.download.annotated-zip", uploadId));
    }

    @GetMapping("/department/uploads/{uploadId}/report")
    ResponseEntity<byte[]> report(PortalUser me, @PathVariable long uploadId) {
        PortalUpload upload = owned(me, uploadId);
        log.record(me, Action.DOWNLOAD, upload.departmentName(), "upload " + uploadId, "HTML report");
        return Downloads.html(Messages.text("dept.download.report-name", uploadId),
                HtmlReportRenderer.render(audit.report(upload)));
    }

    @PostMapping("/department/uploads/{uploadId}/filing")
    String file(PortalUser me, @PathVariable long uploadId, @RequestParam Map<String, String> form,
                RedirectAttributes redirect) {
        PortalUpload upload = owned(me, uploadId);
        Map<Integer, String> explanations = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("explanation-\\d{1,4}")) {
                explanations.put(Integer.parseInt(name.substring("explanation-".length())), value);
            }
        });
        Filings.Outcome outcome = filings.file(me, upload, explanations, form.get("note"));
        if (outcome.refusal() != null) {
            redirect.addFlashAttribute("refusal", outcome.refusal());
            return "redirect:/department/uploads/" + uploadId;
        }
        log.record(me, Action.SUBMIT, upload.departmentName(), "submission " + outcome.submissionId(),
                "upload " + uploadId);
        redirect.addFlashAttribute("notice", Messages.text("dept.filing.done", outcome.submissionId()));
        return "redirect:/department/history";
    }

    @GetMapping("/department/history")
    String history(PortalUser me, Model model) {
        String department = me.departmentName();
        model.addAttribute("uploads", uploads.ofDepartment(department));
        model.addAttribute("filings", filings.ofDepartment(department));
        model.addAttribute("decisions", decisions.ofDepartment(department));
        model.addAttribute("states", states.years().stream().map(y -> states.of(department, y))
                .flatMap(java.util.Optional::stream).toList());
        return "department/history";
    }
}
