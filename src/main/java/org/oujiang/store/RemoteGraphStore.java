package org.oujiang.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.oujiang.rdf.OJ;

/**
 * A {@link Store} on a SPARQL 1.1 server: reads with the Query protocol, writes with the Update protocol,
 * both through Jena's {@link RDFConnection}. Every write is one update request ({@link RemoteUpdates}), so a
 * per-article replacement is atomic for readers on servers that run a request as one transaction (Fuseki,
 * GraphDB, Virtuoso, Stardog …).
 *
 * <p>Needs: queries and updates at the store URL (Fuseki's dataset URL, Virtuoso's {@code /sparql}), or updates
 * at {@code OUJIANG_STORE_UPDATE} when the server has a separate endpoint (GraphDB: {@code …/statements});
 * and a default graph that is the union of the named graphs (Fuseki: a TDB2 dataset with
 * {@code tdb2:unionDefaultGraph true}; GraphDB, Virtuoso, Blazegraph: their default). Both are checked:
 * an unreachable server or a separate default graph is reported in one line.
 */
public final class RemoteGraphStore implements Store {
    private static final String UNION_CHECK = "ASK { GRAPH <" + META_GRAPH + "> { ?s ?p ?o } "
            + "FILTER NOT EXISTS { ?s ?p ?o } }";

    private final String url;
    private final RDFConnection conn;

    private RemoteGraphStore(String url, String updateUrl) {
        this.url = url;
        this.conn = RDFConnectionRemote.newBuilder().destination(url).queryEndpoint(url).updateEndpoint(updateUrl)
                .gspEndpoint(url).build();
    }

