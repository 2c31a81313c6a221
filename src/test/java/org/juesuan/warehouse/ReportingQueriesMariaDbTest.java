package org.juesuan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.juesuan.query.ReadOnlyQuery;
import org.juesuan.support.CatalogNames;
import org.juesuan.support.ImportedSamplesWarehouse;
import org.juesuan.support.SampleCells;
import org.juesuan.support.SampleFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reporting query in {@code sql/queries/} runs, through the read-only query service, on a MariaDB warehouse
 * holding all committed samples (2022 and 2023 for 经信科技局 and 农业农村局), and returns exactly the rows this test
 * computes on its own from the samples' expected-figure files (what the generator wrote into the workbooks), the
 * reference catalogs, the sample workbooks themselves (cells, via POI) and the seed report text (staff number).
 * Nothing expected here is read back from the warehouse.
 */
class ReportingQueriesMariaDbTest extends ImportedSamplesWarehouse {

    private static final Path QUERIES = Path.of("sql", "queries");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** 年末实有在编人员共计 32 人 — the 2023 report text of 经信科技局. */
    private static final int MIYI_2023_STAFF = 32;
    private static final String MIYI = "米易县经济信息化和科学技术局";

    private final List<SampleFacts> samples = SampleFacts.all();
    private final CatalogNames functional = CatalogNames.functional();
    private final CatalogNames economic = CatalogNames.economic();

    @BeforeAll
    void recordStaffing() {
        jdbc.update("DELETE FROM department_staffing");
        jdbc.update("INSERT INTO department_staffing (department_name, fiscal_year, staff_count, source) VALUES (?, 2023, ?, ?)",
                MIYI, MIYI_2023_STAFF, "2023 部门决算 text: 年末实有在编人员共计 32 人");
    }

    /** The expected rows of each query file, in order. */
    private Map<String, Callable<List<List<Object>>>> expectations() {
        Map<String, Callable<List<List<Object>>>> m = new LinkedHashMap<>();
        m.put("01_spending_by_class.sql", this::spendingByClass);
        m.put("02_basic_vs_project_share.sql", this::basicVsProject);
        m.put("03_three_public_budget_vs_final.sql", this::threePublicBudgetVsFinal);
        m.put("04_three_public_year_over_year.sql", this::threePublicYearOverYear);
        m.put("05_top_items.sql", this::topItems);
        m.put("06_rule_failures.sql", this::x5Failures);
        m.put("07_personnel_public_per_head.sql", this::perHead);
        m.put("08_class_rollup_disagreements.sql", this::rollupDisagreements);
        m.put("09_class_spending_year_over_year.sql", () -> spendingYearOverYear(3, false));
        m.put("10_kuan_spending_across_renames.sql", () -> spendingYearOverYear(5, true));
        m.put("11_income_by_source.sql", this::incomeBySource);
        m.put("12_carry_over_continuity.sql", this::carryOverContinuity);
        m.put("13_basic_expenditure_by_economic_class.sql", this::basicByEconomicClass);
        m.put("14_fund_budget_flows.sql", this::fundBudgetFlows);
        m.put("15_submission_overview.sql", this::submissionOverview);
        m.put("16_codes_not_in_catalog.sql", this::codesNotInCatalog);
        return m;
    }

