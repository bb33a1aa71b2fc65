package org.oujiang.store;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.oujiang.rdf.OJ;

/**
 * Finds stored earlier versions of a story, which a write replaces. A stored article is the same story as
 * the incoming one when they share a non-empty {@code schema:url}, or when both were read from the same file
 * ({@code oj:sourceFile}) and they do not carry two different URLs (a file that now names a URL, or no longer
 * does, is still the same story; a reused file name with another URL is a different story). Articles of a
 * JSON Lines file or of standard input have no source file, so only their URL can match. The article's own
 * graph is never listed. Runs its queries through any {@link StoreReader}, inside a write transaction on the
 * embedded store.
 */
final class StoryVersions {
    private static final Node URL = NodeFactory.createURI("https://schema.org/url");
    private static final Node FILE = OJ.sourceFile.asNode();
    private static final String BY_URL = "SELECT DISTINCT ?g { GRAPH ?g { ?g <https://schema.org/url> ?u } }";
    private static final String BY_FILE = "SELECT ?g ?url { GRAPH ?g { ?g <" + OJ.sourceFile.getURI() + "> ?f "
            + "OPTIONAL { ?g <https://schema.org/url> ?url } } }";

    private StoryVersions() {
    }

    /** Like {@link #older(StoreReader, ArticleWrite)}, by index look-ups on the embedded store's quads. */
    static Set<String> older(DatasetGraph dsg, ArticleWrite w) {
        Set<String> out = new TreeSet<>();
        if (w.url() != null && !w.url().isBlank()) {
            dsg.find(Node.ANY, Node.ANY, URL, NodeFactory.createURI(w.url())).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    out.add(q.getGraph().getURI());
                }
            });
        }
        if (w.sourceFile() != null && !w.sourceFile().isBlank()) {
            dsg.find(Node.ANY, Node.ANY, FILE, NodeFactory.createLiteralString(w.sourceFile())).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (!g.equals(q.getSubject())) {
                    return;
                }
                var urls = dsg.find(g, g, URL, Node.ANY);
                String url = urls.hasNext() ? urls.next().getObject().toString() : null;
                if (url == null || w.url() == null || url.equals(w.url())) {
                    out.add(g.getURI());
                }
            });
        }
        out.remove(w.graphIri());
        return out;
    }

    /** The graph names of the other stored versions of {@code w}'s story, sorted. */
    static Set<String> older(StoreReader r, ArticleWrite w) {
        Set<String> out = new TreeSet<>();
        if (w.url() != null && !w.url().isBlank()) {
            r.select(BY_URL, Map.of("u", NodeFactory.createURI(w.url())), s -> out.add(s.getResource("g").getURI()));
        }
        if (w.sourceFile() != null && !w.sourceFile().isBlank()) {
            r.select(BY_FILE, Map.of("f", NodeFactory.createLiteralString(w.sourceFile())), s -> {
                RDFNode url = s.get("url");
                if (url == null || w.url() == null || url.toString().equals(w.url())) {
                    out.add(s.getResource("g").getURI());
                }
            });
        }
        out.remove(w.graphIri());
        return out;
    }
}
