package org.oujiang.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The embedded {@link Store}: a TDB2 dataset with one named graph per article, reference graphs loaded from
 * {@code ontology/}, and the entity registry graph holding each entity's one {@code rdfs:label}.
 * The default graph of queries is the union of all named graphs.
 *
 * <p>Needs a directory (or nothing, for an in-memory store in tests). Gives transactional writes: every
 * public write method is one {@code Txn.executeWrite}, so a failure leaves the store as it was.
 */
public final class GraphStore implements Store {
    private static final Pattern LOCK_PID = Pattern.compile("process (\\d+)");

    private final Dataset dataset;
    private final String location;
    private final EntityRegistry registry = new EntityRegistry();
    private final FigureIndex figures = new FigureIndex();
    private final ArticleMonths months = new ArticleMonths();
    private final ArticleWriter writer = new ArticleWriter(registry, figures, months);
    /** Test hook run inside each article's write after its old graphs are deleted. */
    Consumer<String> afterDelete = iri -> { };

    private GraphStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        // stores written before article counts and the figure index existed get them once
        if (Txn.calculateRead(dataset, () -> registry.countsMissing(dataset.asDatasetGraph()))) {
            Txn.executeWrite(dataset, () -> registry.recountAll(dataset.asDatasetGraph()));
        }
        if (!Txn.calculateRead(dataset, () -> figures.current(dataset.asDatasetGraph()))) {
            Txn.executeWrite(dataset, () -> figures.rebuild(dataset.asDatasetGraph()));
        }
        if (Txn.calculateRead(dataset, () -> figures.valueCountsMissing(dataset.asDatasetGraph()))) {
            Txn.executeWrite(dataset, () -> figures.countValues(dataset.asDatasetGraph()));
        }
        if (!Txn.calculateRead(dataset, () -> months.current(dataset.asDatasetGraph()))) {
            Txn.executeWrite(dataset, () -> months.rebuild(dataset.asDatasetGraph()));
        }
    }

    /** Opens (creating when needed) the TDB2 store in {@code dir}. */
    public static GraphStore open(Path dir) {
        try {
            boolean fresh = !Files.isDirectory(dir) || isEmpty(dir);
            Files.createDirectories(dir);
            Location loc = Location.create(dir);
            DatasetGraph dsg = fresh ? DatabaseMgr.connectDatasetGraph(loc, StoreLayout.PARAMS)
                    : DatabaseMgr.connectDatasetGraph(loc);
            StoreLayout.keep(dsg);
            return new GraphStore(DatasetFactory.wrap(dsg), dir.toString());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock")) {
                Matcher m = LOCK_PID.matcher(msg);
                String pid = m.find() ? m.group(1) : "unknown";
                throw StoreInUseException.of(dir, pid, e);
            }
            throw new StoreException("cannot open store " + dir + ": " + msg, e);
        }
    }

    /** An in-memory TDB2 store with the same layout, for tests. */
    public static GraphStore inMemory() {
        return new GraphStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.mem(), StoreLayout.inMemory())),
                "memory");
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    /**
     * The store directory: env {@code OUJIANG_STORE} unless it is a URL (see {@link Store#defaultLocation}),
     * else {@code <oujiang.home>/graph-store}.
     */
    public static Path defaultDirectory() {
        String env = System.getenv("OUJIANG_STORE");
        if (env != null && !env.isBlank() && !Store.isRemote(env)) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("oujiang.home", ".")).resolve("graph-store");
    }

    @Override
    public String location() {
        return location;
    }

    /** One write transaction that also updates the entity registry; throws when the write fails. */
    @Override
    public ReplaceResult replaceGraph(String graphIri, Model model) {
        ArticleWrite w = ArticleWrite.of(graphIri, model);
        return Txn.calculateWrite(dataset, () -> writer.write(dataset, w, afterDelete)).result();
    }

    /**
     * One write transaction for the whole batch (TDB2 syncs to disk once per commit). When any article fails,
     * that transaction is aborted and the articles are written again one transaction each, so the failing
     * one changes nothing and the others are kept.
     */
    @Override
    public List<WriteOutcome> writeArticles(List<ArticleWrite> batch) {
        if (batch.size() > 1) {
            try (ArticleBatch b = openBatch()) {
                batch.forEach(b::add);
                return b.commit();
            } catch (RuntimeException e) {
                // aborted: retried one by one below
            }
        }
        List<WriteOutcome> out = new ArrayList<>();
        for (ArticleWrite w : batch) {
            try {
                out.add(Txn.calculateWrite(dataset, () -> writer.write(dataset, w, afterDelete)));
            } catch (RuntimeException e) {
                out.add(WriteOutcome.failed(w.graphIri(), e));
            }
        }
        return out;
    }

    /** A write transaction on the calling thread, each article written into it as it is added. */
    @Override
    public ArticleBatch openBatch() {
        dataset.begin(TxnType.WRITE);
        return new ArticleBatch() {
            private final List<WriteOutcome> outcomes = new ArrayList<>();
            private boolean spoiled;
            private boolean committed;

            @Override
            public void add(ArticleWrite w) {
                if (spoiled) {
                    throw new IllegalStateException("batch spoiled by an earlier failure");
                }
                try {
                    outcomes.add(writer.write(dataset, w, afterDelete));
                } catch (RuntimeException | Error e) {
                    spoiled = true;
                    throw e;
                }
            }

            @Override
            public List<WriteOutcome> commit() {
                if (spoiled) {
                    throw new IllegalStateException("batch spoiled by an earlier failure");
                }
                spoiled = true;
                dataset.commit();
                committed = true;
                return List.copyOf(outcomes);
            }

            @Override
            public void close() {
                if (!dataset.isInTransaction()) {
                    return;
                }
                try {
                    if (!committed) {
                        dataset.abort();
                    }
                } catch (RuntimeException e) {
                    // a failed commit may have ended the transaction already; nothing of it is stored either way
                } finally {
                    dataset.end();
                }
            }
        };
    }

    /**
     * A copy with literals in canonical form: TDB2 stores numbers and dates by value ("2"^^xsd:decimal
     * comes back as "2.0"), so graphs are compared by value, not by spelling.
     */
    static Graph canonical(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(),
                t.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(t.getObject()) : t.getObject())));
        return out;
    }

    /**
     * Empties graph {@code g} with SPARQL {@code DROP SILENT GRAPH}, as a server does. Not {@code deleteAny}:
     * on TDB2 it left quads with decimal values ("312"^^xsd:decimal) behind, so a dropped or replaced
     * article kept stale figures.
     */
    static void clear(DatasetGraph dsg, Node g) {
        org.apache.jena.update.UpdateAction.execute(new org.apache.jena.update.UpdateRequest(
                new org.apache.jena.sparql.modify.request.UpdateDrop(g, true)), dsg);
    }

    @Override
    public boolean dropGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.containsGraph(g)) {
                return false;
            }
            Set<Node> keys = new HashSet<>();
            registry.refresh(dsg, writer.forget(dsg, g, keys));
            figures.recheck(dsg, keys);
            return true;
        });
    }

    /**
     * One write transaction: the operations, the default-graph check, then the registry, figure and month
     * indexes brought up to date for the graphs the update changed ({@link UpdateWatch}), or rebuilt from every
     * graph when it changed the registry itself or cannot be pinned to named graphs (see UpdateWatch).
     */
    @Override
    public UpdateCount update(String sparql) {
        var req = SparqlUpdates.parse(sparql);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            UpdateWatch watch = new UpdateWatch(dsg);
            SparqlUpdates.apply(watch, req);
            if (watch.unbounded()) {
                registry.refreshAll(dsg);
                figures.rebuild(dsg);
                months.rebuild(dsg);
            } else {
                writer.reindex(dsg, watch.before());
            }
            return watch.count();
        });
    }

    @Override
    public List<String> listGraphs() {
        return read(ds -> {
            List<String> names = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    @Override
    public boolean contains(String graphIri) {
        return read(ds -> ds.asDatasetGraph().containsGraph(NodeFactory.createURI(graphIri)));
    }

    /** One write transaction. */
    @Override
    public int loadReference(Path ontologyDir) {
        ReferenceLoader loader = new ReferenceLoader(ontologyDir);
        List<ReferenceLoader.Source> sources = loader.scan();
        return Txn.calculateWrite(dataset, () -> loader.apply(dataset.asDatasetGraph(), sources));
    }

    /** Runs {@code action} in a read transaction. Results must not hold store nodes beyond it. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public <T> T query(Function<StoreReader, T> action) {
        return read(ds -> action.apply(q -> QueryExecution.dataset(ds).query(q)));
    }

    /**
     * The live TDB2 dataset, for serving it over HTTP in this process (TDB2 allows one process per
     * directory, so an endpoint must share this object). Callers use their own transactions; its context
     * has the union default graph set.
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Rewrites the store without the superseded index blocks TDB2 keeps after every write transaction (its
     * directory grows by about the size of the blocks each commit touched); blocks writers while it runs.
     * @return the directory's size on disk before and after, in bytes
     */
    public long[] compact() {
        if ("memory".equals(location)) {
            return new long[] {0, 0};
        }
        long before = sizeOnDisk(Path.of(location));
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        StoreLayout.keep(dataset.asDatasetGraph());
        return new long[] {before, sizeOnDisk(Path.of(location))};
    }

    /** Total length of the regular files under {@code dir}. */
    public static long sizeOnDisk(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new StoreException("cannot measure store " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
