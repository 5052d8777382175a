package org.newskg.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** File chores of the benchmark: fresh work folders, corpus copies under new names, sizes. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** Deletes everything inside {@code dir} (not {@code dir} itself); a missing folder is fine. */
    static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (!d.equals(dir)) {
                    Files.delete(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** An empty folder at {@code dir}, created or emptied. */
    static Path fresh(Path dir) throws IOException {
        Files.createDirectories(dir);
        deleteContents(dir);
        return dir;
    }

    /**
     * The files {@code times} over, each copy under a new name ({@code r2-NAME}, ...) so every copy
     * is a distinct document; the first copy keeps the names. Hard links where the file system
     * allows them (the copies cost no space), else copies.
     */
    static List<Path> repeated(List<Path> files, int times, Path dir) throws IOException {
        fresh(dir);
        List<Path> out = new ArrayList<>(files);
        for (int r = 2; r <= times; r++) {
            for (Path f : files) {
                Path copy = dir.resolve("r" + r + "-" + f.getFileName());
                try {
                    Files.createLink(copy, f.toAbsolutePath());
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, copy);
                }
                out.add(copy);
            }
        }
        return out;
    }

    /** Total size in bytes of the files (or of the files under the folders). */
    static long size(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (var files = Files.walk(path)) {
            long total = 0;
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            }
            return total;
        }
    }

    /**
     * Bytes the files under {@code path} really occupy (du): TDB2 files are sparse, so their
     * length overstates the disk they take. Falls back to {@link #size} where du is missing.
     */
    static long allocated(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try {
            Process du = new ProcessBuilder("du", "-sk", path.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.trim().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du: the apparent size below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return size(path);
    }
}
