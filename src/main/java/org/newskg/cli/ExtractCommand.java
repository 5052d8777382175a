package org.newskg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.BatchReport;
import org.newskg.ArticleBatch;
import org.newskg.entity.WikidataLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** newskg extract PATH... -o FILE */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and events from articles (files or folders of .txt) into an RDF file: "
                + ".trig or .nq (one named graph per article), .jsonld, or .ttl (the union graph).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders of .txt files")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "output file (.trig, .nq, .jsonld, .ttl)")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for all articles (overrides metadata)")
    LocalDate date;

    @Mixin
    OnlineLinkOptions linking;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for extraction (default: all cores; "
            + "the output is the same for any N)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        int workers = threads != null ? threads : ArticleBatch.defaultThreads();
        if (workers < 1) {
            System.err.println("--threads must be at least 1");
            return 2;
        }
        WikidataLinker linker = linking.linkerOrNull();
        BatchReport report = ArticleBatch.extractToFile(paths, output, date, linker, workers, System.err);
        System.err.printf("extracted %d article(s) to %s%n", report.succeededCount(), output);
        OnlineLinkOptions.report(linker, System.err);
        for (String f : report.failures()) {
            System.err.println("FAILED " + f);
        }
        return report.ok() ? 0 : 1;
    }
}
