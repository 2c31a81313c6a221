package org.juesuan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.juesuan.support.CatalogNames;
import org.juesuan.support.ImportedSamplesWarehouse;
import org.juesuan.support.SampleFacts;
import org.junit.jupiter.api.Test;

/**
 * The analyst's star schema (V3) on MariaDB with every sample imported: each typed fact view holds exactly the
 * figures its tables print (checked against the samples' expected-figure files, 万元 × 10000) with the cell each
 * came from; the classification views give one name per code and year by the documented rule (checked against
 * reference/*.csv read directly); departments get a stable id and their region.
 */
class StarSchemaMariaDbTest extends ImportedSamplesWarehouse {

    /** A typed view: the tables it covers and, per amount column, the (row key, column key) it holds. */
    private record TypedView(String name, Set<String> tables, String rowKeyColumn, Map<String, String> columns) {
    }

    private static Map<String, String> same(String... keys) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, k);
        }
        return m;
    }

    private static Map<String, String> pairs(String... nameKeyPairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameKeyPairs.length; i += 2) {
            m.put(nameKeyPairs[i], nameKeyPairs[i + 1]);
        }
        return m;
    }

    private static final List<TypedView> FUNCTIONAL_VIEWS = List.of(
            new TypedView("f_income_by_function", Set.of("T02"), "function_code",
                    same("total", "fiscal", "upper", "service", "operating", "affiliate", "other")),
            new TypedView("f_expenditure_by_function", Set.of("T03"), "function_code",
                    same("total", "basic", "project", "upper_remit", "operating", "affiliate_grant")),
            new TypedView("f_fiscal_expenditure_by_function", Set.of("T06", "T12"), "function_code",
                    same("total", "basic", "project")),
            new TypedView("f_fiscal_detail_by_function", Set.of("T05", "T07"), "function_code",
                    pairs("total", "total", "basic", "basic", "basic_personnel", "basic.personnel", "basic_public",
                            "basic.public", "project", "project", "project_301", "project.301", "project_302",
                            "project.302", "project_303", "project.303", "project_307", "project.307", "project_309",
                            "project.309", "project_310", "project.310", "project_311", "project.311", "project_312",
                            "project.312", "project_313", "project.313", "project_399", "project.399")),
            new TypedView("f_fund_budget_by_function", Set.of("T10", "T11"), "function_code",
                    same("begin_balance", "income", "exp_total", "exp_basic", "exp_project", "end_balance")));

    private static final List<TypedView> LINE_VIEWS = List.of(
            new TypedView("f_account_summary", Set.of("T01"), null, pairs(
                    "inc_gpb", "INC_GPB|amount", "inc_govfund", "INC_GOVFUND|amount", "inc_soe", "INC_SOE|amount",
                    "inc_upper", "INC_UPPER|amount", "inc_service", "INC_SERVICE|amount", "inc_operating",
                    "INC_OPERATING|amount", "inc_affiliate", "INC_AFFILIATE|amount", "inc_other", "INC_OTHER|amount",
                    "inc_total", "INC_TOTAL|amount", "use_nonfiscal_balance", "USE_NONFISCAL_BALANCE|amount",
                    "begin_balance", "BEGIN_BALANCE|amount", "inc_grand_total", "INC_GRAND_TOTAL|amount",
                    "exp_total", "EXP_TOTAL|amount", "balance_distribution", "BALANCE_DISTRIBUTION|amount",
                    "end_balance", "END_BALANCE|amount", "exp_grand_total", "EXP_GRAND_TOTAL|amount")),
            new TypedView("f_fiscal_account_summary", Set.of("T04"), null, fiscalSummaryColumns()));

    private static Map<String, String> fiscalSummaryColumns() {
        Map<String, String> m = pairs("inc_gpb", "INC_GPB|amount", "inc_govfund", "INC_GOVFUND|amount", "inc_soe",
                "INC_SOE|amount", "inc_total", "INC_TOTAL|amount", "begin_balance", "BEGIN_BALANCE|amount",
                "begin_balance_gpb", "BEGIN_BALANCE_GPB|amount", "begin_balance_govfund", "BEGIN_BALANCE_GOVFUND|amount",
                "begin_balance_soe", "BEGIN_BALANCE_SOE|amount", "inc_grand_total", "INC_GRAND_TOTAL|amount");
        for (String[] line : new String[][] {{"EXP_TOTAL", "exp_total"}, {"END_BALANCE", "end_balance"},
                {"EXP_GRAND_TOTAL", "exp_grand_total"}}) {
            for (String budget : List.of("total", "gpb", "govfund", "soe")) {
                m.put(line[1] + (budget.equals("total") ? "" : "_" + budget), line[0] + "|" + budget);
            }
        }
        return m;
    }

    /** department|year|table|row|column|amount, as the samples print them (元), for the given tables. */
    private static Set<String> printed(Set<String> tables, boolean fixedLinesOnly) {
        Set<String> facts = new TreeSet<>();
        for (SampleFacts s : SampleFacts.all()) {
            for (String table : tables) {
                for (String row : s.rowKeys(table)) {
                    if (fixedLinesOnly && row.chars().allMatch(Character::isDigit)) {
                        continue; // T01/T04 class lines are f_expenditure_by_function's (T03 prints them too)
                    }
                    for (String column : columnsOf(s, table, row)) {
                        facts.add(String.join("|", s.department(), String.valueOf(s.year()), table, row, column,
                                s.yuan(table, row, column).toPlainString()));
                    }
                }
            }
        }
        return facts;
    }

    private static final List<String> ALL_COLUMNS = List.of("amount", "total", "basic", "project", "upper_remit",
            "operating", "affiliate_grant", "fiscal", "upper", "service", "affiliate", "other", "basic.personnel",
            "basic.public", "project.301", "project.302", "project.303", "project.307", "project.309", "project.310",
            "project.311", "project.312", "project.313", "project.399", "begin_balance", "income", "exp_total",
            "exp_basic", "exp_project", "end_balance", "gpb", "govfund", "soe", "budget.total", "budget.abroad",
            "budget.vehicle", "budget.vehicle_purchase", "budget.vehicle_operation", "budget.reception", "final.total",
            "final.abroad", "final.vehicle", "final.vehicle_purchase", "final.vehicle_operation", "final.reception");

    private static List<String> columnsOf(SampleFacts s, String table, String row) {
        return ALL_COLUMNS.stream().filter(c -> s.yuan(table, row, c).signum() != 0).toList();
    }

    /** department|year|table|row → source cell of each fact, as v_fact has it. */
    private Map<String, String> cells() {
        Map<String, String> cells = new LinkedHashMap<>();
        jdbc.query("SELECT department_name, fiscal_year, table_code, row_key, column_key, source_sheet, source_cell "
                + "FROM v_fact", rs -> {
            cells.put(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    rs.getString(6) + "!" + rs.getString(7));
        });
        return cells;
    }

    @Test
    void eachTypedFactViewHoldsExactlyThePrintedFiguresOfItsTablesWithTheirCells() {
        Map<String, String> cells = cells();
        List<TypedView> views = new ArrayList<>(FUNCTIONAL_VIEWS);
        views.addAll(LINE_VIEWS);
        for (TypedView view : views) {
            Set<String> found = new TreeSet<>();
            for (Map<String, Object> r : jdbc.queryForList("SELECT * FROM " + view.name())) {
                String table = view.tables().size() == 1 ? view.tables().iterator().next() : (String) r.get("table_code");
                view.columns().forEach((measure, key) -> {
                    BigDecimal amount = (BigDecimal) r.get(measure + "_yuan");
                    String cell = (String) r.get(measure + "_cell");
                    String row = view.rowKeyColumn() == null ? key.split("\\|")[0] : (String) r.get(view.rowKeyColumn());
                    String column = view.rowKeyColumn() == null ? key.split("\\|")[1] : key;
                    String where = String.join("|", (String) r.get("department_name"), r.get("fiscal_year").toString(),
                            table, row, column);
                    if (amount.signum() != 0) {
                        found.add(where + "|" + amount.toPlainString());
                        assertThat(r.get("source_sheet") + "!" + cell).as(view.name() + " " + where).isEqualTo(cells.get(where));
                    } else {
                        assertThat(cell).as(view.name() + " " + where).isNull();
                    }
                });
            }
            assertThat(found).as(view.name()).isNotEmpty()
                    .isEqualTo(printed(view.tables(), view.rowKeyColumn() == null));
        }
    }

    @Test
    void economicAndThreePublicViewsHoldThePrintedFiguresToo() {
        Map<String, String> cells = cells();
        Set<String> found = new TreeSet<>();
        for (String view : List.of("f_economic_expenditure", "f_economic_expenditure_total")) {
            String key = view.endsWith("total") ? "total_key" : "economic_code";
            jdbc.query("SELECT department_name, fiscal_year, table_code, " + key + ", amount_yuan, source_sheet, source_cell "
                    + "FROM " + view, rs -> {
                String where = String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), "amount");
                found.add(where + "|" + rs.getBigDecimal(5).toPlainString());
                assertThat(rs.getString(6) + "!" + rs.getString(7)).as(where).isEqualTo(cells.get(where));
            });
        }
        assertThat(found).isEqualTo(printed(Set.of("T08", "T09"), false));

        Set<String> threePublic = new TreeSet<>();
        List<Map<String, Object>> items = jdbc.queryForList("SELECT * FROM f_three_public");
        assertThat(items).hasSize(6 * SampleFacts.all().size()); // every item of every T13, zeros included
        for (Map<String, Object> r : items) {
            for (String side : List.of("budget", "final")) {
                BigDecimal amount = (BigDecimal) r.get(side + "_yuan");
                String where = String.join("|", (String) r.get("department_name"), r.get("fiscal_year").toString(), "T13",
                        "TOTAL", side + "." + r.get("item_key"));
                if (amount.signum() != 0) {
                    threePublic.add(where + "|" + amount.toPlainString());
                    assertThat(r.get("source_sheet") + "!" + r.get(side + "_cell")).isEqualTo(cells.get(where));
                }
            }
        }
        assertThat(threePublic).isEqualTo(printed(Set.of("T13"), false));
    }

    @Test
    void everyCodeHasExactlyOneNameInEveryYearByTheDocumentedRule() {
        for (String kind : List.of("functional", "economic")) {
            CatalogNames catalog = kind.equals("functional") ? CatalogNames.functional() : CatalogNames.economic();
            Integer codes = jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM dim_" + kind + "_class", Integer.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_" + kind + "_class_year", Integer.class))
                    .as(kind).isEqualTo(codes * 31);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_" + kind + "_class", Integer.class)).isEqualTo(codes);
            jdbc.query("SELECT fiscal_year, code, name, from_catalog FROM v_" + kind + "_class_year", rs -> {
                String code = rs.getString(2);
                if (rs.getBoolean(4)) {
                    assertThat(rs.getString(3)).as(kind + " " + code + " " + rs.getInt(1))
                            .isEqualTo(catalog.name(code, rs.getInt(1)).orElseThrow());
                } else {
                    assertThat(catalog.contains(code)).as(code).isFalse();
                }
            });
        }
        Map<Integer, String> names20805 = new LinkedHashMap<>();
        jdbc.query("SELECT fiscal_year, name FROM v_functional_class_year WHERE code = '20805' AND fiscal_year IN "
                + "(2010, 2019, 2022, 2023, 2040) ORDER BY fiscal_year", rs -> {
            names20805.put(rs.getInt(1), rs.getString(2));
        });
        assertThat(names20805).containsExactly(Map.entry(2010, "行政事业单位离退休"), Map.entry(2019, "行政事业单位离退休"),
                Map.entry(2022, "行政事业单位离退休"), Map.entry(2023, "行政事业单位养老支出"), Map.entry(2040, "行政事业单位养老支出"));
        assertThat(jdbc.queryForMap("SELECT name, name_count, first_seen, last_seen FROM v_functional_class WHERE code = '20805'"))
                .containsEntry("name", "行政事业单位养老支出").containsEntry("name_count", 2L);
    }

    @Test
    void aRenamedCodeNeverDoublesARowAndKeepsWhatWasPrinted() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_expenditure_by_function", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM f_expenditure_by_function", Integer.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_economic_expenditure", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM f_economic_expenditure", Integer.class));
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT fiscal_year, function_name, printed_name, class_name "
                + "FROM v_expenditure_by_function WHERE department_name = '米易县农业农村局' AND function_code = '20805' "
                + "ORDER BY fiscal_year");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("fiscal_year", 2022).containsEntry("function_name", "行政事业单位离退休")
                .containsEntry("printed_name", "行政事业单位离退休").containsEntry("class_name", "社会保障和就业支出");
        assertThat(rows.get(1)).containsEntry("fiscal_year", 2023).containsEntry("function_name", "行政事业单位养老支出")
                .containsEntry("printed_name", "行政事业单位养老支出");
    }

    @Test
    void departmentsHaveTheIdOfTheirFirstSubmissionAndTheirRegion() {
        List<Map<String, Object>> departments = jdbc.queryForList("SELECT * FROM dim_department ORDER BY department_name");
        Map<String, int[]> years = new LinkedHashMap<>();
        for (SampleFacts s : SampleFacts.all()) {
            years.merge(s.department(), new int[] {s.year(), s.year()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        assertThat(departments).extracting(d -> d.get("department_name")).containsExactlyElementsOf(years.keySet());
        for (Map<String, Object> d : departments) {
            String name = (String) d.get("department_name");
            assertThat(d).containsEntry("region", "四川省攀枝花市米易县").containsEntry("admin_level", "县级")
                    .containsEntry("first_fiscal_year", years.get(name)[0]).containsEntry("last_fiscal_year", years.get(name)[1]);
            Long first = jdbc.queryForObject("SELECT MIN(id) FROM submission WHERE department_name = ?", Long.class, name);
            assertThat(((Number) d.get("department_id")).longValue()).isEqualTo(first);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT department_id) FROM v_three_public", Integer.class)).isEqualTo(3);
    }
}
