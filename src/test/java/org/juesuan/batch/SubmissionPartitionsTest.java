package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a run's submissions are cut into partitions, and what the partitions are called. */
class SubmissionPartitionsTest {

    @Test
    void smallRunsKeepOneSubmissionPerPartitionLargeOnesShareUpToTheCap() {
        assertThat(SubmissionPartitions.perPartition(8, 2, 16)).isEqualTo(1);
        assertThat(SubmissionPartitions.perPartition(9, 1, 16)).isEqualTo(3);
        assertThat(SubmissionPartitions.perPartition(100, 2, 16)).isEqualTo(13);
        assertThat(SubmissionPartitions.perPartition(200, 2, 16)).isEqualTo(16);
        assertThat(SubmissionPartitions.perPartition(200, 2, 1)).as("remote mode").isEqualTo(1);
        assertThat(SubmissionPartitions.perPartition(0, 2, 16)).isEqualTo(1);
    }

    @Test
    void aPartitionIsNamedAfterTheFirstAndLastOfItsLedgerRows() {
        assertThat(SubmissionPartitions.name(List.of(41L))).isEqualTo("item-41");
        assertThat(SubmissionPartitions.name(List.of(41L, 42L, 43L))).isEqualTo("item-41-43");
    }
}
