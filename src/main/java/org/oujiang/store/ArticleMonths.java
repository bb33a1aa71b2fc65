package org.oujiang.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.oujiang.rdf.OJ;

/**
 * Keeps, in the entities graph, an index of the stored articles by publication month: a node
 * {@code <id/month/YYYY-MM>} per month some article's {@code dcterms:date} falls in (with {@code oj:monthStart}),
 * {@code <id/month/undated>} for articles without a usable date, an {@code oj:story} link to each article and
 * the month's {@code oj:storyCount}. The newest stories are then found in the newest months, reading as few
 * articles as they hold, instead of sorting every article by date. Needs the caller's write transaction;
 * {@link RemoteUpdates} keeps the same structure in SPARQL.
 */
final class ArticleMonths {
    static final String PREFIX = OJ.ID + "month/";
    static final String UNDATED = PREFIX + "undated";
    private static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])");
    private static final Node REGISTRY = NodeFactory.createURI(Store.ENTITIES_GRAPH);
    private static final Node STORY = OJ.story.asNode();
    private static final Node COUNT = OJ.storyCount.asNode();
    private static final Node START = OJ.monthStart.asNode();
    private static final Node DATE = DCTerms.date.asNode();
    private static final Node ARTICLE = OJ.Article.asNode();

    /** The month node of article {@code article} in graph {@code g}, or null when {@code g} is no article's graph. */
    static Node month(Graph g, Node article) {
        if (!g.contains(article, RDF.type.asNode(), ARTICLE)) {
            return null;
        }
        Iterator<Triple> dates = g.find(article, DATE, Node.ANY);
        Node d = dates.hasNext() ? dates.next().getObject() : null;
        String date = d != null && d.isLiteral() ? d.getLiteralLexicalForm() : "";
        return NodeFactory.createURI(MONTH.matcher(date).find() ? PREFIX + date.substring(0, 7) : UNDATED);
    }

    /** Files article graph {@code name} (being added, holding {@code g}) under its month. */
    void add(DatasetGraph dsg, Node name, Graph g) {
        Node m = month(g, name);
        if (m == null) {
            return;
        }
        dsg.add(REGISTRY, m, STORY, name);
        long n = count(dsg, m);
        if (n == 0 && !m.getURI().equals(UNDATED)) {
            dsg.add(REGISTRY, m, START, NodeFactory.createLiteralDT(
                    m.getURI().substring(PREFIX.length()) + "-01", XSDDatatype.XSDdate));
        }
        setCount(dsg, m, n + 1);
    }

    /** Takes article graph {@code name} (about to be dropped) out of its month; a month left empty goes. */
    void remove(DatasetGraph dsg, Node name) {
        for (Quad q : Iter.toList(dsg.find(REGISTRY, Node.ANY, STORY, name))) {
            dsg.delete(q);
            Node m = q.getSubject();
            long n = count(dsg, m) - 1;
            if (n > 0) {
                setCount(dsg, m, n);
            } else {
                Iter.toList(dsg.find(REGISTRY, m, Node.ANY, Node.ANY)).forEach(dsg::delete);
            }
        }
    }

    /** Drops every month node and files every article graph again (after an arbitrary update, or once). */
    void rebuild(DatasetGraph dsg) {
        Set<Node> months = new HashSet<>();
        // any graph, not REGISTRY: on the four-index layout a graph-bound pattern would read the whole graph
        dsg.find(Node.ANY, Node.ANY, COUNT, Node.ANY).forEachRemaining(q -> months.add(q.getSubject()));
        dsg.find(Node.ANY, Node.ANY, STORY, Node.ANY).forEachRemaining(q -> months.add(q.getSubject()));
        for (Node m : months) {
            Iter.toList(dsg.find(REGISTRY, m, Node.ANY, Node.ANY)).forEach(dsg::delete);
        }
        Set<Node> graphs = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), ARTICLE).forEachRemaining(q -> graphs.add(q.getGraph()));
        graphs.remove(REGISTRY);
        for (Node g : graphs) {
            add(dsg, g, dsg.getGraph(g));
        }
    }

    /** False for a store that has articles but no month index (made before it existed): it is then built once. */
    boolean current(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, COUNT, Node.ANY).hasNext()
                || !dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), ARTICLE).hasNext();
    }

    private static long count(DatasetGraph dsg, Node m) {
        Iterator<Quad> it = dsg.find(REGISTRY, m, COUNT, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static void setCount(DatasetGraph dsg, Node m, long n) {
        Iter.toList(dsg.find(REGISTRY, m, COUNT, Node.ANY)).forEach(dsg::delete);
        dsg.add(REGISTRY, m, COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
