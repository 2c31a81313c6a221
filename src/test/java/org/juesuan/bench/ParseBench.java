package org.juesuan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;

/**
 * Parse only: one reader reads every cell of every workbook of a corpus, a few warm-up passes, then timed passes;
 * reports the median. fastexcel and the POI event API read .xlsx only, so every reader is timed on the .xlsx files
 * (the comparison); ours is also timed on the .xls files (what the import has to read in all).
 *
 * <p>Run in its own JVM per reader, on the classpath that reader ships with: ours and POI SAX on the application's
 * runtime classpath (so the JDK's StAX parser, as in production), fastexcel with its aalto-xml.
 */
public final class ParseBench {

    /** CPU time of the reading thread: a check on the wall time when other work shares the machine. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        WorkbookParse parse = switch (args.get("parser")) {
            case "ours" -> new OurReaderParse();
            case "fastexcel" -> new FastexcelParse();
            case "poi-sax" -> new PoiSaxParse();
            default -> throw new IllegalArgumentException("unknown parser " + args.get("parser"));
        };
        List<Path> all = Corpus.workbooks(Path.of(args.get("corpus")));
        List<Path> files = parse instanceof OurReaderParse ? all : all.stream().filter(Corpus::isXlsx).toList();
        int reps = args.integer("reps", 3);
        int warmupPasses = args.integer("warmup", 3);
        List<Path> warmupFiles = files.subList(0, Math.min(files.size(), args.integer("warmup-files", 200)));

        for (int i = 0; i < warmupPasses; i++) {
            pass(parse, warmupFiles);
        }
        List<Double> xlsxSeconds = new ArrayList<>();
        List<Double> xlsSeconds = new ArrayList<>();
        List<Double> xlsxCpu = new ArrayList<>();
        List<Double> xlsCpu = new ArrayList<>();
        Pass last = null;
        Recording recording = Recording.startIf(args.get("jfr", ""));
        for (int i = 0; i < reps; i++) {
            last = pass(parse, files);
            xlsxSeconds.add(last.xlsxNanos / 1e9);
            xlsSeconds.add(last.xlsNanos / 1e9);
            xlsxCpu.add(last.xlsxCpuNanos / 1e9);
            xlsCpu.add(last.xlsCpuNanos / 1e9);
            System.out.printf("%s pass %d: xlsx %.2f s (%d files), xls %.2f s (%d files)%n", parse.name(), i + 1,
                    last.xlsxNanos / 1e9, last.xlsxFiles, last.xlsNanos / 1e9, last.xlsFiles);
        }
        recording.close();
        BenchOutput out = new BenchOutput();
        String p = "parse." + args.get("label", parse.name()) + ".";
        out.put(p + "xlsx.files", last.xlsxFiles);
        out.put(p + "xlsx.seconds", Stats.median(xlsxSeconds));
        out.put(p + "xlsx.cpuSeconds", Stats.median(xlsxCpu));
        out.put(p + "xlsx.cells", last.xlsxTally.cells());
        out.put(p + "xlsx.characters", last.xlsxTally.characters());
        out.put(p + "xls.files", last.xlsFiles);
        out.put(p + "xls.seconds", Stats.median(xlsSeconds));
        out.put(p + "xls.cells", last.xlsTally.cells());
        out.put(p + "xls.cpuSeconds", Stats.median(xlsCpu));
        out.put(p + "reps", reps);
        out.put(p + "peakRssMiB", ProcessStats.peakRssMiB());
        out.put(p + "stax", XMLInputFactory.newFactory().getClass().getName());
        out.put(p + "sax", javax.xml.parsers.SAXParserFactory.newInstance().getClass().getName());
        out.write(Path.of(args.get("out")));
    }

    private static final class Pass {
        long xlsxNanos;
        long xlsxCpuNanos;
        long xlsCpuNanos;
        long xlsNanos;
        int xlsxFiles;
        int xlsFiles;
        WorkbookParse.Tally xlsxTally = new WorkbookParse.Tally(0, 0);
        WorkbookParse.Tally xlsTally = new WorkbookParse.Tally(0, 0);
    }

    private static Pass pass(WorkbookParse parse, List<Path> files) throws Exception {
        Pass pass = new Pass();
        for (Path file : files) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            WorkbookParse.Tally tally = parse.parse(file);
            long took = System.nanoTime() - started;
            if (Corpus.isXlsx(file)) {
                pass.xlsxNanos += took;
                pass.xlsxCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
                pass.xlsxFiles++;
                pass.xlsxTally = pass.xlsxTally.plus(tally);
            } else {
                pass.xlsNanos += took;
                pass.xlsCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
                pass.xlsFiles++;
                pass.xlsTally = pass.xlsTally.plus(tally);
            }
        }
        return pass;
    }

    private ParseBench() {
    }
}
