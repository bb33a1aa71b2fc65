package org.oujiang.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.oujiang.rdf.OJ;

/**
 * Keeps the entity registry graph: for each entity some article gives an {@code oj:statedName}, exactly one
 * {@code rdfs:label}@zh, the best stated name across all article graphs (the longest, ties broken by the
 * lowest code-point order); and for each entity some article mentions, its {@code oj:articleCount}, the number
 * of graphs that say {@code oj:mentions} it, kept by increments so a ranking reads one number per entity
 * instead of every mention. Needs to run inside the caller's write transaction.
 */
final class EntityRegistry {
    private static final Node REGISTRY = NodeFactory.createURI(GraphStore.ENTITIES_GRAPH);
    private static final Node STATED = OJ.statedName.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node MENTIONS = OJ.mentions.asNode();
    private static final Node COUNT = OJ.articleCount.asNode();

    /** Longest first, then code-point order. */
    static final Comparator<String> BEST_NAME = Comparator
            .comparingInt((String s) -> -s.codePointCount(0, s.length()))
            .thenComparing(EntityRegistry::compareCodePoints);

    /** Subjects of {@code oj:statedName} in {@code g}. */
    Set<Node> namedEntities(Graph g) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, STATED, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** Objects of {@code oj:mentions} in {@code g}: the entities whose article count {@code g} adds to. */
    Set<Node> mentioned(Graph g) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, MENTIONS, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** Adds {@code delta} to the article count of every entity in {@code entities}; a count of 0 is removed. */
    void count(DatasetGraph dsg, Set<Node> entities, int delta) {
        for (Node e : entities) {
            Iterator<Quad> it = dsg.find(REGISTRY, e, COUNT, Node.ANY);
            long n = delta + (it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0);
            dsg.deleteAny(REGISTRY, e, COUNT, Node.ANY);
            if (n > 0) {
                dsg.add(REGISTRY, e, COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
            }
        }
    }

    /** Recounts every entity's articles from scratch (after an arbitrary SPARQL update, or for an older store). */
    void recountAll(DatasetGraph dsg) {
        dsg.deleteAny(REGISTRY, Node.ANY, COUNT, Node.ANY);
        Map<Node, Set<Node>> graphs = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, MENTIONS, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(REGISTRY)) {
                graphs.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getGraph());
            }
        });
        graphs.forEach((e, gs) -> dsg.add(REGISTRY, e, COUNT,
                NodeFactory.createLiteralDT(Integer.toString(gs.size()), XSDDatatype.XSDinteger)));
    }

    /** True when some article mentions an entity but the registry holds no count: a store from before counts. */
    boolean countsMissing(DatasetGraph dsg) {
        return !dsg.find(REGISTRY, Node.ANY, COUNT, Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, MENTIONS, Node.ANY).hasNext();
    }

    /**
     * Recomputes the label of every entity some graph gives an {@code oj:statedName} or the registry labels,
     * and every article count, after a change (a SPARQL update) that may have touched any of them.
     */
    void refreshAll(DatasetGraph dsg) {
        recountAll(dsg);
        Set<Node> all = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, STATED, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(REGISTRY)) {
                all.add(q.getSubject());
            }
        });
        dsg.find(REGISTRY, Node.ANY, LABEL, Node.ANY).forEachRemaining(q -> all.add(q.getSubject()));
        refresh(dsg, all);
    }

    /**
     * Updates the labels after graph {@code added} was added and nothing removed: each label can only move to a
     * better name of the new graph, so this costs one look-up per entity instead of a scan of every graph that
     * names it (which grows with the store).
     */
    void add(DatasetGraph dsg, Graph added) {
        Map<Node, String> best = new HashMap<>();
        added.find(Node.ANY, STATED, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                best.merge(t.getSubject(), t.getObject().getLiteralLexicalForm(),
                        (a, b) -> BEST_NAME.compare(a, b) <= 0 ? a : b);
            }
        });
        best.forEach((e, name) -> {
            Iterator<Quad> it = dsg.find(REGISTRY, e, LABEL, Node.ANY);
            String current = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
            if (current == null || BEST_NAME.compare(name, current) < 0) {
                dsg.deleteAny(REGISTRY, e, LABEL, Node.ANY);
                dsg.add(REGISTRY, e, LABEL, NodeFactory.createLiteralLang(name, "zh"));
            }
        });
    }

    /** Recomputes the registry label of each entity in {@code entities}. */
    void refresh(DatasetGraph dsg, Set<Node> entities) {
        for (Node e : entities) {
            String best = null;
            Iterator<Quad> it = dsg.find(Node.ANY, e, STATED, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(REGISTRY) || !q.getObject().isLiteral()) {
                    continue;
                }
                String name = q.getObject().getLiteralLexicalForm();
                if (best == null || BEST_NAME.compare(name, best) < 0) {
                    best = name;
                }
            }
            dsg.deleteAny(REGISTRY, e, LABEL, Node.ANY);
            if (best != null) {
                dsg.add(REGISTRY, e, LABEL, NodeFactory.createLiteralLang(best, "zh"));
            }
        }
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
