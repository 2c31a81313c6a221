package org.juesuan.web.upload;

import java.nio.file.Path;
import java.util.List;

/** What {@link UploadGate#accept} answers: the files kept, or why nothing was. */
public sealed interface UploadOutcome permits UploadOutcome.AcceptedUpload, UploadOutcome.Refusal {

    /**
     * The upload as kept on disk: its own folder (named by the portal) holding the workbooks under their file
     * names (a .zip's workbooks unpacked into it, flat).
     *
     * @param id     the folder's name, unique
     * @param sha256 of the one file, or of the list "name NUL sha256 LF" of several, in name order
     */
    record AcceptedUpload(String id, Path folder, List<StoredFile> files, String sha256) implements UploadOutcome {
    }

    /** One workbook kept: its file name as uploaded (a plain name, checked), where it is, its size and sha256. */
    record StoredFile(String name, Path path, long bytes, String sha256) {
    }

    /** Refused: a Chinese sentence naming the file and the reason. Nothing was kept. */
    record Refusal(String message) implements UploadOutcome {
    }
}
