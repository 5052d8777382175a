package org.newskg.article;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the paths given on a command line into the article files to read.
 *
 * <ul>
 *   <li>A file is taken as is, whatever its extension.</li>
 *   <li>A folder gives its {@code *.txt} files (extension case ignored), recursively, sorted by their
 *       path relative to the folder. Hidden files and folders (name starting with '.') are skipped.</li>
 *   <li>A missing path is NOT dropped: it is returned as is, so that {@link ArticleReader#read(Path)}
 *       reports it ("unreadable: no such file") and the batch goes on with the other files. The same
 *       holds for a folder (or sub-folder) that cannot be listed.</li>
 *   <li>A file reached twice (given twice, or inside two given folders) is listed once.</li>
 * </ul>
 */
public final class ArticleFiles {
    private static final Logger log = LoggerFactory.getLogger(ArticleFiles.class);

    public static final String EXTENSION = ".txt";

    private ArticleFiles() {
    }

    /** The article files for the given paths, in the order given, folders expanded. Never throws for a bad path. */
    public static List<Path> expand(List<Path> paths) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> result = new ArrayList<>();
        for (Path path : paths) {
            List<Path> found;
            if (Files.isDirectory(path)) {
                found = listFolder(path);
            } else {
                if (!Files.exists(path)) {
                    log.warn("{}: no such file (it will be reported as unreadable)", path);
                }
                found = List.of(path);
            }
            for (Path p : found) {
                if (seen.add(p.toAbsolutePath().normalize())) {
                    result.add(p);
                }
            }
        }
        return result;
    }

    private static List<Path> listFolder(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && !attrs.isDirectory()
                            && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    log.warn("{}: cannot be listed ({}); it will be reported as unreadable", file, e.toString());
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("{}: cannot be listed ({}); it will be reported as unreadable", folder, e.toString());
            return List.of(folder);
        }
        // by relative path, with '/' separators so the order is the same on every platform
        files.sort(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')));
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
