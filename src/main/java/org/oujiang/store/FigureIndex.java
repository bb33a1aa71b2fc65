package org.oujiang.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.oujiang.rdf.OJ;

/**
 * Keeps, in the entities graph, an index of the figures stories give: every observation with a period is
 * linked from the node of its figure key ({@code <id/figure/K> oj:figure ?obs}, K from subject, indicator,
 * period and base unit), and a key whose observations hold more than one normalised value is marked
 * {@code oj:disagreement true}. Adding a graph compares each new figure with one stored value of its key;
 * dropping one rechecks the keys it had; finding the disagreements of the whole store reads the marked keys,
 * not every figure. Needs the caller's write transaction. The key is the first 16 hex digits of SHA-256 over
 * "subject|indicator|period|unit" (lexical forms), which {@link RemoteUpdates} computes the same way in SPARQL.
 */
final class FigureIndex {
    static final String KEY_PREFIX = OJ.ID + "figure/";
    private static final Node REGISTRY = NodeFactory.createURI(Store.ENTITIES_GRAPH);
    private static final Node FIGURE = OJ.figure.asNode();
    private static final Node DISAGREEMENT = OJ.disagreement.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node SUBJECT = OJ.subject.asNode();
    private static final Node INDICATOR = OJ.indicator.asNode();
    private static final Node PERIOD = OJ.period.asNode();
    private static final Node UNIT = OJ.normalizedUnit.asNode();
    private static final Node VALUE = OJ.normalizedValue.asNode();

    /** Figure key → the observations of graph {@code g} that have one (those with a period and a base unit). */
    static Map<Node, Set<Node>> keys(Graph g) {
        Map<Node, Set<Node>> out = new HashMap<>();
        g.find(Node.ANY, PERIOD, Node.ANY).forEachRemaining(t -> {
            Node o = t.getSubject();
            Node s = one(g, o, SUBJECT);
            Node i = one(g, o, INDICATOR);
            Node u = one(g, o, UNIT);
            if (s != null && i != null && u != null && s.isURI() && i.isURI() && u.isLiteral()) {
                out.computeIfAbsent(key(s, i, t.getObject(), u), k -> new HashSet<>()).add(o);
            }
        });
        return out;
    }

    /** Unlinks the observations of stored graph {@code g}; returns the keys to recheck. */
    Set<Node> remove(DatasetGraph dsg, Graph g) {
        Map<Node, Set<Node>> keys = keys(g);
        keys.forEach((k, obs) -> obs.forEach(o -> dsg.delete(REGISTRY, k, FIGURE, o)));
        return keys.keySet();
    }

    /**
     * Links the observations of graph {@code g} (being added) and marks a key when one of them differs from
     * the key's other values. A key not marked yet agrees, so one stored value stands for all of them: the
     * check costs one look-up per key, however many stories repeat the figure.
     */
    void add(DatasetGraph dsg, Graph g) {
        keys(g).forEach((k, obs) -> {
            boolean marked = dsg.contains(REGISTRY, k, DISAGREEMENT, TRUE);
            Iterator<Quad> linked = dsg.find(REGISTRY, k, FIGURE, Node.ANY);
            BigDecimal seen = marked || !linked.hasNext() ? null : stored(dsg, linked.next().getObject());
            for (Node o : obs) {
                dsg.add(REGISTRY, k, FIGURE, o);
                BigDecimal v = marked ? null : value(g.find(o, VALUE, Node.ANY).mapWith(Triple::getObject));
                if (v != null && seen != null && v.compareTo(seen) != 0) {
                    dsg.add(REGISTRY, k, DISAGREEMENT, TRUE);
                    marked = true;
                }
                seen = seen == null ? v : seen;
            }
        });
    }

    /** The stored normalised value of observation {@code o}, or null. */
    private static BigDecimal stored(DatasetGraph dsg, Node o) {
        return value(Iter.map(dsg.find(Node.ANY, o, VALUE, Node.ANY), Quad::getObject));
    }

    /** The first number among {@code objects}, or null. */
    private static BigDecimal value(Iterator<Node> objects) {
        while (objects.hasNext()) {
            Node n = objects.next();
            if (n.isLiteral() && n.getLiteralValue() instanceof Number num) {
                return new BigDecimal(num.toString());
            }
        }
        return null;
    }

    /** Marks each key whose linked observations disagree, and unmarks the others (after removals). */
    void recheck(DatasetGraph dsg, Set<Node> keys) {
        for (Node k : keys) {
            Set<BigDecimal> values = new HashSet<>();
            dsg.find(REGISTRY, k, FIGURE, Node.ANY).forEachRemaining(q -> {
                BigDecimal v = stored(dsg, q.getObject());
                if (v != null) {
                    values.add(v.stripTrailingZeros());
                }
            });
            dsg.deleteAny(REGISTRY, k, DISAGREEMENT, Node.ANY);
            if (values.size() > 1) {
                dsg.add(REGISTRY, k, DISAGREEMENT, TRUE);
            }
        }
    }

    /** Rebuilds the whole index from every article graph (after a SPARQL update, or for an older store). */
    void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(REGISTRY, Node.ANY, FIGURE, Node.ANY);
        dsg.deleteAny(REGISTRY, Node.ANY, DISAGREEMENT, Node.ANY);
        Set<Node> graphs = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, PERIOD, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        graphs.remove(REGISTRY);
        for (Node g : graphs) {
            add(dsg, dsg.getGraph(g));
        }
    }

    /** True when some observation has a period but no figure is indexed: a store from before the index. */
    boolean missing(DatasetGraph dsg) {
        return !dsg.find(REGISTRY, Node.ANY, FIGURE, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, PERIOD, Node.ANY).hasNext();
    }

    static Node key(Node subject, Node indicator, Node period, Node unit) {
        String text = subject.getURI() + "|" + indicator.getURI() + "|" + lexical(period) + "|" + lexical(unit);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(KEY_PREFIX + java.util.HexFormat.of().formatHex(d).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static Node one(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
