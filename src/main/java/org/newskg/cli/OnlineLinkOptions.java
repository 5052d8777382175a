package org.newskg.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import org.newskg.entity.WikidataLinker;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of extract and load for linking names the catalog does not know to Wikidata, online. */
public final class OnlineLinkOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--link-online",
            description = "link people, organizations and places the catalog does not know to Wikidata "
                    + "(needs the network for names not yet in the cache)")
    boolean linkOnline;

    @Option(names = "--wikidata-url", paramLabel = "URL", defaultValue = "https://www.wikidata.org",
            description = "the Wikibase site whose /w/api.php is asked (default: ${DEFAULT-VALUE})")
    URI wikidataUrl;

    @Option(names = "--wikidata-cache", paramLabel = "DIR", defaultValue = "data/wikidata-cache",
            description = "where Wikidata answers are kept, so later runs repeat without the network "
                    + "(default: ${DEFAULT-VALUE})")
    Path wikidataCache;

    @Option(names = "--link-threshold", paramLabel = "SCORE", defaultValue = "0.7",
            description = "the least score in [0,1] a Wikidata link needs (default: ${DEFAULT-VALUE})")
    double threshold;

    /** The linker the options ask for, or null when --link-online is not given. */
    WikidataLinker linkerOrNull() {
        if (!linkOnline) {
            return null;
        }
        try {
            return new WikidataLinker(WikidataLinker.Settings.defaults()
                    .withBaseUrl(wikidataUrl).withCacheDir(wikidataCache).withThreshold(threshold));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Reports what the linker did, when there was one. */
    static void report(WikidataLinker linkerOrNull, PrintStream out) {
        if (linkerOrNull != null) {
            out.println(linkerOrNull.summary());
        }
    }
}
