package org.oujiang.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes one article into the embedded store inside the caller's write transaction: drops the earlier
 * versions of its story ({@link StoryVersions}) and its own old graph, adds the new graph, and updates the
 * registry labels and article counts of every entity the dropped or new graphs name, the figure index and the
 * index of articles by month.
 * Nothing is written when the stored graph already equals the new one (compared by value) and no other
 * version exists. When it throws, the caller aborts the transaction, so the article is written wholly or not
 * at all.
 */
final class ArticleWriter {
    private final EntityRegistry registry;
    private final FigureIndex figures;
    private final ArticleMonths months;

    ArticleWriter(EntityRegistry registry, FigureIndex figures, ArticleMonths months) {
        this.registry = registry;
        this.figures = figures;
        this.months = months;
    }

    /**
     * @param afterDelete test hook, run after the old graphs are dropped and before the new one is added
     */
    WriteOutcome write(Dataset dataset, ArticleWrite w, Consumer<String> afterDelete) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = NodeFactory.createURI(w.graphIri());
        List<String> older = new ArrayList<>(StoryVersions.older(dsg, w));
        boolean existed = dsg.containsGraph(g);
        Set<Node> touched = new HashSet<>();
        Set<Node> keys = new HashSet<>();
        if (existed) {
            Graph old = GraphStore.canonical(dsg.getGraph(g));
            if (older.isEmpty() && old.isIsomorphicWith(GraphStore.canonical(w.model().getGraph()))) {
                return WriteOutcome.done(w.graphIri(), Store.ReplaceResult.UNCHANGED, List.of());
            }
            touched.addAll(forget(dsg, g, keys));
        }
        for (String o : older) {
            touched.addAll(forget(dsg, NodeFactory.createURI(o), keys));
        }
        afterDelete.accept(w.graphIri());
        Iterator<Triple> it = w.model().getGraph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
        index(dsg, g, w.model().getGraph());
        figures.recheck(dsg, keys);
        if (touched.isEmpty()) {
            registry.add(dsg, w.model().getGraph());
        } else {
            touched.addAll(registry.namedEntities(w.model().getGraph()));
            registry.refresh(dsg, touched);
        }
        Store.ReplaceResult r = existed || !older.isEmpty() ? Store.ReplaceResult.UPDATED : Store.ReplaceResult.ADDED;
        return WriteOutcome.done(w.graphIri(), r, older);
    }

    /**
     * After a user's update changed graphs in place ({@code before}: each one's content before it): takes the
     * old content's share out of the article counts, the figure index and the month index, puts the new
     * content's in, and relabels the entities either names, as replacing a story does.
     */
    void reindex(DatasetGraph dsg, Map<Node, Graph> before) {
        Set<Node> touched = new HashSet<>();
        Set<Node> keys = new HashSet<>();
        before.forEach((g, old) -> {
            Graph now = dsg.getGraph(g);
            touched.addAll(unindex(dsg, g, old, keys));
            index(dsg, g, now);
            touched.addAll(registry.namedEntities(now));
        });
        figures.recheck(dsg, keys);
        registry.refresh(dsg, touched);
    }

    /**
     * Empties stored graph {@code g} after taking its share out of the article counts and the figure index;
     * adds its figure keys to {@code keys} (to recheck) and returns the entities it names (to relabel).
     */
    Set<Node> forget(DatasetGraph dsg, Node g, Set<Node> keys) {
        Set<Node> named = unindex(dsg, g, dsg.getGraph(g), keys);
        GraphStore.clear(dsg, g);
        return named;
    }

    /** Puts graph {@code g} (holding {@code graph}) into the article counts, the figure index and its month. */
    private void index(DatasetGraph dsg, Node g, Graph graph) {
        registry.count(dsg, registry.mentioned(graph), +1);
        figures.add(dsg, graph);
        months.add(dsg, g, graph);
    }

    /**
     * Takes graph {@code g} ({@code graph}: its content, stored or as it was) out of the article counts, the
     * figure index and its month; adds its figure keys to {@code keys} (to recheck) and returns the entities
     * it names (to relabel).
     */
    private Set<Node> unindex(DatasetGraph dsg, Node g, Graph graph, Set<Node> keys) {
        Set<Node> named = registry.namedEntities(graph);
        registry.count(dsg, registry.mentioned(graph), -1);
        keys.addAll(figures.remove(dsg, graph));
        months.remove(dsg, g);
        return named;
    }
}
