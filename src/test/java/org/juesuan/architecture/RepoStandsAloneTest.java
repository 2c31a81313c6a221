package org.juesuan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository stands alone: nothing in it reads or links the project's shared folder beside it (the contract and
 * the layout spec live in docs/), and every relative link of its Markdown documents leads to a file inside it.
 */
class RepoStandsAloneTest {

    /** Written in two parts so that this file does not match itself. */
    private static final List<String> OUTSIDE = List.of("../" + "shared", "/work/" + "shared",
            "shared" + "/spec", "shared" + "/seed", "shared" + "/reference");

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void noTrackedFileReadsOrLinksTheSharedFolderOutsideTheRepo() throws IOException {
        assertThat(pointingOutside(trackedFiles())).isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheMarkdownDocumentsLeadsToAFileInTheRepo() throws IOException {
        List<Path> markdown = trackedFiles().stream().filter(p -> p.toString().endsWith(".md")).toList();
        assertThat(markdown).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/contract.md"));
        assertThat(brokenLinks(ROOT, markdown)).isEmpty();
    }

    @Test
    void theCheckCatchesAPathToTheSharedFolderAndALinkLeadingOutOfTheRepo(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("layout.yaml"), "# spec: " + "../" + "shared" + "/spec/tables.md\n");
        Path doc = Files.writeString(dir.resolve("notes.md"), "See [the spec](../../elsewhere.md).\n");
        assertThat(pointingOutside(List.of(yaml, doc)))
                .containsExactly(yaml + ":1: ../" + "shared", yaml + ":1: shared" + "/spec");
        assertThat(brokenLinks(dir, List.of(doc))).containsExactly(doc + ": ../../elsewhere.md");
    }

    /** {@code file:line: what} for every line of a text file that names the shared folder. */
    static List<String> pointingOutside(List<Path> files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String outside : OUTSIDE) {
                    if (lines[i].contains(outside)) {
                        found.add(file + ":" + (i + 1) + ": " + outside);
                    }
                }
            }
        }
        return found;
    }

    /** {@code file: target} for every relative Markdown link whose target is missing or outside the repo. */
    static List<String> brokenLinks(Path repo, List<Path> markdownFiles) throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles) {
            Matcher m = MARKDOWN_LINK.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue; // a web address, or an anchor in the same file
                }
                Path resolved = file.toAbsolutePath().getParent().resolve(target.replaceAll("#.*$", "")).normalize();
                if (!resolved.startsWith(repo) || !Files.exists(resolved)) {
                    broken.add(file + ": " + target);
                }
            }
        }
        return broken;
    }

    /** The files git tracks in this working tree, or every file under it outside target/ and .git when git is absent. */
    private static List<Path> trackedFiles() throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(ROOT.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0")).map(ROOT::resolve).filter(Files::isRegularFile).toList();
            }
        } catch (IOException | InterruptedException e) {
            // no git: walk the tree below
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ROOT.relativize(p).startsWith("target") && !ROOT.relativize(p).startsWith(".git"))
                    .toList();
        }
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
