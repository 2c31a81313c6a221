package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The generated corpus in {@code corpus/generated} is what {@link CorpusGenerator} describes: each entry's workbook
 * is there and its expected facts are exactly the generator's figures as that variant prints them. (Workbook bytes
 * are not compared here; generation is byte-reproducible, see CommittedSamplesTest.)
 */
class CommittedCorpusTest {

    private static final Path FOLDER = Path.of("corpus/generated");
    private static final String HINT = " (regenerate: CorpusGenerator corpus/generated)";

    @Test
    void everyEntryIsCommittedWithTheGeneratorsExpectedFacts() throws IOException {
        assertThat(CorpusGenerator.entries()).hasSizeGreaterThanOrEqualTo(25);
        for (CorpusGenerator.Entry entry : CorpusGenerator.entries()) {
            assertThat(FOLDER.resolve(entry.path())).as(entry.name() + HINT).exists();
            assertThat(Files.readString(FOLDER.resolve(entry.factsPath()), StandardCharsets.UTF_8))
                    .as(entry.factsPath() + HINT).isEqualTo(CorpusGenerator.expectedFacts(entry));
        }
        assertThat(Files.readString(FOLDER.resolve("README.md"), StandardCharsets.UTF_8)).as("README.md" + HINT)
                .isEqualTo(CorpusGenerator.index());
    }
}
