package org.newskg.graph;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.ExtractionResult;
import org.newskg.article.Article;
import org.newskg.article.ArticleMetadata;
import org.newskg.entity.Entity;
import org.newskg.entity.EntityMention;
import org.newskg.event.EventMention;
import org.newskg.event.Quantity;
import org.newskg.event.Role;
import org.newskg.nlp.Sentence;

/**
 * Maps one article's extraction to quads in its named graph {@code graph:<docId>}, streamed to a
 * {@link StreamRDF}. Entities and events get their cross-article IRIs here; every fact carries a
 * mention with the verbatim sentence, its offsets, the rule that made it and a confidence.
 */
public final class DocumentMapper {
    private final EventFusion fusion;

    public DocumentMapper(EventFusion fusion) {
        this.fusion = fusion;
    }

    public void write(ExtractionResult result, StreamRDF out) {
        new Writer(result, out).run();
    }

    private final class Writer {
        private final ExtractionResult result;
        private final Article article;
        private final StreamRDF out;
        private final Node graph;
        private final Node doc;
        private final Set<String> written = new HashSet<>();
        private final Set<String> mentioned = new HashSet<>();

        Writer(ExtractionResult result, StreamRDF out) {
            this.result = result;
            this.article = result.annotated().article();
            this.out = out;
            this.graph = Iris.graph(article.id());
            this.doc = Iris.document(article.id());
        }

        void run() {
            document();
            Map<String, Set<String>> surfaces = new HashMap<>();
            for (EntityMention m : result.entities()) {
                mentioned.add(m.entity().key());
                entity(m.entity());
                String surface = m.surface().replaceAll("\\s+", " ");
                if (!surface.equals(m.entity().label()) && surfaces.computeIfAbsent(m.entity().key(), k -> new HashSet<>()).add(surface)) {
                    add(Iris.entity(m.entity()), Vocab.Skos.altLabel, literal(surface));
                }
                Node mention = Iris.mention(article.id(), m.begin(), m.end(), "e");
                add(Iris.entity(m.entity()), Vocab.mention, mention);
                mention(mention, m.sentenceIndex(), m.begin(), m.end(), m.rule(), m.confidence());
            }
            Map<EventMention, String> keys = fusion.keys(result.events(), article.text());
            Map<String, EventMention> representatives = fusion.representatives(keys);
            for (EventMention e : result.events()) {
                event(e, keys.get(e), representatives.get(e.eventClass() + "|" + keys.get(e)));
            }
        }

        private void document() {
            ArticleMetadata md = article.metadata();
            add(doc, RDF.type.asNode(), Vocab.Document.asNode());
            add(doc, Vocab.sha256, literal(article.sha256()));
            if (md.headline() != null) {
                add(doc, Vocab.Schema.headline, literal(md.headline()));
            }
            if (md.url() != null) {
                add(doc, Vocab.Schema.url, NodeFactory.createURI(md.url()));
            }
            if (md.publisher() != null) {
                add(doc, Vocab.Schema.publisher, literal(md.publisher()));
            }
            if (md.author() != null) {
                add(doc, Vocab.Schema.author, literal(md.author()));
            }
            if (md.datePublished() != null) {
                add(doc, Vocab.Schema.datePublished, NodeFactory.createLiteralDT(md.datePublished().toString(), XSDDatatype.XSDdate));
            }
        }

        private void entity(Entity e) {
            if (!written.add(e.key())) {
                return;
            }
            Node n = Iris.entity(e);
            add(n, RDF.type.asNode(), nkg(e.type().name()).asNode());
            add(n, Vocab.label, literal(e.label()));
            if (e.wikidataId() != null) {
                add(n, Vocab.sameAs, Iris.wikidata(e.wikidataId()));
            }
        }

