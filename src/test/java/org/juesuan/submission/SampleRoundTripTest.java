package org.juesuan.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.support.ExpectedFacts;
import org.juesuan.support.Importer;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;

/** The committed samples through the import without a database: every generated fact, exactly, and nothing else. */
class SampleRoundTripTest {

    @Test
    void everySampleYieldsExactlyItsExpectedFacts() throws Exception {
        for (Path sample : List.of(Samples.MIYI_XLSX, Samples.EDUCATION_FOLDER, Samples.AGRICULTURE_XLS)) {
            Submission submission = Importer.analyze(sample);
            assertThat(submission.status()).as(sample + ": " + submission.rejectReason())
                    .isNotEqualTo(SubmissionStatus.REJECTED);
            ExpectedFacts.read(ExpectedFacts.csvBeside(sample)).assertMatches(submission, sample.toString());
        }
    }
}
