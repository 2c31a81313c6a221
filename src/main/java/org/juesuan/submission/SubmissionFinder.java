package org.juesuan.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.juesuan.layout.TableLayout;
import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.TextNormalizer;
import org.springframework.stereotype.Component;

/**
 * Turns the import PATHs into submissions. A folder is searched recursively; a folder whose
 * workbooks are all named after a table title (「01 收入支出决算总表.xlsx」…) and that has no
 * sub-folders is one submission delivered as per-table files; any other workbook is a
 * submission of its own.
 */
@Component
public class SubmissionFinder {

    private final TableLayouts layouts;

    public SubmissionFinder(TableLayouts layouts) {
        this.layouts = layouts;
    }

    public List<SubmissionSource> find(List<Path> paths) {
        List<SubmissionSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                collect(path, sources);
            } else {
                sources.add(SubmissionSource.workbook(path));
            }
        }
        return sources;
    }

    private void collect(Path folder, List<SubmissionSource> sources) {
        List<Path> workbooks = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.sorted(Comparator.comparing(Path::toString)).forEach(p -> {
                if (Files.isDirectory(p)) {
                    folders.add(p);
                } else if (isWorkbook(p)) {
                    workbooks.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (folders.isEmpty() && workbooks.size() > 1 && workbooks.stream().allMatch(this::namedAfterTable)) {
            sources.add(new SubmissionSource(folder, workbooks));
            return;
        }
        workbooks.forEach(w -> sources.add(SubmissionSource.workbook(w)));
        folders.forEach(f -> collect(f, sources));
    }

    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".xlsx") || name.endsWith(".xls")) && !name.startsWith("~$") && !name.startsWith(".");
    }

    private boolean namedAfterTable(Path file) {
        String name = TextNormalizer.normalize(file.getFileName().toString());
        return layouts.longestTitleFirst().stream().map(TableLayout::normalizedTitle).anyMatch(name::contains);
    }
}
