package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/**
 * Rule files are read strictly when the book is made: every shipped file loads, and a misspelled key, a value
 * outside its choices or a side outside the supported form stops the start with file › rule › key and the part.
 */
class RuleFileTest {

    private static final String FILE = "rules/test.yaml";

    /** A valid row rule; each test spoils one line of it. */
    private static final String T02_ROW = """
            rules:
              - id: T02-ROW
                type: compare
                scope: row
                table: T02
                severity: ERROR
                left: total
                op: "=="
                right: fiscal + upper + service
                message: 本年收入合计 = 各项之和
            """;

    private static final String X5 = """
            rules:
              - id: X5
                type: compare
                severity: ERROR
                left: "T06['TOTAL']['basic']"
                op: "=="
                right: "T08['PERSONNEL_TOTAL']['amount'] + T08['PUBLIC_TOTAL']['amount']"
                message: 基本支出 = 人员经费合计 + 公用经费合计
            """;

    private static List<Rule> read(String yaml) {
        return RuleFile.read(FILE, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refusal(String yaml) {
        try {
            read(yaml);
        } catch (RuleFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused:\n" + yaml);
    }

    @Test
    void everyShippedRuleFileLoadsStrictly() throws Exception {
        Map<String, Resource> files = RuleBook.shippedFiles();
        assertThat(files).containsKey("rules/2023.yaml");
        for (Map.Entry<String, Resource> file : files.entrySet()) {
            try (InputStream in = file.getValue().getInputStream()) {
                List<Rule> rules = RuleFile.read(file.getKey(), in);
                assertThat(rules).as(file.getKey()).isNotEmpty();
                // The rounding policy holds for every identity: no shipped rule opts out of it.
                assertThat(rules).as(file.getKey()).noneMatch(r -> r instanceof Rule.Compare c && c.tolerance() == Tolerance.EXACT
                        || r instanceof Rule.Hierarchy h && h.tolerance() == Tolerance.EXACT);
            }
        }
        List<Rule> rules2023 = new RuleBook().rulesFor(2023);
        // 69 rules in the file; forColumns expands six of them into 2, 2, 4, 4, 3 and 3.
        assertThat(rules2023).hasSize(81);
        Rule.Compare x2 = (Rule.Compare) rules2023.stream().filter(r -> r.id().equals("X2-CLASS")).findFirst().orElseThrow();
        assertThat(x2.left().terms()).containsExactly(
                new Side.Term(new Read.Cell(TableCode.T01, "{row}", "amount"), false, "T01['{row}']['amount']"));
        assertThat(x2.forEachRow().level()).isEqualTo(1);
        assertThat(rules2023).extracting(Rule::id).contains("T13-ROW-budget", "T13-ROW-final-VEHICLE", "X12-project");
    }

    @Test
    void theUnmodifiedExamplesLoad() {
        assertThat(read(T02_ROW)).hasSize(1);
        assertThat(read(X5)).hasSize(1);
    }

    @Test
    void aMisspelledKeyIsRefusedNamingFileRuleAndKey() {
        assertThat(refusal(T02_ROW.replace("    op: \"==\"\n", "    op: \"==\"\n    tolerence: exact\n")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'tolerence'：未知的键；可用的键：id, type, severity, "
                        + "message, scope, table, left, op, right, tolerance, ifPrinted, forColumns, forEachRow");
        assertThat(refusal(X5.replace("    severity: ERROR\n", "    severity: ERROR\n    forEachRow:\n      tables: [T06]\n"
                + "      levle: 1\n").replace("['TOTAL']['basic']", "['{row}']['basic']")))
                .startsWith("规则文件 rules/test.yaml › 规则 X5 › 键 'forEachRow › levle'：未知的键；可用的键：tables, level");
        // A key of another type of rule is as unknown here as a misspelling.
        assertThat(refusal(T02_ROW.replace("type: compare", "type: hierarchy")))
                .startsWith("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'scope'：未知的键；可用的键：id, type, severity, message, table, tolerance");
    }

    @Test
    void aValueOutsideItsChoicesIsRefusedNamingFileRuleKeyAndTheChoices() {
        assertThat(refusal(T02_ROW.replace("    op: \"==\"\n", "    op: \"==\"\n    tolerance: exakt\n")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'tolerance'：值 'exakt' 不可用；可用的值：rounding, exact");
        assertThat(refusal(T02_ROW.replace("type: compare", "type: compair")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'type'：值 'compair' 不可用；可用的值：compare, "
                        + "hierarchy, emptyNote, nonNegative");
        assertThat(refusal(T02_ROW.replace("op: \"==\"", "op: \"=\"")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'op'：值 '=' 不可用；可用的值：==, <=, >=");
        assertThat(refusal(T02_ROW.replace("severity: ERROR", "severity: FATAL")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'severity'：值 'FATAL' 不可用；可用的值：ERROR, WARNING, INFO");
        assertThat(refusal(T02_ROW.replace("table: T02", "table: T14")))
                .startsWith("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'table'：值 'T14' 不可用；可用的值：T01, T02");
        assertThat(refusal(T02_ROW.replace("scope: row", "scope: rows")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'scope'：值 'rows' 不可用；可用的值：row, submission");
        assertThat(refusal(T02_ROW.replace("    left: total\n", "")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'left'：缺少此键");
    }

    @Test
    void aSideOutsideTheSupportedFormIsRefusedNamingFileRuleKeyAndThePart() {
        assertThat(refusal(X5.replace("+ T08['PUBLIC_TOTAL']['amount']", "* 2")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 X5 › 键 'right'：不支持的写法 '*'（“T08['PERSONNEL_TOTAL']['amount'] * 2”"
                        + " 第 34 个字符）：此处只能是 + 或 −。每一边只能是读数的加减");
        assertThat(refusal(T02_ROW.replace("right: fiscal + upper + service", "right: fiscal + 100")))
                .startsWith("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'right'：不支持的写法 '100'（“fiscal + 100” 第 10 个字符）");
        assertThat(refusal(T02_ROW.replace("right: fiscal + upper + service", "right: max(fiscal, upper)")))
                .startsWith("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'right'：不支持的写法 'max'");
        assertThat(refusal(X5.replace("T08['PUBLIC_TOTAL']['amount']", "T08.sumOfRows('amount')")))
                .startsWith("规则文件 rules/test.yaml › 规则 X5 › 键 'right'：不支持的写法 'sumOfRows'");
        // A read of the wrong scope: a row rule reading a cell of another table.
        assertThat(refusal(T02_ROW.replace("right: fiscal + upper + service", "right: \"fiscal + T01['INC_UPPER']['amount']\"")))
                .isEqualTo("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'right'：“fiscal + T01['INC_UPPER']['amount']” 中的 "
                        + "'T01['INC_UPPER']['amount']' 读的是某张表的单元格，逐行规则（scope: row）只能读本行的栏目：栏目名、['栏目']、sumOf('前缀')");
        // {row} only means something in a forEachRow rule.
        assertThat(refusal(X5.replace("T06['TOTAL']['basic']", "T06['{row}']['basic']")))
                .startsWith("规则文件 rules/test.yaml › 规则 X5 › 键 'left'：用了 {row}，但规则没有 forEachRow");
    }

    @Test
    void idsAreUniqueAndTheRoundingSuffixIsReserved() {
        String twice = T02_ROW + T02_ROW.substring("rules:\n".length());
        assertThat(refusal(twice)).startsWith("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'id'：规则编号重复");
        assertThat(refusal(T02_ROW.replace("id: T02-ROW", "id: T02-ROW-ROUNDING")))
                .startsWith("规则文件 rules/test.yaml › 规则 T02-ROW-ROUNDING › 键 'id'：编号不能以 -ROUNDING 结尾");
        assertThat(refusal(T02_ROW.replace("    op: \"==\"\n", "    op: \"==\"\n    forColumns: [a, b]\n")))
                .startsWith("规则文件 rules/test.yaml › 规则 T02-ROW › 键 'forColumns'：forColumns 与编号中的 {col} 须同时出现");
    }
}
