package org.newskg.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a NewsKG store keeps its files on disk. Everything derives from the TDB2 database
 * directory so that one {@code --db} option is enough:
 * <ul>
 *   <li>database: the TDB2 directory itself (default {@code data/tdb2});</li>
 *   <li>text index (Lucene): the sibling {@code text} when the database directory is named
 *       {@code tdb2} (so {@code data/tdb2} pairs with {@code data/text}, the layout written in
 *       fuseki-config/newskg.ttl), else the sibling {@code NAME-text} (so two databases that
 *       share a parent never share an index);</li>
 *   <li>server admin area (Fuseki's FUSEKI_BASE: backups, admin-created configurations):
 *       the sibling {@code run}, or {@code NAME-run}, by the same rule.</li>
 * </ul>
 * All paths are absolute and normalized (relative input resolves against the working directory).
 */
public record StoreLayout(Path database, Path textIndex, Path adminArea) {

    /** The database directory used when none is given. */
    public static final Path DEFAULT_DATABASE = Path.of("data", "tdb2");

    public StoreLayout {
        database = absolute(database);
        textIndex = absolute(textIndex);
        adminArea = absolute(adminArea);
    }

    /** The layout derived from a TDB2 database directory (see the class comment). */
    public static StoreLayout forDatabase(Path databaseDir) {
        Path db = absolute(databaseDir);
        if (db.getFileName() == null) {
            throw new IllegalArgumentException("Not usable as a database directory: " + databaseDir);
        }
        String name = db.getFileName().toString();
        boolean standard = name.equals("tdb2");
        Path text = db.resolveSibling(standard ? "text" : name + "-text");
        Path admin = db.resolveSibling(standard ? "run" : name + "-run");
        return new StoreLayout(db, text, admin);
    }

    /** The layout of {@link #DEFAULT_DATABASE}. */
    public static StoreLayout standard() {
        return forDatabase(DEFAULT_DATABASE);
    }

    private static Path absolute(Path path) {
        return Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    }
}
