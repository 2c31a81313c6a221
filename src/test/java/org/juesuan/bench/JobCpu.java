package org.juesuan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the threads that work for an import job: the thread that launched it and the partition pool's
 * threads (ImportJobConfiguration names them {@code import-…}), which do the reading, mapping, validating and
 * writing. The JVM's other threads (JIT, GC) are not in it.
 */
final class JobCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The partition pool's thread name prefix (ImportJobConfiguration.importThreads). */
    static final String POOL_THREAD_PREFIX = "import-";

    private final long caller;

    private JobCpu(long caller) {
        this.caller = caller;
    }

    /** Counts from now the calling thread (the job's launcher) and every partition thread. */
    static JobCpu start() {
        return new JobCpu(Thread.currentThread().getId());
    }

    /**
     * CPU nanoseconds so far of the launching thread and of the live partition threads. Pool threads live as long
     * as the context (its {@code importThreads} bean), so differences of two readings are the job's CPU between them.
     */
    long nanos() {
        long total = Math.max(0, THREADS.getThreadCpuTime(caller));
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadId() != caller && info.getThreadName().startsWith(POOL_THREAD_PREFIX)) {
                total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
