package org.oujiang.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.CastXSD;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.oujiang.rdf.OJ;

/**
 * Keeps, in the entities graph, an index of the figures stories give. A figure key ({@code <id/figure/K>}, K
 * from subject, indicator, period and base unit) carries those four as {@code oj:subject},
 * {@code oj:indicator}, {@code oj:period}, {@code oj:normalizedUnit}, and one {@code oj:statedValue} node per
 * distinct normalised value ({@code <id/figure/K/V>}), which holds the value ({@code oj:normalizedValue}), the
 * first figure's value and unit as written ({@code oj:value}, {@code oj:unit}) and links every observation
 * giving it ({@code oj:figure}). A key with more than one value node is marked {@code oj:disagreement true} and
 * carries its number of values ({@code oj:valueCount}). So adding a figure costs a link and a look-up, dropping
 * one a link and, for a value no story gives any more, its node; and the disagreements of the whole store, with
 * their values, are read from the keys without reading any figure. Needs the caller's write transaction. K is
 * the first 16 hex digits of SHA-256 over "subject|indicator|period|unit" (lexical forms), V those over the
 * value's canonical decimal form ({@link #canonical}); {@link RemoteUpdates} keeps the same structure in SPARQL.
 */
final class FigureIndex {
    static final String KEY_PREFIX = OJ.ID + "figure/";
    private static final Node REGISTRY = NodeFactory.createURI(Store.ENTITIES_GRAPH);
    private static final Node FIGURE = OJ.figure.asNode();
    private static final Node STATED = OJ.statedValue.asNode();
    private static final Node DISAGREEMENT = OJ.disagreement.asNode();
    private static final Node VALUE_COUNT = OJ.valueCount.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node SUBJECT = OJ.subject.asNode();
    private static final Node INDICATOR = OJ.indicator.asNode();
    private static final Node PERIOD = OJ.period.asNode();
    private static final Node UNIT = OJ.normalizedUnit.asNode();
    private static final Node VALUE = OJ.normalizedValue.asNode();
    private static final Node AS_WRITTEN = OJ.value.asNode();
    private static final Node UNIT_AS_WRITTEN = OJ.unit.asNode();
    private static final List<Node> KEY_PARTS = List.of(SUBJECT, INDICATOR, PERIOD, UNIT);

    /** One indexed observation of a graph: its key and value node, and what they record. */
    record Figure(Node key, Node valueNode, Node obs, List<Node> keyParts, Node value, Node asWritten, Node unit) {
    }

    /** The observations of graph {@code g} that have a subject, indicator, period, base unit and value. */
    static List<Figure> figures(Graph g) {
        List<Figure> out = new ArrayList<>();
        g.find(Node.ANY, PERIOD, Node.ANY).forEachRemaining(t -> {
            Node o = t.getSubject();
            Node s = one(g, o, SUBJECT);
            Node i = one(g, o, INDICATOR);
            Node u = one(g, o, UNIT);
            Node v = one(g, o, VALUE);
            String canonical = canonical(v);
            if (s != null && i != null && u != null && s.isURI() && i.isURI() && u.isLiteral() && canonical != null) {
                Node k = key(s, i, t.getObject(), u);
                out.add(new Figure(k, NodeFactory.createURI(k.getURI() + "/" + hex(canonical)), o,
                        List.of(s, i, t.getObject(), u), v, one(g, o, AS_WRITTEN), one(g, o, UNIT_AS_WRITTEN)));
            }
        });
        return out;
    }

    /** Links the figures of graph {@code g} (being added), making keys and value nodes new to the index. */
    void add(DatasetGraph dsg, Graph g) {
        for (Figure f : figures(g)) {
            if (!dsg.contains(REGISTRY, f.key(), STATED, f.valueNode())) {
                if (!dsg.contains(REGISTRY, f.key(), SUBJECT, f.keyParts().get(0))) {
                    for (int i = 0; i < KEY_PARTS.size(); i++) {
                        dsg.add(REGISTRY, f.key(), KEY_PARTS.get(i), stored(f.keyParts().get(i)));
                    }
                }
                boolean others = dsg.find(REGISTRY, f.key(), STATED, Node.ANY).hasNext();
                dsg.add(REGISTRY, f.key(), STATED, f.valueNode());
                dsg.add(REGISTRY, f.valueNode(), VALUE, stored(f.value()));
                if (f.asWritten() != null) {
                    dsg.add(REGISTRY, f.valueNode(), AS_WRITTEN, stored(f.asWritten()));
                }
                if (f.unit() != null) {
                    dsg.add(REGISTRY, f.valueNode(), UNIT_AS_WRITTEN, stored(f.unit()));
                }
                if (others) {
                    dsg.add(REGISTRY, f.key(), DISAGREEMENT, TRUE);
                    setValueCount(dsg, f.key(), Iter.count(dsg.find(REGISTRY, f.key(), STATED, Node.ANY)));
                }
            }
            dsg.add(REGISTRY, f.valueNode(), FIGURE, f.obs());
        }
    }

