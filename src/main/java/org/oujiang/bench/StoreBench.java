package org.oujiang.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.pipeline.IngestService;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.Iris;
import org.oujiang.store.GraphStore;
import org.oujiang.store.StoreLayout;

/**
 * Store writes on the same quads two ways, each into a fresh directory under {@code dir} with the layout of
 * new stores ({@link StoreLayout#PARAMS}): Oujiang's ingest
 * path (IngestService over GraphStore, with the analysis done beforehand, no search index) and TDB2's phased
 * bulk loader in this process reading the article graphs as N-Quads. The reference graphs are loaded into the
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
            analysed.put(a.url(), new IngestService.Analysed(model, an.doc().text()));
            var g = NodeFactory.createURI(Iris.article(a));
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

        Path ingestDir = dir.resolve("ingest");
        long stored;
        try (GraphStore store = GraphStore.open(ingestDir)) {
            store.loadReference(ontologyDir);
            t = System.nanoTime();
            IngestService ingest = new IngestService(store, ontologyDir, new ArticleReader(),
                    a -> analysed.get(a.url()), null);
            var report = ingest.ingest(List.of(jsonl.toString()), (done, origin, outcome) -> { });
            double s = (System.nanoTime() - t) / 1e9;
            stored = store.quadCount();
            System.out.printf("ingest path: %d articles added, %d failed, %.1f s: %.0f articles/s, %.0f article quads/s "
                    + "(%d quads stored in all)%n", report.added(), report.failed(), s, articles.size() / s, n / s, stored);
            t = (long) (s * 1e9);
        }
        double ingestSeconds = t / 1e9;

        Path bulkDir = dir.resolve("bulk");
        t = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(bulkDir), StoreLayout.PARAMS); // same layout
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double bulk = (System.nanoTime() - t) / 1e9;
        DatabaseMgr.compact(dsg, true);
        System.out.printf("TDB2 phased loader: %d quads in %.1f s: %.0f quads/s, %.0f articles/s%n", n, bulk, n / bulk,
                articles.size() / bulk);
        System.out.printf("store writes / bulk loader time: %.2f; disk: ingest %d MiB, bulk %d MiB (%d articles)%n",
                ingestSeconds / bulk, GraphStore.sizeOnDisk(ingestDir) >> 20, GraphStore.sizeOnDisk(bulkDir) >> 20, articles.size());
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
