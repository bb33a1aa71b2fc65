package org.oujiang.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.Iris;
import org.oujiang.search.ArticleSearch;
import org.oujiang.store.Store;

/**
 * Ingests and removes articles. Loads the reference graphs, reads every path on one thread, analyses the
 * articles on all cores but one ({@link AnalysisQueue}; in groups when the analyser is a {@link GroupAnalyser})
 * and writes them in input order through one writer ({@link BatchWriter}), each article into an open store
 * transaction of up to {@value BatchWriter#MAX_ARTICLES} articles, each article still all or nothing. An
 * edited story replaces its stored earlier version in the same transaction when the URL or the source file
 * says it is the same story (see
 * {@code store/StoryVersions}), and counts as updated. A failure of one input (unreadable file, analysis
 * error, write error) is recorded as {@code origin: reason} and the batch goes on.
 *
 * <p>Needs the store (embedded or remote), the {@code ontology/} directory, a reader, an analyser (article →
 * its graph and cleaned text; called from several threads at once) and optionally the search index, which is
 * updated after each commit; {@link #standard} builds the real analyser lazily, so HanLP loads only when there
 * is an article.
 */
public final class IngestService {
    /**
     * What the analyser makes of one article: its graph, its cleaned text (for the search index) and the graph's
     * name, the article IRI ({@link Iris#article}), which the analyser has already computed from a hash of the
     * whole body.
     */
    public record Analysed(Model graph, String text, String graphIri) {
    }

    /** An analyser that is faster given a group of articles at once ({@link ArticlePipeline#analyseAll}). */
    public interface GroupAnalyser extends Function<Article, Analysed> {
        /** One attempt per article, in their order; a failure fails that article only. */
        List<Attempt<Analysed>> applyAll(List<Article> group);
    }

    /** Told about each input as it is done, in input order, after its write is committed. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done    how many inputs are finished, this one included
         * @param origin  where the article came from
         * @param outcome "added", "updated", "unchanged" or "failed: reason"
         */
        void onArticle(int done, String origin, String outcome);
    }

    private final Store store;
    private final Path ontologyDir;
    private final ArticleReader reader;
    /** Room in the analysis queue: analysis goes on while the writer commits, so it finds articles ready after. */
    private static final int QUEUE = 500;

    private final Function<Article, Analysed> analyser;
    private final ArticleSearch search;
    private final int threads;

    /**
     * @param analyser article → graph and cleaned text; must be thread-safe
     * @param search   the search index to keep in step, or null for none (remote stores)
     * @param threads  analysis threads
     */
    public IngestService(Store store, Path ontologyDir, ArticleReader reader, Function<Article, Analysed> analyser,
                         ArticleSearch search, int threads) {
        this.store = store;
        this.ontologyDir = ontologyDir;
        this.reader = reader;
        this.analyser = analyser;
        this.search = search;
        this.threads = Math.max(1, threads);
    }

    /**
     * With one analysis thread per processor but one (or as many as the system property
     * {@code oujiang.ingest.threads} says): the single writer is the bottleneck of a large ingest and needs a core
     * of its own. On two cores, one analysis thread ingested 10,000 generated articles in 96 s, two in 106 s.
     */
    public IngestService(Store store, Path ontologyDir, ArticleReader reader, Function<Article, Analysed> analyser,
                         ArticleSearch search) {
        this(store, ontologyDir, reader, analyser, search, Integer.getInteger("oujiang.ingest.threads",
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
    }

    /** With an analyser that gives only the graph (the raw body is indexed) and no search index. */
    public IngestService(Store store, Path ontologyDir, ArticleReader reader, Function<Article, Model> graphs) {
        this(store, ontologyDir, reader, a -> new Analysed(graphs.apply(a), a.body(), Iris.article(a)), null);
    }

    /** The real thing: {@link ArticlePipeline} then {@link ArticleGraphMapper}, built on first use. */
    public static IngestService standard(Store store, Path ontologyDir, ArticleSearch search) {
        GroupAnalyser lazy = new GroupAnalyser() {
            private volatile ArticlePipeline pipeline;
            private final ArticleGraphMapper mapper = new ArticleGraphMapper();

            @Override
            public Analysed apply(Article a) {
                return applyAll(List.of(a)).get(0).get();
            }

            @Override
            public List<Attempt<Analysed>> applyAll(List<Article> group) {
                List<Attempt<Analysed>> out = new ArrayList<>(group.size());
                for (Attempt<ArticleAnalysis> at : pipeline().analyseAll(group)) {
                    if (at.failure() != null) {
                        out.add(new Attempt<>(null, at.failure()));
                        continue;
                    }
                    try {
                        Model graph = mapper.toModel(at.value());
                        out.add(new Attempt<>(new Analysed(graph, at.value().doc().text(),
                                ArticleGraphMapper.articleIri(graph)), null));
                    } catch (RuntimeException | LinkageError e) {
                        out.add(new Attempt<>(null, e));
                    }
                }
                return out;
            }

            private ArticlePipeline pipeline() {
                ArticlePipeline p = pipeline;
                if (p == null) {
                    synchronized (this) {
                        if (pipeline == null) {
                            pipeline = new ArticlePipeline(ontologyDir);
                        }
                        p = pipeline;
                    }
                }
                return p;
            }
        };
        return new IngestService(store, ontologyDir, new ArticleReader(), lazy, search);
    }

    /** Removes one article's graph (updating the registry) and its search entry; false when it was not stored. */
    public boolean remove(String articleIri) {
        boolean dropped = store.dropGraph(articleIri);
        if (search != null) {
            search.remove(articleIri);
            search.commit();
        }
        return dropped;
    }

    /** Ingests every path ({@code -} is standard input), reporting each input to {@code progress}. */
    public IngestReport ingest(List<String> paths, Progress progress) {
        store.loadReference(ontologyDir);
        Function<Article, AnalysisQueue.Item> prepare = a -> StoryFile.prepare(a, analyser);
        BatchWriter writer = new BatchWriter(store, search, progress, prepare);
        int group = analyser instanceof GroupAnalyser ? ArticlePipeline.GROUP : 1;
        try (AnalysisQueue items = new AnalysisQueue(reader, paths, g -> StoryFile.prepareAll(g, analyser), group,
                threads, QUEUE + 4 * threads)) {
            writer.drain(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
        return writer.report();
    }

    /** The first line of {@code e}'s message, or its class name. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }
}
