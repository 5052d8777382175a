package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.newskg.explore.ExploreServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NewsKG SPARQL server: an embedded Apache Jena Fuseki serving the knowledge store as
 * dataset {@code /kg} (as described by fuseki-config/newskg.ttl), with the Fuseki web UI at
 * {@code /}, the graph explorer at {@code /explore/} ({@link ExploreServlet}) and the read-only
 * admin endpoints ({@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats}).
 * <p>
 * Safe by default: it listens on the loopback interface only and answers reads only; every
 * write (SPARQL Update, Graph Store writes, admin POST/DELETE) is refused with 403. With
 * {@link Options#allowUpdate() allowUpdate} and an admin password, it adds {@code /kg/update}
 * and {@code /kg/data} (Graph Store read-write), and writes require HTTP basic authentication
 * as user {@value #ADMIN_USER}; see {@link WriteGuardFilter} for the exact rule.
 */
public final class NewsKgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsKgServer.class);

    /** User name for authenticated writes. */
    public static final String ADMIN_USER = "admin";
    /** Fuseki reads its admin area from this system property (or environment variable). */
    private static final String FUSEKI_BASE = "FUSEKI_BASE";
    /** Building a server with the admin module reads and sets process-wide state: one at a time. */
    private static final Object BUILD_LOCK = new Object();

    /**
     * How to run the server.
     *
     * @param port TCP port; 0 picks a free one
     * @param loopbackOnly listen on 127.0.0.1/localhost only (the default) rather than all interfaces
     * @param allowUpdate add update endpoints and accept authenticated writes
     * @param adminPassword password of user {@value #ADMIN_USER}; required with allowUpdate
     * @param queryTimeout overrides the configuration's query timeout, in ms ("overall" or
     *     "first-result,overall"); null keeps the configured value
     * @param adminArea Fuseki's writable admin area (FUSEKI_BASE); null means the store layout's
     */
    public record Options(int port, boolean loopbackOnly, boolean allowUpdate, String adminPassword,
                          String queryTimeout, Path adminArea) {
        public static final int DEFAULT_PORT = 3030;

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Bad port: " + port);
            }
            if (allowUpdate && (adminPassword == null || adminPassword.isBlank())) {
                throw new IllegalArgumentException("allowUpdate needs an admin password");
            }
        }

        /** Read-only, loopback, port 3030, configured timeout. */
        public static Options defaults() {
            return new Options(DEFAULT_PORT, true, false, null, null, null);
        }

        public Options withPort(int newPort) {
            return new Options(newPort, loopbackOnly, allowUpdate, adminPassword, queryTimeout, adminArea);
        }

        /** Allows authenticated updates with this admin password. */
        public Options withUpdates(String password) {
            return new Options(port, loopbackOnly, true, password, queryTimeout, adminArea);
        }

        public Options withQueryTimeout(String timeout) {
            return new Options(port, loopbackOnly, allowUpdate, adminPassword, timeout, adminArea);
        }

        public Options withLoopbackOnly(boolean loopback) {
            return new Options(port, loopback, allowUpdate, adminPassword, queryTimeout, adminArea);
        }

        public Options withAdminArea(Path area) {
            return new Options(port, loopbackOnly, allowUpdate, adminPassword, queryTimeout, area);
        }

        @Override
        public String toString() {
            return "Options[port=" + port + ", loopbackOnly=" + loopbackOnly + ", allowUpdate=" + allowUpdate
                    + ", adminPassword=" + (adminPassword == null ? "none" : "***") + ", queryTimeout="
                    + queryTimeout + ", adminArea=" + adminArea + "]";
        }
    }

    private final KnowledgeStore store;
    private final boolean ownsStore;
    private final FusekiConfigFile config;
    private final Options options;
    private FusekiServer server;
    private Thread shutdownHook;

    /** A server over an open store; the caller keeps ownership of the store. */
    public NewsKgServer(KnowledgeStore store, Options options) {
        this(store, FusekiConfigFile.load(), options, false);
    }

    /** A server over an open store, described by {@code config}; the caller keeps the store. */
    public NewsKgServer(KnowledgeStore store, FusekiConfigFile config, Options options) {
        this(store, config, options, false);
    }

    private NewsKgServer(KnowledgeStore store, FusekiConfigFile config, Options options, boolean ownsStore) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
        this.ownsStore = ownsStore;
    }

    /**
     * Opens the store at {@code databaseDir} (layout per {@link StoreLayout#forDatabase}) with the
     * project configuration; stopping the server closes the store.
     */
    public static NewsKgServer open(Path databaseDir, Options options) {
        FusekiConfigFile config = FusekiConfigFile.load();
        KnowledgeStore store = KnowledgeStore.open(StoreLayout.forDatabase(databaseDir), config);
        return new NewsKgServer(store, config, options, true);
    }

    /** Starts listening; returns when the server accepts requests. */
    public synchronized NewsKgServer start() {
        if (server != null) {
            throw new IllegalStateException("Already started");
        }
        FusekiConfigFile described = config.withLayout(store.layout());
        if (options.queryTimeout() != null) {
            described = described.withQueryTimeout(options.queryTimeout());
        }
        DataAccessPoint configured = described.buildDataAccessPoint(store.dataset().asDatasetGraph());
        String name = configured.getName();
        DataService.Builder service = DataService.newBuilder(configured.getDataService());
        if (options.allowUpdate()) {
            // Never in the configuration file: writes exist only when asked for, behind auth.
            service.addEndpoint(Operation.Update, "update");
            service.addEndpoint(Operation.GSP_RW, "data");
        }
        Set<String> queryPaths = queryEndpointPaths(name, configured.getDataService());

        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopbackOnly())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .add(name, service)
                .enablePing(true)
                .enableStats(true)
                // the graph explorer: static pages that read through the query endpoint
                .addServlet(ExploreServlet.PATH_SPEC, new ExploreServlet())
                .addFilter("/*", new WriteGuardFilter(queryPaths, options.allowUpdate(), ADMIN_USER,
                        options.adminPassword()));
        server = buildWithAdminArea(builder, adminArea());
        try {
            server.start();
        } catch (RuntimeException e) {
            server = null;
            throw e;
        }
        shutdownHook = new Thread(this::stopQuietly, "newskg-server-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        announce(name);
        return this;
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public synchronized int port() {
        requireStarted();
        return server.getHttpPort();
    }

    /** {@code http://localhost:PORT} (no trailing slash). */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** {@code http://localhost:PORT/kg}. */
    public String datasetUrl() {
        return baseUrl() + "/" + FusekiConfigFile.SERVICE_NAME;
    }

    /** The store being served. */
    public KnowledgeStore store() {
        return store;
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Stops the server (and closes the store if this server opened it). Idempotent. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
            LOG.info("NewsKG server stopped");
        } finally {
            server = null;
            removeShutdownHook();
            if (ownsStore) {
                store.close();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    // ---- internals

    private Path adminArea() {
        return options.adminArea() != null ? options.adminArea().toAbsolutePath().normalize()
                : store.layout().adminArea();
    }

    /**
     * Fuseki's admin module puts its work area (backups, admin-created configurations, copies of
     * its templates) at FUSEKI_BASE, by default ./run. Point it next to the database instead, for
     * the duration of the build, which is when the module reads it.
     */
    private static FusekiServer buildWithAdminArea(FusekiServer.Builder builder, Path adminArea) {
        synchronized (BUILD_LOCK) {
            try {
                Files.createDirectories(adminArea);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot create the server admin area " + adminArea, e);
            }
            String previous = System.getProperty(FUSEKI_BASE);
            System.setProperty(FUSEKI_BASE, adminArea.toString());
            try {
                return builder.build();
            } finally {
                if (previous == null) {
                    System.clearProperty(FUSEKI_BASE);
                } else {
                    System.setProperty(FUSEKI_BASE, previous);
                }
            }
        }
    }

    private static Set<String> queryEndpointPaths(String datasetName, DataService service) {
        Set<String> paths = new LinkedHashSet<>();
        for (Endpoint endpoint : service.getEndpoints(Operation.Query)) {
            String ep = endpoint.getName();
            paths.add(ep == null || ep.isEmpty() ? datasetName : datasetName + "/" + ep);
        }
        return paths;
    }

    private void announce(String datasetName) {
        String base = baseUrl();
        String mode = options.allowUpdate() ? "updates allowed for user " + ADMIN_USER : "read-only";
        String message = String.join(System.lineSeparator(),
                "NewsKG server ready (" + mode + (options.loopbackOnly() ? ", loopback only" : ", all interfaces") + ")",
                "  UI:      " + base + "/",
                "  Explore: " + base + ExploreServlet.PATH + "/",
                "  SPARQL:  " + base + datasetName + "/sparql",
                "  Graphs:  " + base + datasetName + "/get?graph=...",
                options.allowUpdate() ? "  Update:  " + base + datasetName + "/update" : "  Store:   " + store.layout().database());
        LOG.info(message);
        System.out.println(message);
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Error while stopping the server: {}", e.toString());
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null) {
            return;
        }
        try {
            if (Thread.currentThread() != shutdownHook) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting; the hook is running or will run, nothing to undo.
        }
        shutdownHook = null;
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("Server not started");
        }
    }
}
