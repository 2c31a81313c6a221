package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.juesuan.load.ItemState;
import org.juesuan.load.LedgerItem;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.GeneratedSubmissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes of a submission travel in the partition message and come out on the worker as the same submission: the
 * same SHA-256 (content identity), the same last-modified time (version order), the manager's path (what status
 * shows) — for one workbook and for a folder of per-table files. One that was too large to send and that the worker
 * cannot see fails with the reason; one the manager could not find either is the ordinary "file gone".
 */
class RemotePartitionRequestTest {

    @TempDir
    Path manager;

    @TempDir
    Path worker;

    @Test
    void aWorkbookAndAFolderArriveAsTheSameSubmissions() throws Exception {
        Path workbook = GeneratedSubmissions.writeSmall(manager.resolve("inbox"), 1, 4200).get(0);
        Instant saved = Instant.parse("2024-03-05T06:07:08.123Z");
        Files.setLastModifiedTime(workbook, FileTime.from(saved));
        String identity = SubmissionSource.workbook(workbook).sha256();
        Path folder = Files.createDirectories(manager.resolve("教育局-2023"));
        GeneratedSubmissions.copy(manager.resolve("inbox"), folder);
        Files.writeString(folder.resolve("说明.txt"), "not a workbook: not part of the submission");
        Files.move(folder.resolve(workbook.getFileName()), folder.resolve("表1.xlsx"));
        Files.copy(folder.resolve("表1.xlsx"), folder.resolve("表2.xlsx"));

        PartitionRequest sent = new PartitionRequest("importSubmission", 77, List.of(
                SubmissionFiles.ship(1, workbook.toString(), 8 << 20),
                SubmissionFiles.ship(2, folder.toString(), 8 << 20)));
        PartitionRequest received = PartitionRequest.decode(sent.encode());
        assertThat(received.stepName()).isEqualTo("importSubmission");
        assertThat(received.stepExecutionId()).isEqualTo(77);
        assertThat(received.items()).extracting(PartitionRequest.Item::shipping)
                .containsExactly(PartitionRequest.Shipping.SHIPPED, PartitionRequest.Shipping.SHIPPED);
        assertThat(received.items().get(1).files()).extracting(PartitionRequest.File::name)
                .containsExactly("表1.xlsx", "表2.xlsx");

        SubmissionFiles files = new SubmissionFiles();
        files.receive(received, worker);
        Files.delete(workbook); // the worker reads its copy, not the manager's file
        SubmissionSource one = files.find(item(1, workbook)).orElseThrow();
        assertThat(one.path()).isEqualTo(workbook);
        assertThat(one.files().get(0)).startsWith(worker);
        assertThat(one.sha256()).isEqualTo(identity);
        assertThat(one.lastModified()).isEqualTo(saved);

        SubmissionSource two = files.find(item(2, folder)).orElseThrow();
        assertThat(two.path()).isEqualTo(folder);
        assertThat(two.sha256()).isEqualTo(SubmissionSource.at(folder).sha256());
        assertThat(two.lastModified()).isEqualTo(SubmissionSource.at(folder).lastModified());

        files.forget(received, worker);
        assertThat(Files.exists(worker)).isFalse();
        assertThat(files.find(item(1, workbook))).as("copy gone, file gone: MISSING").isEmpty();
    }

    @Test
    void oneTooLargeToSendThatTheWorkerCannotSeeFailsSayingSo() throws Exception {
        Path workbook = GeneratedSubmissions.writeSmall(manager, 1, 4300).get(0);
        PartitionRequest.Item unsent = SubmissionFiles.ship(5, workbook.toString(), 0);
        assertThat(unsent.shipping()).isEqualTo(PartitionRequest.Shipping.TOO_LARGE);
        assertThat(unsent.size()).isEqualTo(Files.size(workbook));
        PartitionRequest absent = new PartitionRequest("importSubmission", 8,
                List.of(SubmissionFiles.ship(6, manager.resolve("gone.xlsx").toString(), 8 << 20)));
        assertThat(absent.items().get(0).shipping()).isEqualTo(PartitionRequest.Shipping.ABSENT);

        SubmissionFiles files = new SubmissionFiles();
        files.receive(PartitionRequest.decode(new PartitionRequest("importSubmission", 9, List.of(unsent)).encode()),
                worker);
        assertThat(files.find(item(5, workbook))).as("the worker shares the folder: reads the path").isPresent();
        Path elsewhere = Files.move(workbook, manager.resolve("moved.xlsx"));
        assertThat(Files.exists(workbook)).isFalse();
        assertThatThrownBy(() -> files.find(item(5, workbook)))
                .isInstanceOf(SubmissionFiles.NotSharedException.class)
                .hasMessageContaining("读不到 " + workbook)
                .hasMessageContaining("目录未共享")
                .hasMessageContaining("juesuan.remote.ship-max-mb");
        assertThat(Files.exists(elsewhere)).isTrue();

        files.receive(PartitionRequest.decode(absent.encode()), worker);
        assertThat(files.find(item(6, manager.resolve("gone.xlsx")))).as("gone for the manager too: MISSING").isEmpty();
    }

    @Test
    void theEarlierTextMessageStillReads() {
        PartitionRequest old = PartitionRequest.decode("importSubmission:item-12:345".getBytes(StandardCharsets.UTF_8));
        assertThat(old.stepName()).isEqualTo("importSubmission:item-12");
        assertThat(old.stepExecutionId()).isEqualTo(345);
        assertThat(old.items()).isEmpty();
    }

    @Test
    void theReasonOfAFailedPartitionIsItsFirstLineWithoutTheClassName() {
        assertThat(RemotePartitionHandler.reason("org.juesuan.batch.SubmissionFiles$NotSharedException: worker a:1 读不到 x\n"
                + "\tat org.juesuan…")).isEqualTo("worker a:1 读不到 x");
        assertThat(RemotePartitionHandler.reason("数据库：连接断开")).isEqualTo("数据库：连接断开");
        assertThat(RemotePartitionHandler.reason(null)).isEmpty();
    }

    private static LedgerItem item(long id, Path path) {
        return new LedgerItem(id, 1, (int) id, path.toString(), path.getFileName().toString(), ItemState.PENDING, null,
                null, null, null);
    }
}