        private void event(EventMention e, String key, EventMention representative) {
            Node ev = Iris.event(e.eventClass().name(), key);
            add(ev, RDF.type.asNode(), nkg(e.eventClass().name()).asNode());
            boolean lifted = EventFusion.isLifting(key);
            if (written.add(ev.getURI())) {
                add(ev, Vocab.label, literal(fusion.label(representative, lifted)));
            }
            if (lifted) {
                add(ev, Vocab.lifted, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            // Roles in declaration order: the participants map (Map.copyOf) iterates in an order
            // that changes from one JVM to the next, and the output file must not.
            for (Role role : Role.values()) {
                List<Entity> players = e.participants().get(role);
                if (players == null) {
                    continue;
                }
                Property p = ResourceFactory.createProperty(Vocab.NKG, role.name());
                for (Entity x : players) {
                    entity(x);
                    add(ev, p, Iris.entity(x));
                    if (!mentioned.contains(x.key())) {
                        // implied, never named ("flew to Paris": France hosts the visit): the event's
                        // sentence is where the entity comes from, so it is its mention
                        Node implied = Iris.mention(article.id(), e.begin(), e.end(), "i");
                        add(Iris.entity(x), Vocab.mention, implied);
                        mention(implied, e.sentenceIndex(), e.begin(), e.end(), "inferred:" + role.name(),
                                Math.round(e.confidence() * 90) / 100.0);
                    }
                }
            }
            for (String item : e.items()) {
                add(ev, Vocab.item, literal(item));
            }
            if (e.time() != null) {
                add(ev, Vocab.timeText, literal(e.time().text()));
                if (e.time().isResolved()) {
                    XSDDatatype dt = switch (e.time().datatype()) {
                        case "gYear" -> XSDDatatype.XSDgYear;
                        case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
                        default -> XSDDatatype.XSDdate;
                    };
                    add(ev, Vocab.time, NodeFactory.createLiteralDT(e.time().value(), dt));
                }
            }
            Node mention = Iris.mention(article.id(), e.triggerBegin(), e.triggerEnd(), e.eventClass().name().toLowerCase());
            add(ev, Vocab.mention, mention);
            mention(mention, e.sentenceIndex(), e.triggerBegin(), e.triggerEnd(), e.rule(), e.confidence());
            if (e.attributedTo() != null) {
                add(mention, Vocab.attributedTo, literal(e.attributedTo()));
            }
            if (e.hedge() != null) {
                add(mention, Vocab.hedge, literal(e.hedge()));
            }
            add(mention, Vocab.modality, nkg(e.modality().name()).asNode());
            for (Quantity q : e.quantities()) {
                Node qn = Iris.quantity(article.id(), q.begin(), q.end());
                add(ev, Vocab.quantity, qn);
                quantity(qn, q, mention);
            }
        }

        private void quantity(Node qn, Quantity q, Node mention) {
            add(qn, RDF.type.asNode(), Vocab.Quantity.asNode());
            decimal(qn, Vocab.Schema.value, q.value());
            decimal(qn, Vocab.Schema.minValue, q.min());
            decimal(qn, Vocab.Schema.maxValue, q.max());
            if (q.unit() != null) {
                add(qn, Vocab.Schema.unitText, literal(q.unit()));
            }
            if (q.currency() != null) {
                add(qn, Vocab.Schema.currency, literal(q.currency()));
            }
            add(qn, Vocab.qualifier, nkg(q.qualifier().name()).asNode());
            if (q.per() != null) {
                add(qn, Vocab.per, NodeFactory.createLiteralDT(q.per(), XSDDatatype.XSDduration));
            }
            add(qn, Vocab.quantityText, literal(q.text().replaceAll("\\s+", " ")));
            add(qn, Vocab.mention, mention);
        }

        private void decimal(Node s, Property p, BigDecimal v) {
            if (v != null) {
                add(s, p, decimalLiteral(v));
            }
        }

        /** A mention: the sentence verbatim with its offsets, and the exact words that were matched. */
        private void mention(Node mention, int sentenceIndex, int begin, int end, String rule, double confidence) {
            if (!written.add(mention.getURI())) {
                return;
            }
            String text = article.text();
            int quoteBegin;
            int quoteEnd;
            if (sentenceIndex >= 0) {
                Sentence s = result.annotated().sentences().get(sentenceIndex);
                quoteBegin = s.begin();
                quoteEnd = s.end();
            } else {
                // a metadata line ("By NAME", "Publisher: NAME"): the line is the quote
                int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
                int lineEnd = text.indexOf('\n', end);
                quoteBegin = lineStart;
                quoteEnd = lineEnd < 0 ? text.length() : lineEnd;
                while (quoteEnd > quoteBegin && Character.isWhitespace(text.charAt(quoteEnd - 1))) {
                    quoteEnd--;
                }
            }
            add(mention, RDF.type.asNode(), Vocab.Mention.asNode());
            add(mention, Vocab.document, doc);
            add(mention, Vocab.quote, literal(text.substring(quoteBegin, quoteEnd)));
            add(mention, Vocab.begin, integer(quoteBegin));
            add(mention, Vocab.end, integer(quoteEnd));
            add(mention, Vocab.surface, literal(text.substring(begin, end)));
            add(mention, Vocab.surfaceBegin, integer(begin));
            add(mention, Vocab.surfaceEnd, integer(end));
            add(mention, Vocab.rule, literal(rule));
            add(mention, Vocab.confidence, decimalLiteral(BigDecimal.valueOf(confidence)));
        }

        private void add(Node s, Property p, Node o) {
            add(s, p.asNode(), o);
        }

        private void add(Node s, Resource p, Node o) {
            add(s, p.asNode(), o);
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    private static Resource nkg(String localName) {
        return ResourceFactory.createResource(Vocab.NKG + localName);
    }

    /**
     * An xsd:decimal in canonical form ("200000.0", "0.95"): TDB2 stores decimals by value, and a
     * non-canonical lexical form would not be found again when a replaced graph is deleted.
     */
    static Node decimalLiteral(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(s.contains(".") ? s : s + ".0", XSDDatatype.XSDdecimal);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
