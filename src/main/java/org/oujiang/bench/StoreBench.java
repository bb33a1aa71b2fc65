package org.oujiang.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.pipeline.IngestService;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.store.GraphStore;

/**
 * Store writes on the same quads, each into a fresh directory under {@code dir}: Oujiang's ingest
 * path (IngestService over GraphStore, with the analysis done beforehand, no search index) into a store with
 * TDB2's default six quad indexes and into one with the four of new stores, and TDB2's phased bulk loader (which
 * supports only the six) in this process reading the article graphs as N-Quads. The reference graphs are loaded into the
 * ingest path's store before the clock starts (the bulk loader gets none); the ingest path also keeps the
 * entity registry, so it stores a little more.
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void run(Path ontologyDir, List<Article> articles, Path dir) throws Exception {
        Files.createDirectories(dir);
        ArticlePipeline pipeline = new ArticlePipeline(ontologyDir);
        ArticleGraphMapper mapper = new ArticleGraphMapper();
        Map<String, IngestService.Analysed> analysed = new HashMap<>();
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        long t = System.nanoTime();
        for (Article a : articles) {
            var an = pipeline.analyse(a);
            var model = mapper.toModel(an);
            String iri = ArticleGraphMapper.articleIri(model);
            analysed.put(a.url(), new IngestService.Analysed(model, an.doc().text(), iri));
            var g = NodeFactory.createURI(iri);
            model.getGraph().find().forEachRemaining(tr -> quads.add(g, tr.getSubject(), tr.getPredicate(),
                    tr.getObject()));
        }
        System.out.printf("analysis (single thread, not timed below): %.1f s for %d articles%n",
                (System.nanoTime() - t) / 1e9, articles.size());
        Path jsonl = dir.resolve("corpus.jsonl");
        Path nq = dir.resolve("corpus.nq");
        writeJsonl(articles, jsonl);
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, quads, Lang.NQUADS);
        }
        long n = quads.stream().count();

        // TDB2's phased loader knows only the default six quad indexes, so the like-for-like comparison writes
        // the ingest path into a six-index store too (made before GraphStore opens it, which then keeps it)
        ingest(ontologyDir, jsonl, analysed, dir.resolve("warm-up"), articles.size(), n, "untimed warm-up of the write path");
        Path six = dir.resolve("ingest-six");
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(six.toString()));
        double ingestSix = ingest(ontologyDir, jsonl, analysed, six, articles.size(), n, "six quad indexes");
        Path four = dir.resolve("ingest");
        double ingestFour = ingest(ontologyDir, jsonl, analysed, four, articles.size(), n, "four quad indexes, as new stores");

        Path bulkDir = dir.resolve("bulk");
        t = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(bulkDir.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double bulk = (System.nanoTime() - t) / 1e9;
        DatabaseMgr.compact(dsg, true);
        System.out.printf("TDB2 phased loader (six quad indexes): %d quads in %.1f s: %.0f quads/s, %.0f articles/s%n", n,
                bulk, n / bulk, articles.size() / bulk);
        System.out.printf("store writes / bulk loader time: %.2f with six indexes each (like for like), %.2f with the "
                + "four of new stores; disk: ingest %d MiB (six) and %d MiB (four), bulk %d MiB (%d articles)%n",
                ingestSix / bulk, ingestFour / bulk, GraphStore.sizeOnDisk(six) >> 20, GraphStore.sizeOnDisk(four) >> 20,
                GraphStore.sizeOnDisk(bulkDir) >> 20, articles.size());
    }

    /** Times the ingest path (IngestService over GraphStore, analyses given) into {@code storeDir}; seconds. */
    private static double ingest(Path ontologyDir, Path jsonl, Map<String, IngestService.Analysed> analysed, Path storeDir,
                                 int articles, long quads, String label) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.loadReference(ontologyDir);
            long t = System.nanoTime();
            IngestService ingest = new IngestService(store, ontologyDir, new ArticleReader(),
                    a -> analysed.get(a.url()), null);
            var report = ingest.ingest(List.of(jsonl.toString()), (done, origin, outcome) -> { });
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("ingest path, %s: %d articles added, %d failed, %.1f s: %.0f articles/s, %.0f article "
                    + "quads/s (%d quads stored in all)%n", label, report.added(), report.failed(), s, articles / s,
                    quads / s, store.quadCount());
            return s;
        }
    }

    private static void writeJsonl(List<Article> articles, Path file) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var w = Files.newBufferedWriter(file)) {
            for (Article a : articles) {
                w.write(json.writeValueAsString(Map.of("title", a.title(), "date", a.date(), "source", a.source(),
                        "url", a.url(), "body", a.body())));
                w.newLine();
            }
        }
    }
}
