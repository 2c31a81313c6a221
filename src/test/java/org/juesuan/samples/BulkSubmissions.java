package org.juesuan.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes N random, internally consistent submissions into one folder, for benchmarks and load tests: the
 * departments of {@link SampleGenerator#randomDepartment(long)} (20–150 项 each, thirteen tables), printed the
 * ways real submissions are (mostly one .xlsx workbook, about one in ten a BIFF .xls, a few delivered as a
 * folder of per-table files; code style, sheet names, sheet order and zero style drawn per submission).
 * Deterministic: the same count and seed give the same files, and submission {@code i} is the same whatever N.
 *
 * <p>{@code county} draws county-sized departments instead ({@link RandomDepartmentFactory.Size#COUNTY}: 8–20 项,
 * 300–800 facts, like samples/), where the fixed cost per submission shows.
 *
 * <p>Run: {@code java -cp target/classes:… org.juesuan.samples.BulkSubmissions FOLDER N [SEED] [large|county]}
 */
public final class BulkSubmissions {

    /** Seed of the default corpus; each submission {@code i} is drawn from {@code seed + i}. */
    public static final long DEFAULT_SEED = 20_230_000L;

    /** Written last, so a folder that has it is complete and a rerun can reuse it. */
    static final String COMPLETE_MARKER = ".complete";

    /** One planned submission: what it says, how it is printed, and where it goes inside the folder. */
    public record Planned(long seed, SampleOptions options, String path) {
    }

    private BulkSubmissions() {
    }

    /** The plan for {@code count} submissions: pure, no files touched. */
    public static List<Planned> plan(int count, long seed) {
        List<Planned> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long s = seed + i;
            SampleOptions options = optionsFor(new Random(s * 31 + 7), s);
            String stem = String.format("%05d-%s", i, String.format("样例县随机部门%08X", s & 0xFFFFFFFFL)) + "-2023";
            String path = options.packaging() == SampleOptions.Packaging.FILE_PER_TABLE ? stem
                    : stem + options.fileFormat().extension();
            planned.add(new Planned(s, options, path));
        }
        return planned;
    }

    /** The mix of print variants seen in real submissions: xlsx mostly, about 10 % xls, about 5 % per-table files. */
    static SampleOptions optionsFor(Random rnd, long seed) {
        SampleOptions options = SampleOptions.defaults()
                .withCodeStyle(pick(rnd, SampleOptions.CodeStyle.values()))
                .withSheetNaming(pick(rnd, SampleOptions.SheetNaming.values()))
                .withZeroStyle(pick(rnd, SampleOptions.ZeroStyle.values()));
        if (rnd.nextInt(3) == 0) {
            options = options.withShuffledSheets(seed);
        }
        int packaging = rnd.nextInt(100);
        if (packaging < 10) {
            options = options.withFileFormat(SampleOptions.FileFormat.XLS);
        } else if (packaging < 15) {
            options = options.withPackaging(SampleOptions.Packaging.FILE_PER_TABLE);
        }
        return options;
    }

    /**
     * Writes the submissions into {@code folder} (created if needed) with {@code threads} writers. A folder already
     * holding a complete corpus of the same count and seed is left as it is.
     *
     * @return true if files were written, false if the folder was already complete
     */
    public static boolean write(Path folder, int count, long seed, int threads) throws IOException {
        return write(folder, count, seed, RandomDepartmentFactory.Size.LARGE, threads);
    }

    static boolean write(Path folder, int count, long seed, RandomDepartmentFactory.Size size, int threads)
            throws IOException {
        Path marker = folder.resolve(COMPLETE_MARKER);
        String stamp = count + " " + seed + (size == RandomDepartmentFactory.Size.LARGE ? "" : " " + size);
        if (Files.exists(marker) && Files.readString(marker).strip().equals(stamp)) {
            return false;
        }
        Files.createDirectories(folder);
        Files.deleteIfExists(marker);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> written = new ArrayList<>();
            for (Planned p : plan(count, seed)) {
                written.add(pool.submit(() -> {
                    try {
                        SampleWorkbookWriter.write(RandomDepartmentFactory.accounts(p.seed(), size), p.options(),
                                folder.resolve(p.path()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> f : written) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + folder, e);
        } catch (ExecutionException e) {
            throw new IOException("cannot write the corpus in " + folder + ": " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Files.writeString(marker, stamp + "\n");
        return true;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BulkSubmissions FOLDER N [SEED] [large|county]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        RandomDepartmentFactory.Size size = args.length > 3
                ? RandomDepartmentFactory.Size.valueOf(args[3].toUpperCase(java.util.Locale.ROOT))
                : RandomDepartmentFactory.Size.LARGE;
        long started = System.nanoTime();
        boolean wrote = write(folder, count, seed, size, Runtime.getRuntime().availableProcessors());
        System.out.printf("%d %s submissions %s %s (seed %d) in %.1f s%n", count, size.name().toLowerCase(java.util.Locale.ROOT),
                wrote ? "written to" : "already in", folder.toAbsolutePath(), seed, (System.nanoTime() - started) / 1e9);
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
