package org.juesuan.bench;

import java.nio.file.Path;

import jdk.jfr.Configuration;

/** A JDK Flight Recording of the timed part only (warm-up excluded), when asked for with {@code --jfr FILE}. */
final class Recording implements AutoCloseable {

    private final jdk.jfr.Recording recording;
    private final Path file;

    private Recording(jdk.jfr.Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts recording with the JDK's "profile" settings (10 ms execution samples), or does nothing. */
    static Recording startIf(String file) throws Exception {
        if (file == null || file.isEmpty()) {
            return new Recording(null, null);
        }
        jdk.jfr.Recording r = new jdk.jfr.Recording(Configuration.getConfiguration("profile"));
        r.start();
        return new Recording(r, Path.of(file));
    }

    @Override
    public void close() throws Exception {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
        }
    }
}
