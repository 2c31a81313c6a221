package org.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.juesuan.model.Messages;
import org.juesuan.model.Severity;
import org.juesuan.validate.RuleBook;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of findings is one bundle: every key the code asks for is in it, every finding code carries a
 * severity, a text and a description, the English bundle translates exactly the same keys with the same
 * placeholders, and docs/findings.md is what the bundle and the rule book say (regenerate it with
 * {@code -Djuesuan.writeDocs=true}).
 */
class FindingCatalogueTest {

    private static final Path DOC = Path.of("docs/findings.md");
    private static final ResourceBundle ZH = Messages.bundle(Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = Messages.bundle(Locale.ENGLISH);

    @Test
    void everyKeyTheCodeUsesIsDeclaredAndEveryFindingCodeIsComplete() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        Pattern text = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
        Pattern finding = Pattern.compile("Finding\\.of\\(\\s*\"([A-Z-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(source);
                assertThat(java).as(source + " builds a finding outside the catalogue")
                        .doesNotContainPattern("new Finding\\(\"");
                collect(text, java, used);
                collect(finding, java, codes);
            }
        }
        // A literal that is only a prefix ("severity." + …, "ROW-" + …) is completed at run time.
        used.removeIf(key -> key.endsWith("."));
        codes.removeIf(code -> code.endsWith("-"));
        // FigureValidator's codes are ROW- plus the checked property.
        Stream.of("ROWKEY", "PRINTED", "YUAN").forEach(p -> codes.add("ROW-" + p));
        codes.forEach(code -> used.addAll(Set.of("finding." + code, "finding." + code + ".severity",
                "finding." + code + ".description")));
        assertThat(used.stream().filter(key -> !ZH.containsKey(key))).as("keys missing from the bundle").isEmpty();
        for (String key : ZH.keySet()) {
            if (isSeverity(key)) {
                Severity.valueOf(ZH.getString(key));
                assertThat(codes).as("declared but never raised: " + key).contains(code(key));
            }
        }
    }

    @Test
    void theEnglishBundleTranslatesEveryKeyWithTheSamePlaceholders() {
        assertThat(new TreeSet<>(EN.keySet())).isEqualTo(new TreeSet<>(ZH.keySet()));
        for (String key : ZH.keySet()) {
            assertThat(placeholders(EN.getString(key))).as(key).isEqualTo(placeholders(ZH.getString(key)));
            if (isSeverity(key)) {
                assertThat(EN.getString(key)).as(key).isEqualTo(ZH.getString(key));
            }
        }
    }

    @Test
    void docsFindingsMdIsTheCatalogue() throws IOException {
        String generated = markdown();
        if (Boolean.getBoolean("juesuan.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/findings.md is stale: run this test with "
                + "-Djuesuan.writeDocs=true").isEqualTo(generated);
    }

    /** The catalogue for a finance officer: the words, the pipeline's findings, the 审核公式, the refusals. */
    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# 审核发现一览\n\n")
                .append("本文由 `src/main/resources/messages.properties`（用语与发现）和 `rules/2023.yaml`（审核公式）生成，")
                .append("由 FindingCatalogueTest 核对，不要手工修改。\n\n")
                .append("## 级别\n\n| 级别 | 含义 |\n|---|---|\n")
                .append("| ").append(ZH.getString("severity.ERROR")).append(" | 必须改正；有错误的报表“")
                .append(ZH.getString("status.LOADED_WITH_ERRORS")).append("” |\n")
                .append("| ").append(ZH.getString("severity.WARNING")).append(" | 需要核对或说明，不影响“")
                .append(ZH.getString("status.LOADED")).append("” |\n")
                .append("| ").append(ZH.getString("severity.INFO")).append(" | 仅供财政部门参考，不出现在退回部门的工作簿中 |\n\n")
                .append("审核结论：").append(ZH.getString("status.LOADED")).append("、")
                .append(ZH.getString("status.LOADED_WITH_ERRORS")).append("、").append(ZH.getString("status.REJECTED"))
                .append("（文件无法读取，数据未入库）。\n\n")
                .append("## 读取与科目对应时的发现\n\n")
                .append("{0}、{1} 等处在报告中代入具体的科目、数字或名称。\n\n")
                .append("| 代码 | 级别 | 报告中的文字 | 说明 |\n|---|---|---|---|\n");
        new TreeSet<>(ZH.keySet()).stream().filter(FindingCatalogueTest::isSeverity).map(FindingCatalogueTest::code)
                .forEach(code -> md.append("| ").append(code).append(" | ")
                        .append(Messages.severity(Severity.valueOf(ZH.getString("finding." + code + ".severity"))))
                        .append(" | ").append(cell(ZH.getString("finding." + code))).append(" | ")
                        .append(cell(ZH.getString("finding." + code + ".description"))).append(" |\n"));
        md.append("\n## 审核公式（2023 年度）\n\n")
                .append("公式不成立时，报告写明所在的表和行、公式两边的数和差额（按表的单位，万元或元）。")
                .append("同一差额使几条公式都不成立、且它们都用到同一单元格时，报告把它们归在一起，先写这一格。\n\n")
                .append("| 编号 | 级别 | 公式 |\n|---|---|---|\n");
        for (RuleBook.Listed rule : new RuleBook().listed(2023)) {
            md.append("| ").append(rule.id()).append(" | ").append(Messages.severity(rule.severity())).append(" | ")
                    .append(cell(rule.message())).append(" |\n");
        }
        md.append("\n## 无法读取的原因\n\n文件无法读取时，原因写明文件 › 工作表 › 单元格，读到了什么、应当是什么。\n\n")
                .append("| 情形 | 报告中的文字 |\n|---|---|\n");
        new TreeSet<>(ZH.keySet()).stream().filter(k -> k.startsWith("refusal."))
                .forEach(k -> md.append("| ").append(k.substring("refusal.".length())).append(" | ")
                        .append(cell(ZH.getString(k))).append(" |\n"));
        return md.toString();
    }

    private static boolean isSeverity(String key) {
        return key.startsWith("finding.") && key.endsWith(".severity");
    }

    private static String code(String severityKey) {
        return severityKey.substring("finding.".length(), severityKey.length() - ".severity".length());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("''", "'");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
