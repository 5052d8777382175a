package org.newskg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.entity.Entity;

/** The IRIs of the contract: stable from run to run, derived from ids and names, never from counters. */
public final class Iris {
    private Iris() {
    }

    public static Node entity(Entity e) {
        return NodeFactory.createURI(Vocab.RES + e.key());
    }

    public static Node document(String docId) {
        return NodeFactory.createURI(Vocab.RES + "doc-" + docId);
    }

    public static Node graph(String docId) {
        return NodeFactory.createURI(Vocab.GRAPH + docId);
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(Vocab.WD + qid);
    }

    public static Node mention(String docId, int begin, int end, String kind) {
        return NodeFactory.createURI(Vocab.RES + "mention-" + docId + "-" + begin + "-" + end + "-" + kind);
    }

    public static Node quantity(String docId, int begin, int end) {
        return NodeFactory.createURI(Vocab.RES + "qty-" + docId + "-" + begin + "-" + end);
    }

    /** An event's IRI from its fusion key: the same key in two articles is the same node. */
    public static Node event(String eventClass, String key) {
        return NodeFactory.createURI(Vocab.RES + "event-" + eventClass.toLowerCase(Locale.ROOT) + "-"
                + hash16(eventClass + "|" + key));
    }

    static String hash16(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
