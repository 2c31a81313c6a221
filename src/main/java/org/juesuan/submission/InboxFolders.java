package org.juesuan.submission;

import java.nio.file.Path;

/**
 * Where the nightly run takes its submissions from and where it puts them afterwards: loaded and
 * unchanged ones to {@code archive/}, refused ones to {@code rejected/} with a {@code .txt}
 * beside each saying why. Each run gets a folder of its own there ({@code run-42/}), so a file
 * sent again under the same name never overwrites the earlier one. Nothing is ever deleted.
 */
public record InboxFolders(Path inbox, Path archive, Path rejected) {

    public InboxFolders {
        inbox = inbox.toAbsolutePath().normalize();
        archive = archive.toAbsolutePath().normalize();
        rejected = rejected.toAbsolutePath().normalize();
    }

    public static InboxFolders of(String inbox, String archive, String rejected) {
        return new InboxFolders(Path.of(inbox), Path.of(archive), Path.of(rejected));
    }

    public static String runFolder(long runId) {
        return "run-" + runId;
    }
}
