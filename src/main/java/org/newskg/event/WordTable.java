package org.newskg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list in sections, read from a TSV file a domain expert edits: each line is
 * {@code SECTION<TAB>phrase[<TAB>value...]}; blank lines and lines starting with '#' are ignored.
 * Immutable once read.
 */
public final class WordTable {
    private final String name;
    private final Map<String, List<List<String>>> sections;

    private WordTable(String name, Map<String, List<List<String>>> sections) {
        this.name = name;
        this.sections = sections;
    }

    public static WordTable fromResource(String resource) {
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public static WordTable fromPath(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(path.toString(), e);
        }
    }

    static WordTable read(Reader reader, String name) throws IOException {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNo = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[1].isBlank()) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected SECTION<TAB>phrase, got: " + line);
            }
            List<String> row = Arrays.stream(cols, 1, cols.length).map(String::strip).toList();
            sections.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(row);
        }
        Map<String, List<List<String>>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new WordTable(name, Map.copyOf(frozen));
    }

    /** The rows of a section (phrase first, then the values), or an empty list. */
    public List<List<String>> rows(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The row's column {@code index} (0 = the phrase), or {@code fallback} when the row is shorter. */
    static String column(List<String> row, int index, String fallback) {
        return index < row.size() && !row.get(index).isEmpty() ? row.get(index) : fallback;
    }

    /** Fails with the file name when a value column is missing: an expert's typo should say where it is. */
    String required(List<String> row, int index, String section) {
        if (index >= row.size() || row.get(index).isEmpty()) {
            throw new IllegalArgumentException(name + ": section " + section + ", entry '" + row.get(0)
                    + "' needs column " + (index + 2));
        }
        return row.get(index);
    }

    @Override
    public String toString() {
        return name;
    }
}