    /** Connects to the server at {@code url} and checks that it answers with a union default graph. */
    public static RemoteGraphStore connect(String url) {
        String u = url.strip();
        String update = System.getenv("OUJIANG_STORE_UPDATE");
        RemoteGraphStore store = new RemoteGraphStore(u, update == null || update.isBlank() ? u : update.strip());
        try {
            store.checkUnionDefaultGraph();
            store.deriveIndexesOnce();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Fails when the server's default graph does not show what its named graphs hold. */
    void checkUnionDefaultGraph() {
        if (query(r -> r.ask(UNION_CHECK))) {
            throw new StoreException(url + ": the server's default graph is not the union of its named graphs; "
                    + "Oujiang's queries need it (Fuseki: a TDB2 dataset with tdb2:unionDefaultGraph true)");
        }
    }

    /**
     * A store written before the index of articles by month or the figure keys' value counts existed gets
     * them, with the other derived data, from one full re-derivation ({@link RemoteUpdates#user} with no
     * operation of its own), as the embedded store does when opened. A few look-ups each time otherwise.
     */
    private void deriveIndexesOnce() {
        boolean missing = query(r -> r.ask("ASK { ?a a <" + OJ.Article.getURI() + "> }")
                && !r.ask("ASK { ?m <" + OJ.storyCount.getURI() + "> ?n }")
                || r.ask("ASK { ?k <" + OJ.disagreement.getURI() + "> true }")
                && !r.ask("ASK { ?k <" + OJ.valueCount.getURI() + "> ?n }"));
        if (missing) {
            http(() -> {
                conn.update(RemoteUpdates.user(new org.apache.jena.update.UpdateRequest()));
                return null;
            });
        }
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public ReplaceResult replaceGraph(String graphIri, Model model) {
        return write(ArticleWrite.of(graphIri, model)).result();
    }

    /** One update request per article, so a failing one fails alone. */
    @Override
    public List<WriteOutcome> writeArticles(List<ArticleWrite> batch) {
        List<WriteOutcome> out = new ArrayList<>();
        for (ArticleWrite w : batch) {
            try {
                out.add(write(w));
            } catch (RuntimeException e) {
                out.add(WriteOutcome.failed(w.graphIri(), e));
            }
        }
        return out;
    }

    /**
     * Finds the earlier versions and the stored graph with queries, then sends ONE update request that drops
     * them, inserts the new graph and relabels. A concurrent writer between the two is not guarded against.
     */
    private WriteOutcome write(ArticleWrite w) {
        List<String> older = new ArrayList<>(query(r -> StoryVersions.older(r, w)));
        Graph old = http(() -> {
            StoreReader r = q -> conn.newQuery().query(q);
            try (QueryExecution qe = r.execution(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g "
                    + "{ ?s ?p ?o } }"), Map.of("g", NodeFactory.createURI(w.graphIri()))).build()) {
                return qe.execConstruct().getGraph();
            }
        });
        boolean existed = !old.isEmpty();
        if (existed && older.isEmpty()
                && GraphStore.canonical(old).isIsomorphicWith(GraphStore.canonical(w.model().getGraph()))) {
            return WriteOutcome.done(w.graphIri(), ReplaceResult.UNCHANGED, List.of());
        }
        http(() -> {
            conn.update(RemoteUpdates.replace(w.graphIri(), w.model().getGraph(), older));
            return null;
        });
        return WriteOutcome.done(w.graphIri(), existed || !older.isEmpty() ? ReplaceResult.UPDATED
                : ReplaceResult.ADDED, older);
    }

    @Override
    public boolean dropGraph(String graphIri) {
        if (!contains(graphIri)) {
            return false;
        }
        http(() -> {
            conn.update(RemoteUpdates.drop(graphIri));
            return null;
        });
        return true;
    }

    /**
     * One update request: the operations, then every registry label recomputed ({@link RemoteUpdates#user}).
     * The server tells nothing of what changed, so the quads of the named graphs are counted before and after.
     */
    @Override
    public UpdateCount update(String sparql) {
        org.apache.jena.update.UpdateRequest req = RemoteUpdates.user(SparqlUpdates.parse(sparql));
        long before = quadCount();
        http(() -> {
            conn.update(req);
            return null;
        });
        long net = quadCount() - before;
        return new UpdateCount(Math.max(0, net), Math.max(0, -net), -1);
    }

    @Override
    public List<String> listGraphs() {
        return query(r -> {
            List<String> names = new ArrayList<>();
            r.select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", s -> names.add(s.getResource("g").getURI()));
            names.sort(null);
            return names;
        });
    }

    @Override
    public boolean contains(String graphIri) {
        return query(r -> {
            boolean[] found = {false};
            r.select("SELECT ?s { GRAPH ?g { ?s ?p ?o } } LIMIT 1", Map.of("g", NodeFactory.createURI(graphIri)),
                    s -> found[0] = true);
            return found[0];
        });
    }

    /** One update request per changed reference file; the hashes come from the meta graph. */
    @Override
    public int loadReference(Path ontologyDir) {
        ReferenceLoader loader = new ReferenceLoader(ontologyDir);
        List<ReferenceLoader.Source> sources = loader.scan();
        Map<String, String> recorded = new HashMap<>();
        query(r -> {
            r.select("SELECT ?g ?h { GRAPH <" + META_GRAPH + "> { ?g <" + ReferenceLoader.SHA256.getURI() + "> ?h } }",
                    s -> recorded.put(s.getResource("g").getURI(), s.getLiteral("h").getLexicalForm()));
            return null;
        });
        Set<String> present = new HashSet<>(listGraphs());
        int changed = 0;
        Set<String> wanted = new HashSet<>();
        for (ReferenceLoader.Source s : sources) {
            wanted.add(s.graph());
            if (s.sha256().equals(recorded.get(s.graph())) && present.contains(s.graph())) {
                continue;
            }
            Graph content = ReferenceLoader.parse(s.file());
            http(() -> {
                conn.update(RemoteUpdates.reference(s.graph(), content, s.sha256()));
                return null;
            });
            changed++;
        }
        for (String g : recorded.keySet()) {
            if (!wanted.contains(g)) {
                http(() -> {
                    conn.update(RemoteUpdates.dropReference(g));
                    return null;
                });
                changed++;
            }
        }
        checkUnionDefaultGraph();
        return changed;
    }

    @Override
    public <T> T query(Function<StoreReader, T> action) {
        return http(() -> action.apply(q -> conn.newQuery().query(q)));
    }

    /** Runs {@code call}, turning HTTP and protocol failures into one-line {@link StoreException}s. */
    private <T> T http(Supplier<T> call) {
        try {
            return call.get();
        } catch (QueryExceptionHTTP e) {
            throw new StoreException(url + ": " + reason(e), e);
        } catch (HttpException e) {
            throw new StoreException(url + ": " + reason(e), e);
        } catch (QueryException e) {
            if (e.getCause() instanceof HttpException h) {
                throw new StoreException(url + ": " + reason(h), e);
            }
            throw e;
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return "cannot reach the SPARQL server (" + (t.getMessage() == null ? t.getClass().getSimpleName()
                        : t.getMessage()) + ")";
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        conn.close();
    }
}
