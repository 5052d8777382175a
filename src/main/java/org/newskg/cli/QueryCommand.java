package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** newskg query FILE [--db DIR] [--format table|csv|json] */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file against the local store (the union of all articles is the default graph).")
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Parameters(paramLabel = "FILE", description = "a .rq file, e.g. queries/treaty-signings.rq")
    Path file;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        Query query;
        try {
            query = QueryFactory.create(Files.readString(file));
        } catch (org.apache.jena.query.QueryParseException e) {
            System.err.println(file + ": not a valid SPARQL query: " + e.getMessage());
            return 2;
        }
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            Txn.executeRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(query).dataset(kg.dataset())
                        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                    if (query.isSelectType()) {
                        var rs = qe.execSelect();
                        switch (format) {
                            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                            default -> ResultSetFormatter.out(System.out, rs, query);
                        }
                    } else if (query.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else {
                        org.apache.jena.riot.RDFDataMgr.write(System.out, qe.execConstruct(), org.apache.jena.riot.Lang.TURTLE);
                    }
                }
            });
        }
        return 0;
    }
}