    @Test
    void thereAreAtLeastTwelveQueriesEachWithItsQuestionAndEachHasItsExpectation() throws IOException {
        List<String> files = queryFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        assertThat(expectations().keySet()).containsExactlyElementsOf(files);
        for (String file : files) {
            assertThat(Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8)).as(file).startsWith("-- Question");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryReturnsTheIndependentlyComputedRows() throws IOException {
        Map<String, Callable<List<List<Object>>>> expected = expectations();
        return queryFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            assertThat(expected).as("an expectation for " + file).containsKey(file);
            ReadOnlyQuery.Result result = readOnlyQuery.run(Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8),
                    10_000, 60);
            assertThat(result.truncated()).isFalse();
            List<List<Object>> rows = expected.get(file).call();
            assertThat(rows).as("the samples give " + file + " something to show").isNotEmpty();
            assertThat(render(result.rows())).as(file + " " + result.columns()).containsExactlyElementsOf(render(rows));
        }));
    }

    /** The published percentages of the 2023 text come out of query 02, and the 三公 change of query 04 is the text's. */
    @Test
    void figuresThePublishedTextStatesComeOutOfTheQueries() throws Exception {
        List<List<Object>> shares = readOnlyQuery.run(Files.readString(QUERIES.resolve("02_basic_vs_project_share.sql")),
                100, 60).rows();
        assertThat(render(shares)).contains(render(List.of(row(MIYI, 2023, "28999500", "7570900", "21428600",
                "26.11", "73.89"))).get(0)); // 基本支出 占 26.11%；项目支出 占 73.89%
        List<List<Object>> yoy = readOnlyQuery.run(Files.readString(QUERIES.resolve("04_three_public_year_over_year.sql")),
                100, 60).rows();
        assertThat(render(yoy)).contains(render(List.of(row(MIYI, 2023, "合计", "13600", "15200", "1600", "11.76")))
                .get(0)); // 较上年度增加 0.16 万元，增长 11.76%
    }

    // ---- expectations, computed from the samples ---------------------------------------------------------

    private List<List<Object>> spendingByClass() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            BigDecimal total = s.yuan("T03", "TOTAL", "total");
            for (String code : codes(s, "T03", 3)) {
                BigDecimal amount = s.yuan("T03", code, "total");
                rows.add(row(s.department(), s.year(), code, functionalName(s, code), amount,
                        s.yuan("T03", code, "basic"), s.yuan("T03", code, "project"), pct(amount, total)));
            }
        }
        return rows;
    }

    private List<List<Object>> basicVsProject() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            BigDecimal total = s.yuan("T03", "TOTAL", "total");
            BigDecimal basic = s.yuan("T03", "TOTAL", "basic");
            BigDecimal project = s.yuan("T03", "TOTAL", "project");
            rows.add(row(s.department(), s.year(), total, basic, project, pct(basic, total), pct(project, total)));
        }
        return rows;
    }

    private static final Map<String, String> THREE_PUBLIC_ITEMS = threePublicItems();

    private static Map<String, String> threePublicItems() {
        Map<String, String> m = new LinkedHashMap<>(); // docs/contract.md §3, T13 columns, in print order
        m.put("total", "合计");
        m.put("abroad", "因公出国（境）费");
        m.put("vehicle", "公务用车购置及运行（维护）费");
        m.put("vehicle_purchase", "公务用车购置费");
        m.put("vehicle_operation", "公务用车运行（维护）费");
        m.put("reception", "公务接待费");
        return m;
    }

    private List<List<Object>> threePublicBudgetVsFinal() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            THREE_PUBLIC_ITEMS.forEach((item, name) -> {
                BigDecimal budget = s.yuan("T13", "TOTAL", "budget." + item);
                BigDecimal spent = s.yuan("T13", "TOTAL", "final." + item);
                rows.add(row(s.department(), s.year(), name, budget, spent, spent.subtract(budget), pct(spent, budget)));
            });
        }
        return rows;
    }

    private List<List<Object>> threePublicYearOverYear() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            Optional<SampleFacts> before = previous(s);
            if (before.isEmpty()) {
                continue;
            }
            for (String item : List.of("total", "abroad", "vehicle", "reception")) {
                BigDecimal was = before.get().yuan("T13", "TOTAL", "final." + item);
                BigDecimal is = s.yuan("T13", "TOTAL", "final." + item);
                rows.add(row(s.department(), s.year(), THREE_PUBLIC_ITEMS.get(item), was, is, is.subtract(was),
                        pct(is.subtract(was), was)));
            }
        }
        return rows;
    }

    private List<List<Object>> topItems() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            BigDecimal total = s.yuan("T03", "TOTAL", "total");
            List<String> items = codes(s, "T03", 7).stream()
                    .sorted(Comparator.comparing((String c) -> s.yuan("T03", c, "total")).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(5).toList();
            for (int i = 0; i < items.size(); i++) {
                String code = items.get(i);
                BigDecimal amount = s.yuan("T03", code, "total");
                rows.add(row(s.department(), s.year(), i + 1, code, functionalName(s, code), amount, pct(amount, total)));
            }
        }
        return rows;
    }

    /**
     * X5 (docs/tables.md §4.1): T06 合计 基本支出 = T08 人员经费合计 + 公用经费合计, allowing the rounding of the two
     * published 万元 terms (0.01 万元 each). The cell is found in the workbook by its title, row and header.
     */
    private List<List<Object>> x5Failures() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal rounding = new BigDecimal("200.00"); // 2 terms × 0.01 万元, in 元
        for (SampleFacts s : samples) {
            BigDecimal basic = s.yuan("T06", "TOTAL", "basic");
            BigDecimal parts = s.yuan("T08", "PERSONNEL_TOTAL", "amount").add(s.yuan("T08", "PUBLIC_TOTAL", "amount"));
            if (basic.subtract(parts).abs().compareTo(rounding) > 0) {
                SampleCells.Located at = SampleCells.find(s.sample(), "一般公共预算财政拨款支出决算表", "合计", "基本支出");
                rows.add(row(s.department(), s.year(), "X5", "ERROR", "T06", at.sheet(), at.cell(), basic, parts,
                        basic.subtract(parts)));
            }
        }
        return rows;
    }

    private List<List<Object>> perHead() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            BigDecimal personnel = s.yuan("T08", "PERSONNEL_TOTAL", "amount");
            BigDecimal publicSpending = s.yuan("T08", "PUBLIC_TOTAL", "amount");
            Integer staff = s.department().equals(MIYI) && s.year() == 2023 ? MIYI_2023_STAFF : null;
            rows.add(row(s.department(), s.year(), personnel, publicSpending, staff, perHead(personnel, staff),
                    perHead(publicSpending, staff)));
        }
        return rows;
    }

    private static BigDecimal perHead(BigDecimal amount, Integer staff) {
        return staff == null ? null : amount.divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP);
    }

    /** T03 合计/类/款 recomputed from the 项 rows, per column; only the figures that differ. */
    private List<List<Object>> rollupDisagreements() {
        List<List<Object>> rows = new ArrayList<>();
        List<String> columns = List.of("total", "basic", "project");
        for (SampleFacts s : samples) {
            Map<String, Map<String, BigDecimal>> recomputed = new TreeMap<>(byLevelThenCode());
            for (String item : codes(s, "T03", 7)) {
                for (String parent : List.of("TOTAL", item.substring(0, 3), item.substring(0, 5))) {
                    for (String column : columns) {
                        recomputed.computeIfAbsent(parent, p -> new LinkedHashMap<>())
                                .merge(column, s.yuan("T03", item, column), BigDecimal::add);
                    }
                }
            }
            for (String printed : s.rowKeys("T03")) {
                if (printed.length() != 7) {
                    recomputed.computeIfAbsent(printed, p -> new LinkedHashMap<>());
                }
            }
            recomputed.forEach((code, sums) -> {
                for (String column : columns) {
                    BigDecimal printed = s.yuan("T03", code, column);
                    BigDecimal sum = sums.getOrDefault(column, BigDecimal.ZERO);
                    if (printed.compareTo(sum) != 0) {
                        rows.add(row(s.department(), s.year(), code, s.rowName("T03", code).orElse(null), column,
                                printed, sum, printed.subtract(sum)));
                    }
                }
            });
        }
        return rows;
    }

    private static Comparator<String> byLevelThenCode() {
        return Comparator.comparing((String code) -> code.equals("TOTAL") ? 0 : code.length())
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Spending per 类 ({@code digits} 3) or 款 (5) of each department-year whose previous year is a sample too,
     * keyed by code: a code of either year, 0 for the year it lacks.
     */
    private List<List<Object>> spendingYearOverYear(int digits, boolean withPrintedNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            Optional<SampleFacts> before = previous(s);
            if (before.isEmpty()) {
                continue;
            }
            TreeSet<String> codes = new TreeSet<>(codes(s, "T03", digits));
            codes.addAll(codes(before.get(), "T03", digits));
            for (String code : codes) {
                BigDecimal was = before.get().yuan("T03", code, "total");
                BigDecimal is = s.yuan("T03", code, "total");
                String name = functional.name(code, s.year())
                        .orElseGet(() -> s.rowName("T03", code).orElseGet(() -> before.get().rowName("T03", code).orElseThrow()));
                if (withPrintedNames) {
                    String printedBefore = before.get().rowName("T03", code).orElse(null);
                    String printedNow = s.rowName("T03", code).orElse(null);
                    String renamed = printedBefore != null && printedNow != null && !printedBefore.equals(printedNow)
                            ? "renamed" : null;
                    rows.add(row(s.department(), s.year(), code, name, printedBefore, printedNow, renamed, was, is,
                            is.subtract(was)));
                } else {
                    rows.add(row(s.department(), s.year(), code, name, was, is, is.subtract(was), pct(is.subtract(was), was)));
                }
            }
        }
        return rows;
    }

    private List<List<Object>> incomeBySource() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            List<Object> row = new ArrayList<>(List.of(s.department(), s.year()));
            for (String line : List.of("INC_GPB", "INC_GOVFUND", "INC_SOE", "INC_UPPER", "INC_SERVICE", "INC_OPERATING",
                    "INC_AFFILIATE", "INC_OTHER", "INC_TOTAL")) {
                row.add(s.yuan("T01", line, "amount"));
            }
            BigDecimal fiscal = s.yuan("T01", "INC_GPB", "amount").add(s.yuan("T01", "INC_GOVFUND", "amount"))
                    .add(s.yuan("T01", "INC_SOE", "amount"));
            row.add(pct(fiscal, s.yuan("T01", "INC_TOTAL", "amount")));
            rows.add(row);
        }
        return rows;
    }

    private List<List<Object>> carryOverContinuity() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            Optional<SampleFacts> before = previous(s);
            if (before.isEmpty()) {
                continue;
            }
            BigDecimal end = before.get().yuan("T01", "END_BALANCE", "amount");
            BigDecimal begin = s.yuan("T01", "BEGIN_BALANCE", "amount");
            BigDecimal fiscalEnd = before.get().yuan("T04", "END_BALANCE", "total");
            BigDecimal fiscalBegin = s.yuan("T04", "BEGIN_BALANCE", "amount");
            rows.add(row(s.department(), s.year(), end, begin, begin.subtract(end), fiscalEnd, fiscalBegin,
                    fiscalBegin.subtract(fiscalEnd)));
        }
        return rows;
    }

    private List<List<Object>> basicByEconomicClass() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            List<String> classes = codes(s, "T08", 3);
            BigDecimal basic = classes.stream().map(c -> s.yuan("T08", c, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (String code : classes) {
                BigDecimal amount = s.yuan("T08", code, "amount");
                String group = code.equals("301") || code.equals("303") ? "PERSONNEL" : "PUBLIC";
                String name = economic.name(code, s.year()).orElseGet(() -> s.rowName("T08", code).orElseThrow());
                rows.add(row(s.department(), s.year(), group, code, name, amount, pct(amount, basic)));
            }
        }
        return rows;
    }

    private List<List<Object>> fundBudgetFlows() {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleFacts s : samples) {
            for (String[] table : new String[][] {{"T10", "GOVFUND"}, {"T11", "SOE"}}) {
                if (!s.rowKeys(table[0]).contains("TOTAL")) {
                    continue;
                }
                List<BigDecimal> v = Stream.of("begin_balance", "income", "exp_total", "exp_basic", "exp_project",
                        "end_balance").map(c -> s.yuan(table[0], "TOTAL", c)).toList();
                rows.add(row(s.department(), s.year(), table[1], v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(0).add(v.get(1)).subtract(v.get(2)).subtract(v.get(5))));
            }
        }
        return rows;
    }

    /**
     * Status from the two identities this test checks itself (X5, and 合计/类/款 = Σ项 of T03): broken → loaded
     * with errors. Warnings: one per code the reference catalogs lack.
     */
    private List<List<Object>> submissionOverview() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> x5 = x5Failures();
        List<List<Object>> rollup = rollupDisagreements();
        for (SampleFacts s : samples) {
            boolean broken = Stream.concat(x5.stream(), rollup.stream())
                    .anyMatch(r -> r.get(0).equals(s.department()) && r.get(1).equals(s.year()));
            TreeSet<String> printed = new TreeSet<>(s.tablesWithFigures());
            printed.addAll(s.notedTables());
            long empty = s.notedTables().stream().filter(t -> !s.tablesWithFigures().contains(t)).count();
            // No official catalog is imported here: the codes the shipped catalogs lack (query 16) are notes for
            // the bureau (INFO), not warnings; the samples have no other warning.
            rows.add(row(s.department(), s.year(), broken ? "LOADED_WITH_ERRORS" : "LOADED", 1, printed.size(), empty,
                    s.factCount(), 0));
        }
        return rows;
    }

    private List<List<Object>> codesNotInCatalog() {
        // kind|code → [name, level, parent, departments, years]
        Map<String, List<Object>> found = new TreeMap<>(Comparator.comparing((String k) -> k.startsWith("economic"))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, TreeSet<String>> departments = new TreeMap<>();
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        for (SampleFacts s : samples) {
            for (String[] code : unknownCodes(s)) {
                String key = code[0] + "|" + code[1];
                String table = code[0].equals("economic") ? "T08" : "T03";
                String name = s.rowName(table, code[1]).or(() -> s.rowName(code[0].equals("economic") ? "T09" : "T02", code[1]))
                        .orElseThrow();
                found.putIfAbsent(key, List.of(code[0], code[1], name, levelOf(code[1]),
                        code[1].length() == 3 ? "" : code[1].substring(0, code[1].length() - 2)));
                departments.computeIfAbsent(key, k -> new TreeSet<>()).add(s.department());
                years.computeIfAbsent(key, k -> new TreeSet<>()).add(s.year());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        found.forEach((key, head) -> {
            List<Object> row = new ArrayList<>(head);
            if (row.get(4).equals("")) {
                row.set(4, null);
            }
            row.add(departments.get(key).size());
            row.add(years.get(key).first());
            row.add(years.get(key).last());
            rows.add(row);
        });
        return rows;
    }

    /** [kind, code] of every code a sample uses that reference/*.csv lacks (functional tables, and T08/T09). */
    private List<String[]> unknownCodes(SampleFacts s) {
        Map<String, String[]> codes = new TreeMap<>();
        for (String table : s.tablesWithFigures()) {
            if (List.of("T01", "T04", "T13").contains(table)) {
                continue;
            }
            boolean isEconomic = table.equals("T08") || table.equals("T09");
            for (String key : s.rowKeys(table)) {
                if (key.chars().allMatch(Character::isDigit) && !(isEconomic ? economic : functional).contains(key)) {
                    String kind = isEconomic ? "economic" : "functional";
                    codes.put(kind + key, new String[] {kind, key});
                }
            }
        }
        return List.copyOf(codes.values());
    }

    private static int levelOf(String code) {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Optional<SampleFacts> previous(SampleFacts s) {
        return samples.stream().filter(p -> p.department().equals(s.department()) && p.year() == s.year() - 1).findFirst();
    }

    /** Codes of one length (3 类, 5 款, 7 项) that carry a figure in a table, in code order. */
    private static List<String> codes(SampleFacts s, String table, int digits) {
        return s.rowKeys(table).stream().filter(k -> k.length() == digits && k.chars().allMatch(Character::isDigit))
                .sorted().toList();
    }

    /** The catalog name valid in the sample's year; a code the catalog lacks is named as printed. */
    private String functionalName(SampleFacts s, String code) {
        return functional.name(code, s.year()).orElseGet(() -> s.rowName("T03", code).orElseThrow());
    }

    /** part / whole in %, two decimals, half up; null when whole is zero (the queries' NULLIF). */
    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<String> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    /** Rows as text for comparison: numbers by value (15200.00 = 15200), NULL for null. */
    private static List<String> render(List<List<Object>> rows) {
        return rows.stream().map(r -> r.stream().map(ReportingQueriesMariaDbTest::text).collect(Collectors.joining(" | ")))
                .toList();
    }

    private static String text(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return Objects.toString(value);
    }
}
