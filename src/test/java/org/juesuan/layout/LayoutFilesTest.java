package org.juesuan.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every shipped layouts file loads strictly; a misspelled key or a bad value stops the start naming where. */
class LayoutFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/layouts");

    private static String shipped() throws IOException {
        return Files.readString(FOLDER.resolve("sichuan-2023.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void everyShippedLayoutFileLoadsStrictlyWithThirteenTablesAndItsVocabulary() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            TableLayouts layouts = new TableLayouts(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            assertThat(layouts.longestTitleFirst()).as(file.toString()).hasSize(13);
            assertThat(layouts.vocabulary().departmentLabels()).as(file.toString()).contains("编制单位");
            assertThat(layouts.vocabulary().codeParts()).as(file.toString()).containsExactlyInAnyOrder("类", "款", "项");
        }
    }

    @Test
    void aMisspelledColumnMatcherKeyIsRefusedNamingFileTableColumnAndKey() throws IOException {
        String text = shipped().replace("basic.personnel: {leaf: [人员经费]}", "basic.personnel: {lef: [人员经费]}");
        assertThatThrownBy(() -> new TableLayouts("broken.yaml", text))
                .hasMessage("broken.yaml › tables › T05 › columns › basic.personnel › lef：未知的键（此处可用：leaf、path、not）");
    }

    @Test
    void aMisspelledVocabularyListIsRefusedNamingItsSection() throws IOException {
        String text = shipped().replace("    noteLabels:", "    noteLabel:");
        assertThatThrownBy(() -> new TableLayouts("broken.yaml", text))
                .hasMessageStartingWith("broken.yaml › vocabulary › page › noteLabel：未知的键");
    }

    @Test
    void aBadKindOrTableCodeIsRefusedWithTheValuesThatWouldDo() throws IOException {
        assertThatThrownBy(() -> new TableLayouts("broken.yaml",
                shipped().replace("kind: SINGLE_ROW", "kind: SINGLE_ROWS")))
                .hasMessage("broken.yaml › tables › T13 › kind：'SINGLE_ROWS' 不是可用的取值"
                        + "（可用：FUNCTIONAL、FIXED_LINES、ECONOMIC_GROUPS、SINGLE_ROW）");
        assertThatThrownBy(() -> new TableLayouts("broken.yaml", shipped().replace("code: T13", "code: T14")))
                .hasMessageStartingWith("broken.yaml › tables › 第13项 › code：'T14' 不是可用的取值");
        assertThatThrownBy(() -> new TableLayouts("broken.yaml",
                shipped().replace("classLines: true", "classLines: yes please")))
                .hasMessageContaining("tables › T01 › blocks › 第2项 › classLines：应为 true 或 false");
    }

    @Test
    void aMissingVocabularyListOrADuplicateKeyIsRefused() throws IOException {
        String withoutNoData = shipped().lines().filter(l -> !l.strip().startsWith("noDataWords:"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThatThrownBy(() -> new TableLayouts("broken.yaml", withoutNoData))
                .hasMessage("broken.yaml › vocabulary › page › noDataWords：缺少此键");
        String duplicate = shipped().replace("  - code: T06\n", "  - code: T06\n    code: T07\n");
        assertThatThrownBy(() -> new TableLayouts("broken.yaml", duplicate))
                .hasMessageStartingWith("broken.yaml：不是合法的 YAML");
    }
}
