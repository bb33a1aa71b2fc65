package org.oujiang.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * One article's graph as the mapper builds it: a few hundred triples, written once on an analysis thread and
 * then read whole by the writer, which also asks for a handful of predicates. Jena's in-memory graph indexes
 * every triple three ways (subject, predicate, object), which cost as much as building the triples; this keeps
 * them in order of addition, once each, and by predicate. Finds with a concrete predicate read that predicate's
 * triples; other finds scan all. Not thread-safe, like Jena's own in-memory graphs.
 */
final class ArticleGraph extends GraphBase {
    // sized for a typical story's few hundred triples, so they do not grow step by step
    private final Set<Triple> all = new HashSet<>(1024);
    private final List<Triple> inOrder = new ArrayList<>(512);
    private final Map<Node, List<Triple>> byPredicate = new HashMap<>();

    @Override
    public void performAdd(Triple t) {
        if (all.add(t)) {
            inOrder.add(t);
            byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t);
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (all.remove(t)) {
            inOrder.remove(t);
            List<Triple> same = byPredicate.get(t.getPredicate());
            same.remove(t);
            if (same.isEmpty()) {
                byPredicate.remove(t.getPredicate());
            }
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (pattern.isConcrete()) {
            return WrappedIterator.create((all.contains(pattern) ? List.of(pattern) : List.<Triple>of()).iterator());
        }
        Node p = pattern.getPredicate();
        List<Triple> candidates = p.isConcrete() ? byPredicate.getOrDefault(p, List.of()) : inOrder;
        // a copy: callers may add or delete while they iterate (the Model API's removeAll does)
        return WrappedIterator.create(new ArrayList<>(candidates).iterator()).filterKeep(pattern::matches);
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? all.contains(t) : super.graphBaseContains(t);
    }

    @Override
    protected int graphBaseSize() {
        return all.size();
    }

    @Override
    public void clear() {
        all.clear();
        inOrder.clear();
        byPredicate.clear();
        getEventManager().notifyEvent(this, org.apache.jena.graph.GraphEvents.removeAll);
    }
}
