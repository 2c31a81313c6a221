package org.juesuan.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.support.ExpectedFacts;
import org.juesuan.support.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The variant corpus: every workbook in {@code corpus/generated} and {@code corpus/handmade} is imported (no
 * database) and must yield exactly its {@code .expected.csv} — every expected fact, no unexpected non-zero fact, the
 * expected tables and reading findings — or, with an {@code .expected-refusal.txt}, be refused with exactly that
 * reason.
 */
class CorpusTest {

    static final List<Path> FOLDERS = List.of(Path.of("corpus/generated"), Path.of("corpus/handmade"));

    static Stream<Path> expectedFacts() throws IOException {
        return expectations(".expected.csv");
    }

    static Stream<Path> expectedRefusals() throws IOException {
        return expectations(".expected-refusal.txt");
    }

    private static Stream<Path> expectations(String suffix) throws IOException {
        Stream<Path> all = Stream.empty();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
                all = Stream.concat(all, found.stream());
            }
        }
        return all;
    }

    /** The workbook (or per-table folder) an expectation file describes: same stem, any workbook extension. */
    static Path workbookOf(Path expectation, String suffix) throws IOException {
        String stem = expectation.getFileName().toString().replace(suffix, "");
        try (Stream<Path> files = Files.list(expectation.getParent())) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.equals(stem) && Files.isDirectory(p) || name.equals(stem + ".xlsx") || name.equals(stem + ".xls");
            }).findFirst().orElseThrow(() -> new AssertionError("no workbook for " + expectation));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFacts")
    void importYieldsExactlyTheExpectedFacts(Path csv) throws IOException {
        Path workbook = workbookOf(csv, ".expected.csv");
        Submission submission = Importer.analyze(workbook);
        assertThat(submission.status()).as(workbook + ": " + submission.rejectReason())
                .isNotEqualTo(SubmissionStatus.REJECTED);
        ExpectedFacts.read(csv).assertMatches(submission, workbook.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedRefusals")
    void refusalNamesFileSheetCellAndWhatWasExpected(Path reasonFile) throws IOException {
        Path workbook = workbookOf(reasonFile, ".expected-refusal.txt");
        Submission submission = Importer.analyze(workbook);
        assertThat(submission.status()).as(workbook.toString()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(submission.facts()).isEmpty();
        assertThat(submission.rejectReason()).as(workbook.toString())
                .isEqualTo(Files.readString(reasonFile, StandardCharsets.UTF_8).strip());
    }

    @Test
    void corpusHoldsAtLeastTwentyFiveGeneratedWorkbooksAndHandMadeEdgeCases() throws IOException {
        try (Stream<Path> generated = Files.list(FOLDERS.get(0)); Stream<Path> handmade = Files.list(FOLDERS.get(1))) {
            assertThat(generated.filter(p -> p.toString().endsWith(".expected.csv")).count()).isGreaterThanOrEqualTo(25);
            assertThat(handmade.filter(p -> p.toString().contains(".expected")).count()).isGreaterThanOrEqualTo(10);
        }
    }
}
