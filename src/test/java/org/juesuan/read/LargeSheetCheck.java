package org.juesuan.read;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.juesuan.layout.DetectedTable;
import org.juesuan.layout.ExtractedTable;
import org.juesuan.layout.RawRow;
import org.juesuan.layout.SheetLayoutDetector;
import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.TableScanner;
import org.juesuan.layout.TableSink;
import org.juesuan.model.Amount;

/**
 * The bounded-memory check of issue 4 (run by {@code scripts/large-sheet-check}, not by the test suite):
 * <ul>
 * <li>{@code generate FILE ROWS} writes a 支出决算表 with ROWS data rows (streamed, SXSSF) and a 合计 row that is
 * their exact sum;</li>
 * <li>{@code read FILE} streams it through read → detect → extract (every cell of every row parsed into a decimal)
 * and checks that Σ of the data rows equals the printed 合计 in every column, then prints rows, seconds and the
 * peak heap.</li>
 * </ul>
 * The script then imports the same file with the real CLI and checks it in the warehouse.
 */
public final class LargeSheetCheck {

    private static final String[] NAMES = {"行政运行", "一般行政管理事务", "机关服务", "事业运行", "其他支出"};

    /** The most heap still in use right after a collection: what the program really holds. */
    private static final java.util.concurrent.atomic.AtomicLong LIVE_AFTER_GC = new java.util.concurrent.atomic.AtomicLong();

    public static void main(String[] args) throws Exception {
        watchCollections();
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(file, Integer.parseInt(args[2]));
            case "read" -> read(file);
            default -> throw new IllegalArgumentException("generate FILE ROWS | read FILE");
        }
    }

    public static void generate(Path file, int rows) throws Exception {
        long start = System.nanoTime();
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < rows; i++) {
            BigDecimal[] row = amounts(i);
            for (int c = 0; c < 3; c++) {
                totals[c] = totals[c].add(row[c]);
            }
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("支出决算表");
            text(sheet.createRow(0), 0, "支出决算表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            Row furniture = sheet.createRow(1);
            text(furniture, 0, "部门：压力测试局");
            text(furniture, 3, "2023年度");
            text(furniture, 6, "金额单位：万元");
            Row h1 = sheet.createRow(2);
            text(h1, 0, "项目");
            text(h1, 4, "本年支出合计");
            text(h1, 5, "基本支出");
            text(h1, 6, "项目支出");
            Row h2 = sheet.createRow(3);
            text(h2, 0, "科目编码");
            text(h2, 3, "科目名称");
            Row h3 = sheet.createRow(4);
            text(h3, 0, "类");
            text(h3, 1, "款");
            text(h3, 2, "项");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 3, 3));
            for (int c = 4; c <= 6; c++) {
                sheet.addMergedRegion(new CellRangeAddress(2, 4, c, c));
            }
            Row lanci = sheet.createRow(5);
            text(lanci, 0, "栏次");
            for (int c = 4; c <= 6; c++) {
                text(lanci, c, String.valueOf(c - 3));
            }
            Row total = sheet.createRow(6);
            text(total, 0, "合计");
            for (int c = 0; c < 3; c++) {
                total.createCell(4 + c).setCellValue(totals[c].doubleValue());
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(7 + i);
                // 1,000,000 distinct 7-digit codes: 类 200–299, 款 00–99, 项 00–99
                text(row, 0, String.valueOf(200 + i / 10_000));
                text(row, 1, String.format("%02d", i / 100 % 100));
                text(row, 2, String.format("%02d", i % 100));
                text(row, 3, NAMES[i % NAMES.length]);
                BigDecimal[] amounts = amounts(i);
                for (int c = 0; c < 3; c++) {
                    row.createCell(4 + c).setCellValue(amounts[c].doubleValue());
                }
            }
            text(sheet.createRow(7 + rows), 0, "注：压力测试表，合计为各行之和。");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        System.out.printf("generated %s: %,d data rows, %,d bytes, %.1f s%n", file, rows, Files.size(file),
                (System.nanoTime() - start) / 1e9);
    }

    /** 本年支出合计, 基本支出, 项目支出 of data row i, in 万元 with two decimals; 合计 = 基本 + 项目. */
    private static BigDecimal[] amounts(int i) {
        BigDecimal basic = BigDecimal.valueOf(i % 100_000, 2);
        BigDecimal project = BigDecimal.valueOf(i % 3_701, 2);
        return new BigDecimal[] {basic.add(project), basic, project};
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    static void read(Path file) throws Exception {
        long start = System.nanoTime();
        // No row limit here: this measures reading itself.
        TableScanner scanner = new TableScanner(new SheetLayoutDetector(new TableLayouts()), Integer.MAX_VALUE);
        Map<String, BigDecimal> printedTotal = new LinkedHashMap<>();
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        long[] rows = {0};
        TableSink sink = (DetectedTable table) -> new TableSink.Rows() {
            @Override
            public void row(RawRow row) {
                boolean total = row.codeParts().stream().allMatch(String::isEmpty) && row.label().strip().equals("合计");
                for (Map.Entry<String, Amount> e : row.amounts().entrySet()) {
                    (total ? printedTotal : sum).merge(e.getKey(), e.getValue().printed(), BigDecimal::add);
                }
                if (!total) {
                    rows[0]++;
                }
            }

            @Override
            public void end(ExtractedTable table) {
            }
        };
        try (WorkbookRows workbook = new WorkbookReader().open(file)) {
            for (SheetRows sheet = workbook.nextSheet(); sheet != null; sheet = workbook.nextSheet()) {
                scanner.scan(sheet, sink);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean exact = !sum.isEmpty() && printedTotal.keySet().equals(sum.keySet())
                && printedTotal.entrySet().stream().allMatch(e -> e.getValue().compareTo(sum.get(e.getKey())) == 0);
        System.out.printf("read → detect → extract: %,d data rows in %.1f s (%,.0f rows/s); Σ rows = printed 合计 in "
                + "every column: %s %s; %s%n", rows[0], seconds, rows[0] / seconds, exact, sum, memory());
        if (!exact) {
            System.exit(1);
        }
    }

    private static void watchCollections() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
            }, n -> n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
                    null);
        }
    }

    /**
     * Heap: the most still in use after any collection (what is really held), the peak of the heap pools
     * (garbage included) against -Xmx; and the process's peak resident set.
     */
    private static String memory() throws RuntimeException {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        String hwm = "?";
        try {
            hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .findFirst().map(l -> l.replaceAll("\\s+", " ")).orElse("?");
        } catch (java.io.IOException e) {
            // not Linux: heap figures only
        }
        return String.format("heap live after GC ≤ %,d MiB, heap peak %,d MiB of -Xmx %,d MiB, %s",
                LIVE_AFTER_GC.get() >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, hwm);
    }
}
