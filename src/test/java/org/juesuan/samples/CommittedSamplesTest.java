package org.juesuan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files committed in {@code samples/} are exactly what the generator writes today, compared cell by cell, so
 * the samples cannot drift from the generator. After a deliberate change, regenerate them with
 * {@code SampleGenerator samples}.
 */
class CommittedSamplesTest {

    private static final Path COMMITTED = Path.of("samples");
    private static final String HINT = " (regenerate: java org.juesuan.samples.SampleGenerator samples)";

    @Test
    void committedSamplesEqualFreshlyGeneratedOnes(@TempDir Path fresh) throws IOException {
        SampleGenerator.writeAll(fresh);
        assertThat(listing(COMMITTED)).as("files in samples/" + HINT).isEqualTo(listing(fresh));
        for (String file : listing(fresh)) {
            Path generated = fresh.resolve(file);
            Path committed = COMMITTED.resolve(file);
            if (file.endsWith(".csv")) {
                assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(file + HINT)
                        .isEqualTo(Files.readString(generated, StandardCharsets.UTF_8));
            } else {
                assertThat(WorkbookSnapshot.of(committed)).as(file + HINT).isEqualTo(WorkbookSnapshot.of(generated));
            }
        }
    }

    @Test
    void generatingTwiceGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleGenerator.writeAll(first);
        SampleGenerator.writeAll(second);
        for (String file : listing(first)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    /** Generated files below a folder, relative and sorted; the hand-written README is not generated. */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("README.md"))
                    .sorted()
                    .toList();
        }
    }
}