    /** Unlinks the figures of stored graph {@code g}; returns their keys, to {@link #recheck}. */
    Set<Node> remove(DatasetGraph dsg, Graph g) {
        Set<Node> keys = new HashSet<>();
        for (Figure f : figures(g)) {
            dsg.delete(REGISTRY, f.valueNode(), FIGURE, f.obs());
            keys.add(f.key());
        }
        return keys;
    }

    /**
     * After removals: drops the value nodes no figure links any more, the keys left without values, and marks
     * each key by whether it still has more than one value.
     */
    void recheck(DatasetGraph dsg, Set<Node> keys) {
        for (Node k : keys) {
            List<Node> values = new ArrayList<>();
            dsg.find(REGISTRY, k, STATED, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
            int left = 0;
            for (Node v : values) {
                if (dsg.find(REGISTRY, v, FIGURE, Node.ANY).hasNext()) {
                    left++;
                } else {
                    dsg.delete(REGISTRY, k, STATED, v);
                    deleteAll(dsg, v, Node.ANY);
                }
            }
            deleteAll(dsg, k, DISAGREEMENT);
            deleteAll(dsg, k, VALUE_COUNT);
            if (left == 0) {
                deleteAll(dsg, k, Node.ANY);
            } else if (left > 1) {
                dsg.add(REGISTRY, k, DISAGREEMENT, TRUE);
                setValueCount(dsg, k, left);
            }
        }
    }

    /** Rebuilds the whole index from every article graph (after a SPARQL update, or for an older store). */
    void rebuild(DatasetGraph dsg) {
        Set<Node> indexed = new HashSet<>();
        dsg.find(REGISTRY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(KEY_PREFIX)) {
                indexed.add(q.getSubject());
            }
        });
        indexed.forEach(n -> deleteAll(dsg, n, Node.ANY));
        Set<Node> graphs = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, PERIOD, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        graphs.remove(REGISTRY);
        for (Node g : graphs) {
            add(dsg, dsg.getGraph(g));
        }
    }

    /** Whether keys marked {@code oj:disagreement} lack their {@code oj:valueCount} (an index made before it). */
    boolean valueCountsMissing(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, DISAGREEMENT, Node.ANY).hasNext()
                && !dsg.find(Node.ANY, Node.ANY, VALUE_COUNT, Node.ANY).hasNext();
    }

    /** Gives every key marked {@code oj:disagreement} its {@code oj:valueCount}: far cheaper than a rebuild. */
    void countValues(DatasetGraph dsg) {
        Set<Node> keys = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, DISAGREEMENT, Node.ANY).forEachRemaining(q -> keys.add(q.getSubject()));
        keys.forEach(k -> setValueCount(dsg, k, Iter.count(dsg.find(REGISTRY, k, STATED, Node.ANY))));
    }

    /**
     * False for a store whose figure index predates this structure (links from the keys themselves, or no index
     * though the store has figures): it is then rebuilt once.
     */
    boolean current(DatasetGraph dsg) {
        Iterator<Quad> links = dsg.find(REGISTRY, Node.ANY, FIGURE, Node.ANY);
        if (links.hasNext()) {
            Node n = links.next().getSubject();
            return n.isURI() && n.getURI().indexOf('/', KEY_PREFIX.length()) > 0;
        }
        return !dsg.find(Node.ANY, Node.ANY, PERIOD, Node.ANY).hasNext();
    }

    private static void setValueCount(DatasetGraph dsg, Node key, long n) {
        deleteAll(dsg, key, VALUE_COUNT);
        dsg.add(REGISTRY, key, VALUE_COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }

    /**
     * Deletes the quads of {@code s p} in the entities graph one by one: TDB2's {@code deleteAny} leaves quads with
     * decimal values behind.
     */
    private static void deleteAll(DatasetGraph dsg, Node s, Node p) {
        Iter.toList(dsg.find(REGISTRY, s, p, Node.ANY)).forEach(dsg::delete);
    }

    static Node key(Node subject, Node indicator, Node period, Node unit) {
        return NodeFactory.createURI(KEY_PREFIX + hex(subject.getURI() + "|" + indicator.getURI() + "|"
                + lexical(period) + "|" + lexical(unit)));
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}. */
    private static String hex(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The canonical decimal form of number {@code n} (null when it is not a number), exactly as SPARQL's
     * {@code STR(xsd:decimal(?n) + 0.0)} gives it, which {@link RemoteUpdates} hashes: 5000, "5000.0" and
     * 5.0E3 get one value node.
     */
    static String canonical(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            NodeValue v = NodeValue.makeNode(n);
            if (!v.isNumber()) {
                return null;
            }
            return XSDFuncOp.numAdd(CastXSD.cast(v, XSDDatatype.XSDdecimal), NodeValue.makeDecimal(BigDecimal.ZERO))
                    .asNode().getLiteralLexicalForm();
        } catch (ExprEvalException e) {
            return null;
        }
    }

    /**
     * {@code n} in the canonical form TDB2 gives back: TDB2 keeps "746000"^^xsd:decimal as a value it then
     * returns as "746000.0", and neither that quad nor {@code deleteAny} deletes the one stored, so an index
     * entry written in another form could never be removed.
     */
    private static Node stored(Node n) {
        return n.isLiteral() ? CanonicalizeLiteral.get().apply(n) : n;
    }

    private static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static Node one(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
