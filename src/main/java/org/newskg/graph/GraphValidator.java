package org.newskg.graph;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * Checks a NewsKG graph against the SHACL shapes in ontology/shapes.ttl (classpath
 * /ontology/shapes.ttl). The shapes work on the data alone; the ontology need not be present.
 * Instances are immutable and thread-safe: parse the shapes once, validate many graphs.
 */
public final class GraphValidator {
    /** Classpath location of the shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private final Shapes shapes;
    private final PrefixMapping prefixes = Vocab.prefixes().lock();

    /** Loads and parses the bundled shapes. */
    public GraphValidator() {
        this.shapes = Shapes.parse(shapesGraph());
    }

    /** The shapes graph as bundled (a new in-memory copy). */
    public static Graph shapesGraph() {
        return OntologyGraph.ClasspathTurtle.read(SHAPES_RESOURCE);
    }

    /** Validates one graph: a document's named graph, or a union of them. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new ValidationResult(report.conforms(), describe(report.getEntries()));
    }

    /**
     * Validates the union of all named graphs of a dataset (what the endpoint serves as its default
     * graph), inside a read transaction when the dataset is transactional and none is active.
     */
    public ValidationResult validate(DatasetGraph dataset) {
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
            return Txn.calculateRead(dataset, () -> validate(dataset.getUnionGraph()));
        }
        return validate(dataset.getUnionGraph());
    }

    private List<String> describe(Collection<ReportEntry> entries) {
        // A sorted set: deterministic output, and one line for repeated identical violations.
        TreeSet<String> lines = new TreeSet<>();
        Prologue prologue = new Prologue(prefixes);
        for (ReportEntry entry : entries) {
            StringBuilder line = new StringBuilder();
            line.append(FmtUtils.stringForNode(entry.focusNode(), prefixes)).append(": ").append(entry.message());
            if (entry.resultPath() != null) {
                line.append(" (").append(readablePath(entry.resultPath(), prologue)).append(')');
            }
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /** A path in SPARQL syntax, with nested alternatives flattened: "a|b|c" rather than "((a|b)|c)". */
    private static String readablePath(Path path, Prologue prologue) {
        if (path instanceof P_Alt alternative) {
            return readablePath(alternative.getLeft(), prologue) + "|" + readablePath(alternative.getRight(), prologue);
        }
        return path.toString(prologue);
    }
}
