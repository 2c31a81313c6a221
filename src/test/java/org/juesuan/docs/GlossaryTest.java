package org.juesuan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/glossary.md is what the layout file yields: a key added, renamed or given another Chinese name in the
 * layout file fails this test until the glossary is regenerated ({@code -Djuesuan.glossary.write=true}).
 */
class GlossaryTest {

    @Test
    void theGlossaryInDocsIsTheOneTheLayoutFileYields() throws IOException {
        String generated = Glossary.of(Glossary.LAYOUT);
        if (Boolean.getBoolean("juesuan.glossary.write")) {
            Files.writeString(Glossary.DOCUMENT, generated);
        }
        assertThat(Files.readString(Glossary.DOCUMENT))
                .as("docs/glossary.md is out of date: mvn -B -q -o test -Dtest=GlossaryTest -Djuesuan.glossary.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everyTableRowKeyAndColumnKeyOfTheLayoutIsThereWithItsChineseName() throws IOException {
        String glossary = Glossary.of(Glossary.LAYOUT);
        assertThat(glossary)
                .contains("| `T13` | 财政拨款“三公”经费支出决算表 |")
                .contains("| `INC_GPB` | 收入：一般公共预算财政拨款收入 |")
                .contains("| `BEGIN_BALANCE_SOE` | 收入：年初财政拨款结转和结余 › 国有资本经营预算财政拨款 |")
                .contains("| `PERSONNEL_TOTAL` | 人员经费合计 |")
                .contains("| `basic.personnel` | 人员经费 |")
                .contains("| `project.301` | 项目支出 › 工资福利支出 |")
                .contains("| `final.reception` | 决算 › 公务接待 |");
    }

    @Test
    void aNewSectionOrSettingInTheLayoutFileIsPassedOverAndANewKeyAppears(@TempDir Path dir) throws IOException {
        String layout = Files.readString(Glossary.LAYOUT)
                .replace("tables:\n", "vocabulary:\n  departmentLabels: [部门, 编制单位]\n\ntables:\n")
                .replace("      other: {leaf: [其他收入]}\n",
                        "      other: {leaf: [其他收入]}\n      prior: {leaf: [上年数], note: 仅作对照}\n");
        Path changed = Files.writeString(dir.resolve("layout.yaml"), layout);
        String glossary = Glossary.of(changed).replace(changed.toString(), Glossary.LAYOUT.toString());
        assertThat(glossary).isEqualTo(Glossary.of(Glossary.LAYOUT)
                .replace("| `other` | 其他收入 |\n", "| `other` | 其他收入 |\n| `prior` | 上年数 |\n"));
    }
}
