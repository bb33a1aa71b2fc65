package org.oujiang.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as a user's SPARQL Update sees it, noting which named graphs the update changes and a copy of each
 * as it was before its first change, so that the derived indexes are brought up to date for those graphs only
 * instead of rebuilt from every graph (half a minute at 10,000 articles). Graph views are views of this
 * wrapper, so changes made through a graph (CLEAR, DROP, LOAD, ADD, COPY, MOVE) are seen as well. A change it
 * cannot pin to article or user graphs (to the registry graph, the default graph, with any graph, or clearing
 * the whole store), or one touching more than {@link #MAX_COPIED} triples' worth of graphs, makes
 * {@link #unbounded} true: the caller then rebuilds everything, as before. It also counts the quads the
 * update really adds and removes ({@link #count}), so its summary needs no count of the whole store.
 */
final class UpdateWatch extends DatasetGraphWrapper {
    /** Copies beyond this many triples (an update over thousands of graphs) give up for a full rebuild. */
    static final long MAX_COPIED = 1_000_000;
    private static final Node REGISTRY = NodeFactory.createURI(Store.ENTITIES_GRAPH);
    private final DatasetGraph base;
    private long copied;
    private final Map<Node, Graph> before = new LinkedHashMap<>();
    private final Set<Node> changed = new HashSet<>();
    private boolean unbounded;
    private boolean anyGraph;
    private long added;
    private long removed;

    UpdateWatch(DatasetGraph base) {
        super(base);
        this.base = base;
    }

    /** The named graphs changed, each with a copy of its content before the update (empty when new). */
    Map<Node, Graph> before() {
        return before;
    }

    boolean unbounded() {
        return unbounded;
    }

    /** The quads the update added and removed (each counted once, when it really changed) and the graphs. */
    UpdateCount count() {
        return new UpdateCount(added, removed, anyGraph ? -1 : changed.size());
    }

    private void added(Node g, long n) {
        added += n;
        if (n > 0) {
            changed.add(g);
        }
    }

    private void removed(Node g, long n) {
        removed += n;
        if (n > 0) {
            if (g.isConcrete()) {
                changed.add(g);
            } else {
                anyGraph = true;
            }
        }
    }

    /** Called before every change: copies graph {@code g} the first time it is about to change. */
    private void touch(Node g) {
        if (unbounded) {
            return;
        }
        if (g == null || !g.isURI() || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g) || g.equals(REGISTRY)) {
            giveUp(); // the registry graph is derived data, and large: a change to it means a full rebuild
        } else if (!before.containsKey(g)) {
            Graph graph = base.getGraph(g);
            long size = graph.size(); // counted before copying, so a huge graph is never copied
            if (copied + size > MAX_COPIED) {
                giveUp();
                return;
            }
            Graph copy = GraphMemFactory.createDefaultGraph();
            graph.find().forEachRemaining(copy::add);
            before.put(g, copy);
            copied += size;
        }
    }

    private void giveUp() {
        unbounded = true;
        before.clear(); // the copies are not needed for a full rebuild
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touch(g);
        added(g, base.contains(g, s, p, o) ? 0 : 1);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touch(g);
        removed(g, base.contains(g, s, p, o) ? 1 : 0);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        touch(g);
        removed(g, Iter.count(base.find(g, s, p, o)));
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node g, Graph graph) {
        touch(g);
        graph.find().forEachRemaining(t -> added(g, base.contains(g, t.getSubject(), t.getPredicate(),
                t.getObject()) ? 0 : 1));
        super.addGraph(g, graph);
    }

    @Override
    public void removeGraph(Node g) {
        touch(g);
        removed(g, Iter.count(base.find(g, Node.ANY, Node.ANY, Node.ANY)));
        super.removeGraph(g);
    }

    @Override
    public void clear() {
        giveUp();
        removed(Node.ANY, Iter.count(base.find()));
        super.clear();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node g) {
        return GraphView.createNamedGraph(this, g);
    }
}
