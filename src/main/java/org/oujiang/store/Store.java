package org.oujiang.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.oujiang.rdf.OJ;

/**
 * The knowledge graph as commands see it: one named graph per article, reference graphs from
 * {@code ontology/}, the entity registry graph, and SPARQL reads over the union of all graphs.
 *
 * <p>Two implementations: {@link GraphStore}, an embedded Apache Jena TDB2 directory, and
 * {@link RemoteGraphStore}, any SPARQL 1.1 Query and Update server (Fuseki, GraphDB, Virtuoso …).
 * {@link #open} picks one from {@code OUJIANG_STORE}: an {@code http(s)://} URL or a directory.
 */
public interface Store extends AutoCloseable {
    /** Graph holding the canonical {@code rdfs:label} of every entity named by an article. */
    String ENTITIES_GRAPH = OJ.GRAPH + "entities";
    /** Graph holding bookkeeping: SHA-256 of each loaded reference file. */
    String META_GRAPH = OJ.GRAPH + "meta";

    /** What {@link #replaceGraph} did. */
    enum ReplaceResult { ADDED, UNCHANGED, UPDATED }

    /** Opens the store {@code location} names: an {@code http://} or {@code https://} URL, else a directory. */
    static Store open(String location) {
        if (isRemote(location)) {
            return RemoteGraphStore.connect(location);
        }
        return GraphStore.open(Path.of(location));
    }

    /** Whether {@code location} is a SPARQL server URL rather than a directory. */
    static boolean isRemote(String location) {
        String l = location.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** Env {@code OUJIANG_STORE} (a directory or URL), else {@code <oujiang.home>/graph-store}. */
    static String defaultLocation() {
        String env = System.getenv("OUJIANG_STORE");
        return env != null && !env.isBlank() ? env.strip() : GraphStore.defaultDirectory().toString();
    }

    /** Where the store lives (directory or URL), for messages. */
    String location();

    /**
     * Makes named graph {@code graphIri} hold exactly {@code model} and recomputes the registry labels of the
     * entities the old or new graph names, atomically: a reader sees the old graph or the new one, never a mix.
     */
    ReplaceResult replaceGraph(String graphIri, Model model);

    /**
     * Writes a batch of articles in order, each wholly or not at all: an article's earlier story versions
     * ({@link ArticleWrite}) are dropped, its graph replaced and the registry labels of the entities any of them
     * name recomputed together; an article whose stored graph is already equal writes nothing. A failing article
     * is reported in its {@link WriteOutcome} and leaves the others written. Embedded, the batch is one
     * transaction when nothing fails; remote, each article is one update request.
     */
    List<WriteOutcome> writeArticles(List<ArticleWrite> batch);

    /**
     * Articles written one by one into one open transaction, so that a large ingest commits seldom while
     * holding no article's graph longer than its write: on TDB2 every commit leaves a copy of each index block
     * it touched, so rare commits keep the store small. Used by one thread, from {@link #openBatch} to
     * {@link #close}. (The default, for remote stores, stores each article as it is added.)
     */
    interface ArticleBatch extends AutoCloseable {
        /**
         * Writes one article as {@link #writeArticles} would. When it throws, the batch is spoiled: nothing added
         * to it is stored, and it can only be closed.
         */
        void add(ArticleWrite w);

        /** Makes every added article durable at once; their outcomes, in order. When it throws, nothing is stored. */
        List<WriteOutcome> commit();

        /** Ends the batch; what was added and not committed is dropped. */
        @Override
        void close();
    }

    /**
     * Opens a batch. This default writes each article at once with {@link #writeArticles}, as its own write, and
     * keeps only the outcomes: a remote store sends one update request per article anyway, and holding the
     * graphs of a whole batch until the commit would hold thousands. The embedded store writes into one
     * transaction instead.
     */
    default ArticleBatch openBatch() {
        return new ArticleBatch() {
            private final List<WriteOutcome> outcomes = new ArrayList<>();

            @Override
            public void add(ArticleWrite w) {
                outcomes.addAll(writeArticles(List.of(w)));
            }

            @Override
            public List<WriteOutcome> commit() {
                List<WriteOutcome> out = List.copyOf(outcomes);
                outcomes.clear();
                return out;
            }

            @Override
            public void close() {
                outcomes.clear();
            }
        };
    }

    /** Removes a named graph and updates the registry, atomically; false when there was no such graph. */
    boolean dropGraph(String graphIri);

    /**
     * Runs SPARQL Update {@code sparql} (parsed as an {@code UpdateRequest}; unparseable text fails with a
     * {@link StoreException}), then brings the registry (labels from {@code oj:statedName}, article counts),
     * the figure index and the index of articles by month up to date, since an update may change what they are
     * derived from. Embedded: one write transaction for all of it, so a failing operation changes nothing; the
     * indexes are redone for the graphs the update changed only, or rebuilt when it cannot be pinned to named
     * graphs; an update that leaves triples in the stored default graph (which queries do not see: their
     * default graph is the union of the named graphs) is refused the same way. Remote: one update request
     * holding the operations and the relabelling.
     *
     * @return what the update itself changed (embedded: counted as it runs; remote: the net change of all
     *         named graphs, from counting their quads before and after)
     */
    UpdateCount update(String sparql);

    /** The names of all named graphs, sorted. */
    List<String> listGraphs();

    /** Whether a named graph of that name holds any quad. */
    boolean contains(String graphIri);

    /** Number of quads in all named graphs. */
    default long quadCount() {
        return query(r -> r.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    /**
     * Loads every {@code *.ttl} under {@code ontologyDir} into its own reference graph, skipping files whose
     * SHA-256 (kept in the meta graph) is unchanged. Returns how many graphs were (re)loaded or dropped.
     */
    int loadReference(Path ontologyDir);

    /**
     * Runs read queries: {@code action} gets a {@link StoreReader} whose queries see the union of all graphs
     * as the default graph. Embedded, all of them run in one read transaction; remote, each is one request.
     * Results must not hold store nodes beyond the action.
     */
    <T> T query(Function<StoreReader, T> action);

    @Override
    void close();
}
