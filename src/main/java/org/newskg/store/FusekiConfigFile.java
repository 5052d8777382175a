package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Fuseki configuration file (fuseki-config/newskg.ttl) as an RDF model, with the few edits
 * the embedded server needs: pointing the TDB2 location and the Lucene directory at a chosen
 * {@link StoreLayout}, and overriding the query timeout. Edits work on the parsed model (not on
 * the text), so comments, prefixes and layout of the file do not matter. Instances are immutable:
 * every edit returns a new copy.
 */
public final class FusekiConfigFile {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiConfigFile.class);

    /** Path of the configuration, relative to the working directory and to the classpath root. */
    public static final String RELATIVE_PATH = "fuseki-config/newskg.ttl";
    /** Name of the served dataset (the URL path segment). */
    public static final String SERVICE_NAME = "kg";

    private static final String CLASSPATH_BASE = "classpath:/" + RELATIVE_PATH;
    private static final String QUERY_TIMEOUT_SYMBOL = "arq:queryTimeout";

    private final Model model;
    private final String origin;

    private FusekiConfigFile(Model model, String origin) {
        this.model = model;
        this.origin = origin;
    }

    /**
     * The project configuration: the file {@value #RELATIVE_PATH} under the working directory if
     * it exists (so an edited copy wins), else the copy bundled in the jar.
     */
    public static FusekiConfigFile load() {
        Path onDisk = Path.of(RELATIVE_PATH);
        if (Files.isRegularFile(onDisk)) {
            return read(onDisk);
        }
        return fromClasspath();
    }

    /** The bundled configuration (classpath resource {@code /fuseki-config/newskg.ttl}). */
    public static FusekiConfigFile fromClasspath() {
        try (InputStream in = FusekiConfigFile.class.getResourceAsStream("/" + RELATIVE_PATH)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource /" + RELATIVE_PATH + " is missing");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(CLASSPATH_BASE).parse(model);
            return new FusekiConfigFile(model, CLASSPATH_BASE).validated();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A configuration file on disk. */
    public static FusekiConfigFile read(Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        return new FusekiConfigFile(model, file.toAbsolutePath().toString()).validated();
    }

    private FusekiConfigFile validated() {
        Resource service = service();
        if (!service.hasProperty(FusekiVocab.pDataset)) {
            throw new IllegalStateException(origin + ": service '" + SERVICE_NAME + "' has no fuseki:dataset");
        }
        LOG.debug("Fuseki configuration from {}", origin);
        return this;
    }

    /** Where the configuration was read from (a file path or a classpath URI). */
    public String origin() {
        return origin;
    }

    /** A copy of the configuration model. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model);
    }

    /** The fuseki:Service named {@value #SERVICE_NAME}. */
    public Resource service() {
        List<Resource> services = model.listResourcesWithProperty(FusekiVocab.pServiceName).toList().stream()
                .filter(r -> r.hasProperty(FusekiVocab.pDataset))
                .filter(r -> isServiceName(r.getProperty(FusekiVocab.pServiceName).getObject()))
                .toList();
        if (services.size() != 1) {
            throw new IllegalStateException(origin + ": expected exactly one service named '" + SERVICE_NAME
                    + "', found " + services.size());
        }
        return services.get(0);
    }

    /** The dataset description the service serves (the object of fuseki:dataset). */
    public Resource datasetDescription() {
        return service().getPropertyResourceValue(FusekiVocab.pDataset);
    }

    /**
     * The service as Fuseki would build it from this file (name, endpoints, endpoint contexts),
     * but serving {@code dataset} instead of assembling a second copy of the described dataset:
     * the dataset description node is pre-registered, so Fuseki's builder reuses it.
     */
    public DataAccessPoint buildDataAccessPoint(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        DatasetDescriptionMap descriptions = new DatasetDescriptionMap();
        descriptions.register(datasetDescription().asNode(), dataset);
        return FusekiConfig.buildDataAccessPoint(model.getGraph(), service().asNode(), descriptions);
    }

    /** Builds the dataset described for the service with Jena's assembler. */
    public Dataset assembleDataset() {
        return DatasetFactory.assemble(datasetDescription());
    }

    /**
     * A copy whose every tdb2:location points at {@code layout.database()} and every
     * text:directory at {@code layout.textIndex()}, both as absolute paths.
     */
    public FusekiConfigFile withLayout(StoreLayout layout) {
        Model copy = model();
        int locations = replaceObjects(copy, VocabTDB2.pLocation, layout.database().toString());
        int directories = replaceObjects(copy, TextVocab.pDirectory, layout.textIndex().toString());
        if (locations == 0) {
            throw new IllegalStateException(origin + ": no tdb2:location to point at " + layout.database());
        }
        if (directories == 0) {
            LOG.warn("{}: no text:directory; the store will have no text index", origin);
        }
        return new FusekiConfigFile(copy, origin);
    }

    /**
     * A copy where every query endpoint of the service uses the given timeout, in Jena's
     * {@code arq:queryTimeout} syntax: milliseconds, either "overall" or "first,overall".
     */
    public FusekiConfigFile withQueryTimeout(String timeout) {
        Objects.requireNonNull(timeout, "timeout");
        Model copy = model();
        Resource service = new FusekiConfigFile(copy, origin).service();
        for (Statement endpointStmt : service.listProperties(FusekiVocab.pEndpoint).toList()) {
            Resource endpoint = endpointStmt.getResource();
            if (!endpoint.hasProperty(FusekiVocab.pOperation, FusekiVocab.opQuery)) {
                continue;
            }
            // Drop the old timeout entries, keep any other context setting.
            for (Statement cxt : endpoint.listProperties(JA.context).toList()) {
                Resource entry = cxt.getResource();
                if (entry.hasLiteral(JA.cxtName, QUERY_TIMEOUT_SYMBOL)) {
                    entry.removeProperties();
                    copy.remove(cxt);
                }
            }
            Resource entry = copy.createResource()
                    .addProperty(JA.cxtName, QUERY_TIMEOUT_SYMBOL)
                    .addProperty(JA.cxtValue, timeout);
            endpoint.addProperty(JA.context, entry);
        }
        return new FusekiConfigFile(copy, origin);
    }

    private static int replaceObjects(Model model, org.apache.jena.rdf.model.Property property, String value) {
        List<Statement> statements = model.listStatements(null, property, (RDFNode) null).toList();
        for (Statement stmt : statements) {
            model.remove(stmt);
            model.add(stmt.getSubject(), property, value);
        }
        return statements.size();
    }

    private static boolean isServiceName(RDFNode name) {
        if (!name.isLiteral()) {
            return false;
        }
        String lexical = name.asLiteral().getLexicalForm();
        return lexical.equals(SERVICE_NAME) || lexical.equals("/" + SERVICE_NAME);
    }
}
