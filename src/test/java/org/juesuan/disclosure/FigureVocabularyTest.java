package org.juesuan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class FigureVocabularyTest {

    @Test
    void theShippedVocabularyLoadsAndTriesLongerPhrasesFirst() {
        FigureVocabulary vocabulary = FigureVocabulary.load();
        List<String> phrases = vocabulary.phrasesLongestFirst().stream().map(FigureVocabulary.Phrase::text).toList();
        assertThat(phrases.indexOf("一般公共预算财政拨款基本支出")).isLessThan(phrases.indexOf("基本支出"));
        assertThat(vocabulary.figure("人员经费").orElseThrow().cell())
                .isEqualTo(new FigureVocabulary.Cell("T08", "PERSONNEL_TOTAL", "amount"));
        assertThat(vocabulary.sums()).isNotEmpty();
    }

    @Test
    void aMisspelledKeyIsRefusedNamingFileEntryAndKey() {
        Object yaml = new Yaml().load("""
                figures:
                  - name: 人员经费
                    phrases: [人员经费]
                    tabel: T08
                items: {table: T06, column: total}
                """);
        assertThatThrownBy(() -> FigureVocabulary.parse("figures.yaml", yaml))
                .hasMessageContaining("figures.yaml › figures › 键 'tabel'：未知的键");
    }

    @Test
    void aSumOverAnUnknownNameIsRefused() {
        Object yaml = new Yaml().load("""
                figures:
                  - {name: 基本支出, phrases: [基本支出], table: T03, row: TOTAL, column: basic}
                sums:
                  - {whole: 基本支出, parts: [人员经费]}
                items: {table: T06, column: total}
                """);
        assertThatThrownBy(() -> FigureVocabulary.parse("figures.yaml", yaml))
                .hasMessageContaining("sums › 基本支出：没有名为 '人员经费' 的数");
    }

    @Test
    void aCellNeedsAllThreeKeys() {
        Object yaml = new Yaml().load("""
                figures:
                  - {name: 人员经费, phrases: [人员经费], table: T08, row: PERSONNEL_TOTAL}
                items: {table: T06, column: total}
                """);
        assertThatThrownBy(() -> FigureVocabulary.parse("figures.yaml", yaml))
                .hasMessageContaining("figures › 人员经费 › 键 'column'：缺少");
    }
}
