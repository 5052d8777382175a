package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding command-line paths into article files, and a batch that goes past bad files. */
class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersGiveTheirTxtFilesSortedAndMissingPathsAreKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("b.txt"), "B");
        Files.writeString(folder.resolve("a.TXT"), "A");
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Files.writeString(folder.resolve(".hidden.txt"), "hidden");
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(sub.resolve("c.txt"), "C");
        Path single = Files.writeString(dir.resolve("single.md"), "taken as is");
        Path missing = dir.resolve("missing.txt");

        List<Path> files = ArticleFiles.expand(List.of(single, folder, missing, folder.resolve("b.txt")));
        assertEquals(List.of(single, folder.resolve("a.TXT"), folder.resolve("b.txt"), sub.resolve("c.txt"), missing),
                files);
    }

    @Test
    void batchGoesOnPastBadFiles() throws Exception {
        Files.writeString(dir.resolve("1-good.txt"),
                "Tram Line Opens\n\nThe new tram line in Orvieta opened on Saturday with free rides all weekend.\n");
        Files.write(dir.resolve("2-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("3-good.txt"),
                "The city of Orvieta will add two more tram lines by the end of the decade, the mayor said.\n");
        Path missing = dir.resolve("4-missing.txt");

        ArticleReader reader = new ArticleReader();
        List<String> ids = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path p : ArticleFiles.expand(List.of(dir, missing))) {
            try {
                ids.add(reader.read(p).id());
            } catch (ArticleException e) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of("1-good", "3-good"), ids);
        assertEquals(List.of(dir.resolve("2-empty.txt") + ": empty file", missing + ": unreadable: no such file"),
                errors);
    }
}
