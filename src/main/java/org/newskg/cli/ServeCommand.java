package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newskg.graph.OntologyGraph;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.NewsKgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** newskg serve [--db DIR] [--port 3030] */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store with Fuseki at http://localhost:PORT/ (dataset /kg, read-only). "
                + "An empty store is first filled from seeds/.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR", description = "articles loaded into an empty store (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--allow-update", description = "open SPARQL Update and the admin endpoints, behind HTTP basic auth (user admin)")
    boolean allowUpdate;

    @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "NEWSKG_ADMIN_PASSWORD",
            description = "environment variable holding the admin password for --allow-update (default: ${DEFAULT-VALUE})")
    String passwordEnv;

    @Override
    public Integer call() throws InterruptedException {
        NewsKgServer.Options options = NewsKgServer.Options.defaults().withPort(port);
        if (allowUpdate) {
            String password = System.getenv(passwordEnv);
            if (password == null || password.isBlank()) {
                System.err.println("--allow-update needs a password in the environment variable " + passwordEnv);
                return 2;
            }
            options = options.withUpdates(password);
        }
        KnowledgeStore kg = KnowledgeStore.open(store.db);
        kg.ensureOntology(OntologyGraph.load());
        if (kg.documentIds().isEmpty() && Files.isDirectory(seeds)) {
            System.err.println("the store is empty: loading " + seeds + " first");
            LoadCommand.load(kg, List.of(seeds), null);
        }
        NewsKgServer server = new NewsKgServer(kg, options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            kg.close();
            stopped.countDown();
        }, "newskg-shutdown"));
        server.start();
        stopped.await();
        return 0;
    }
}
