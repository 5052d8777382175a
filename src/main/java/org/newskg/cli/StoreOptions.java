package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option shared by the commands that use the store. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}; the text index sits beside it)")
    Path db;
}
