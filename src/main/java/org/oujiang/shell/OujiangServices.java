package org.oujiang.shell;

import java.nio.file.Path;
import org.oujiang.evaluate.Evaluator;
import org.oujiang.export.Exporter;
import org.oujiang.pipeline.IngestService;
import org.oujiang.query.EntityDescriber;
import org.oujiang.query.QueryLibrary;
import org.oujiang.query.QueryRunner;
import org.oujiang.query.UpdateRunner;
import org.oujiang.store.ArticleCatalog;
import org.oujiang.search.ArticleSearch;
import org.oujiang.store.GraphStore;
import org.oujiang.store.Store;
import org.oujiang.store.StoreException;
import org.springframework.stereotype.Component;

/**
 * The services commands call, over one store opened on first use (so {@code version} or {@code help}
 * never touch it) and closed with the application. Needs {@code oujiang.home} for {@code ontology/} and
 * {@code queries/}, and {@code OUJIANG_STORE} (a directory or a SPARQL server URL) or the default store
 * directory. Full-text search exists for embedded stores only.
 */
@Component
public class OujiangServices implements AutoCloseable {
    private final Path home;
    private final QueryLibrary library;
    private Store store;
    private IngestService ingest;
    private ArticleSearch search;

    public OujiangServices() {
        this(Path.of(System.getProperty("oujiang.home", ".")), null);
    }

    /** For tests: a given home and an already open store (null: open the default one when needed). */
    public OujiangServices(Path home, Store store) {
        this.home = home;
        this.store = store;
        this.library = new QueryLibrary(home.resolve("queries"));
    }

    public synchronized Store store() {
        if (store == null) {
            store = Store.open(Store.defaultLocation());
            if (store instanceof GraphStore embedded) {
                // text:query opens the index (and brings it in step with the store) on first use only
                ArticleSearch.registerOnDemand(embedded, this::search);
            }
        }
        return store;
    }

    /** The search of the embedded store, opened (and reconciled with the store) on first use. */
    public synchronized ArticleSearch search() {
        if (search == null) {
            if (!(store() instanceof GraphStore embedded)) {
                throw new StoreException("search needs the embedded store; " + store().location() + " is a SPARQL "
                        + "server: use its own full-text index there (e.g. jena-text's text:query in query)");
            }
            search = ArticleSearch.open(embedded);
        }
        return search;
    }

    public Path ontologyDir() {
        return home.resolve("ontology");
    }

    public QueryLibrary library() {
        return library;
    }

    public synchronized IngestService ingest() {
        if (ingest == null) {
            ingest = IngestService.standard(store(), ontologyDir(), store() instanceof GraphStore ? search() : null);
        }
        return ingest;
    }

    /** Replaces the ingest service (tests use a light analyser). */
    public synchronized void ingest(IngestService service) {
        this.ingest = service;
    }

    public QueryRunner queries() {
        return new QueryRunner(store(), library);
    }

    /** SPARQL Update on the store; afterwards the search index (embedded store) is brought in step. */
    public UpdateRunner updates() {
        return new UpdateRunner(store(), store() instanceof GraphStore ? this::reconcileSearch : () -> { });
    }

    /** Opens the search (which reconciles it) or, when already open, reconciles it with the store. */
    private synchronized void reconcileSearch() {
        boolean open = search != null;
        ArticleSearch s = search();
        if (open) {
            s.reconcile();
        }
    }

    public Exporter exporter() {
        return new Exporter(store(), ontologyDir().resolve("context.jsonld"));
    }

    public ArticleCatalog catalog() {
        return new ArticleCatalog(store());
    }

    public EntityDescriber describer() {
        return new EntityDescriber(store());
    }

    /** Runs the pipeline on gold-annotated articles, each in a fresh in-memory store (never this store). */
    public Evaluator evaluator() {
        return new Evaluator(ontologyDir());
    }

    @Override
    public synchronized void close() {
        if (search != null) {
            search.close();
            search = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
