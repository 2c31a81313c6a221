package org.juesuan.batch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.juesuan.load.RemoteWorkers;
import org.juesuan.ops.ProcessIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A worker says it is alive: its {@code import_worker} row, refreshed every {@code juesuan.remote.heartbeat} on a
 * thread of its own (a long submission does not silence it). Started before the worker takes messages, removed
 * when it stops cleanly; a killed worker's row just goes stale, which is how the manager sees it is gone.
 */
class WorkerHeartbeat implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerHeartbeat.class);

    private final RemoteWorkers workers;
    private final String queue;
    private final Duration every;
    private final String me = ProcessIdentity.name();
    private ScheduledExecutorService beats;

    WorkerHeartbeat(RemoteWorkers workers, String queue, Duration every) {
        this.workers = workers;
        this.queue = queue;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        workers.register(me, queue);
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "worker-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(100, every.toMillis());
        beats.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            workers.beat(me, queue);
        } catch (RuntimeException e) {
            LOG.warn("heartbeat not recorded: {}", e.toString()); // the manager may hand this worker's partitions on
        }
    }

    @Override
    public synchronized void stop() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
            try {
                workers.leave(me);
            } catch (RuntimeException e) {
                LOG.warn("worker row not removed: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    /** Before the listener (which stops first), so a stopping worker still beats while it finishes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
