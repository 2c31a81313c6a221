package org.juesuan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard output that notes when each line ends. The import prints one progress line per submission as it is
 * written, so these instants time every submission without touching the job (the warehouse's own timestamps may
 * carry whole seconds only).
 */
final class LineClock extends OutputStream {

    private final OutputStream target;
    private JobCpu job;

    private final List<Long> lineEnds = new ArrayList<>();
    private final List<Long> lineEndCpu = new ArrayList<>();

    private LineClock(OutputStream target) {
        this.target = target;
    }

    /** Replaces System.out with a clocked one (before the application context is created). */
    static LineClock install() {
        LineClock clock = new LineClock(System.out);
        System.setOut(new PrintStream(clock, true, StandardCharsets.UTF_8));
        return clock;
    }

    /** Starts over, noting from now on the CPU time of {@code job}'s threads at each line end. */
    synchronized void reset(JobCpu job) {
        this.job = job;
        lineEnds.clear();
        lineEndCpu.clear();
    }

    /** CPU time of the job's threads (launcher and partition pool) at each line end since the last reset. */
    synchronized List<Long> lineEndCpu() {
        return List.copyOf(lineEndCpu);
    }

    /** nanoTime of each line end since the last reset. */
    synchronized List<Long> lineEnds() {
        return List.copyOf(lineEnds);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        target.write(b);
        if (b == '\n') {
            lineEnds.add(System.nanoTime());
            lineEndCpu.add(job == null ? 0 : job.nanos());
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                lineEnds.add(System.nanoTime());
                lineEndCpu.add(job == null ? 0 : job.nanos());
            }
        }
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }
}
