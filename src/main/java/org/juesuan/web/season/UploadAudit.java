package org.juesuan.web.season;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.juesuan.model.Messages;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.report.AnnotatedWorkbookWriter;
import org.juesuan.report.JsonReportRenderer;
import org.juesuan.report.SubmissionReport;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.StandaloneAudit;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.upload.UploadGate;
import org.juesuan.web.upload.UploadOutcome;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An upload checked as {@code check} checks a file: the same {@link StandaloneAudit}, the same findings in the same
 * order. The files are kept (with the audit as JSON beside them) only when the upload is one submission of the
 * account's own department; a refused upload leaves nothing behind.
 */
@Component
public class UploadAudit {

    /** The upload's id, or why it was refused (a Chinese sentence for the department). */
    public record Outcome(Long uploadId, String refusal) {
        static Outcome refused(String why) {
            return new Outcome(null, why);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String AUDIT_FILE = "audit.json";

    private final StandaloneAudit audit = new StandaloneAudit();
    private final UploadGate gate;
    private final PortalFiles files;
    private final PortalUploads uploads;

    public UploadAudit(UploadGate gate, PortalFiles files, PortalUploads uploads) {
        this.gate = gate;
        this.files = files;
        this.uploads = uploads;
    }

    /** An upload as the browser sent it: through the gate (size, zip, preflight), then audited. */
    public Outcome upload(PortalUser user, List<MultipartFile> received) throws IOException {
        if (user.isBureau()) {
            return Outcome.refused(Messages.text("season.upload.bureau"));
        }
        UploadOutcome gated = gate.accept(received);
        if (gated instanceof UploadOutcome.Refusal refusal) {
            return Outcome.refused(refusal.message());
        }
        UploadOutcome.AcceptedUpload kept = (UploadOutcome.AcceptedUpload) gated;
        return uploaded(user, kept.id(), kept.sha256(), kept.files().stream().map(UploadOutcome.StoredFile::name).toList());
    }

    /** Files the gate let in and kept (in {@code uploads/<key>/}): audited, and removed again when refused. */
    private Outcome uploaded(PortalUser user, String key, String sha256, List<String> names) throws IOException {
        PortalFiles.Stored stored = files.gated(key, sha256, names);
        if (user.isBureau()) {
            files.discard(key);
            return Outcome.refused(Messages.text("season.upload.bureau"));
        }
        return audit(user, stored);
    }

    private Outcome audit(PortalUser user, PortalFiles.Stored stored) throws IOException {
        boolean kept = false;
        try {
            List<SubmissionSource> sources = audit.finder().find(List.of(stored.files()));
            if (sources.size() != 1) {
                return Outcome.refused(Messages.text("season.upload.not-one", sources.size()));
            }
            Submission submission = audit.analyzer().analyze(sources.get(0), ImportOptions.DEFAULTS);
            SubmissionReport report = SubmissionReport.of(1, submission);
            String printed = submission.departmentName();
            if (printed != null && !printed.equals(user.departmentName())) {
                return Outcome.refused(Messages.text("season.upload.other-department", printed, user.departmentName()));
            }
            Files.writeString(stored.out().resolve(AUDIT_FILE), JsonReportRenderer.render(report), StandardCharsets.UTF_8);
            long id = uploads.insert(new PortalUpload(0, user.departmentName(), submission.fiscalYear(), user.username(),
                    Instant.now(), stored.names(), stored.sha256(), stored.key(), submission.status(),
                    (int) report.count("ERROR"), (int) report.count("WARNING")));
            kept = true;
            return new Outcome(id, null);
        } finally {
            if (!kept) {
                files.discard(stored.key());
            }
        }
    }

    /** The upload's files on disk. */
    public PortalFiles.Stored stored(PortalUpload upload) {
        return files.open(upload.folderKey(), upload.sha256(), upload.fileNames());
    }

    /** The annotated copies of the upload's workbook(s), written once into its out/ folder (none when all is clean). */
    public List<Path> annotated(PortalUpload upload) throws IOException {
        Path dir = stored(upload).out().resolve("annotated");
        if (!Files.isDirectory(dir)) {
            SubmissionReport report = report(upload);
            Path partial = Files.createDirectories(stored(upload).out().resolve("annotated-" + System.nanoTime()));
            if (AnnotatedWorkbookWriter.hasAnythingToMark(report)) {
                AnnotatedWorkbookWriter.write(report, partial);
            }
            try {
                Files.move(partial, dir); // whole or not at all: two requests at once each write their own
            } catch (IOException raced) {
                PortalFiles.deleteTree(partial);
            }
        }
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** The audit the department saw when it uploaded: exactly what {@code check --format json} prints. */
    public SubmissionReport report(PortalUpload upload) {
        Path json = stored(upload).out().resolve(AUDIT_FILE);
        try {
            return JSON.readValue(Files.readString(json, StandardCharsets.UTF_8), SubmissionReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
