package org.oujiang.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.Iris;
import org.oujiang.search.ArticleSearch;
import org.oujiang.store.Store;

/**
 * Ingests and removes articles: loads the reference graphs, reads every path, turns each article into its
 * graph and writes it with {@link Store#replaceGraph} (one transaction per article), then puts its cleaned
 * text in the search index when there is one. An edited story (same title, date, source and URL, another
 * body) replaces its earlier versions ({@link StoryVersions}) and counts as updated. A failure of one input
 * (unreadable file, analysis error, write error) is recorded as {@code origin: reason} and the batch goes on.
 *
 * <p>Needs the store (embedded or remote), the {@code ontology/} directory, a reader, an analyser (article →
 * its graph and cleaned text) and optionally the search index; {@link #standard} builds the real analyser
 * lazily, so HanLP loads only when there is an article.
 */
public final class IngestService {
    /** What the analyser makes of one article: its graph and its cleaned text (for the search index). */
    public record Analysed(Model graph, String text) {
    }

    /** Told about each input as it is done. */
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
    private final Function<Article, Analysed> analyser;
    private final ArticleSearch search;

    /**
     * @param analyser article → graph and cleaned text
     * @param search   the search index to keep in step, or null for none (remote stores)
     */
    public IngestService(Store store, Path ontologyDir, ArticleReader reader, Function<Article, Analysed> analyser,
                         ArticleSearch search) {
        this.store = store;
        this.ontologyDir = ontologyDir;
        this.reader = reader;
        this.analyser = analyser;
        this.search = search;
    }

    /** With an analyser that gives only the graph (the raw body is indexed) and no search index. */
    public IngestService(Store store, Path ontologyDir, ArticleReader reader, Function<Article, Model> graphs) {
        this(store, ontologyDir, reader, a -> new Analysed(graphs.apply(a), a.body()), null);
    }

    /** The real thing: {@link ArticlePipeline} then {@link ArticleGraphMapper}, built on first use. */
    public static IngestService standard(Store store, Path ontologyDir, ArticleSearch search) {
        Function<Article, Analysed> lazy = new Function<>() {
            private ArticlePipeline pipeline;
            private final ArticleGraphMapper mapper = new ArticleGraphMapper();

            @Override
            public synchronized Analysed apply(Article a) {
                if (pipeline == null) {
                    pipeline = new ArticlePipeline(ontologyDir);
                }
                ArticleAnalysis analysis = pipeline.analyse(a);
                return new Analysed(mapper.toModel(analysis), analysis.doc().text());
            }
        };
        return new IngestService(store, ontologyDir, new ArticleReader(), lazy, search);
    }

    /** Removes one article's graph (updating the registry) and its search entry; false when it was not stored. */
    public boolean remove(String articleIri) {
        boolean dropped = store.dropGraph(articleIri);
        if (search != null) {
            search.remove(articleIri);
        }
        return dropped;
    }

    /** Ingests every path ({@code -} is standard input), reporting each input to {@code progress}. */
    public IngestReport ingest(List<String> paths, Progress progress) {
        store.loadReference(ontologyDir);
        Tally tally = new Tally(progress);
        for (String path : paths) {
            try {
                reader.read(path, tally);
            } catch (RuntimeException e) {
                tally.fail(path, reason(e));
            }
        }
        return new IngestReport(tally.added, tally.updated, tally.unchanged, tally.failures.size(), tally.failures);
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }

    /** Receives the reader's articles, stores each and counts outcomes. */
    private final class Tally implements ArticleSink {
        private final Progress progress;
        private final List<String> failures = new ArrayList<>();
        private int added;
        private int updated;
        private int unchanged;
        private int done;

        Tally(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void accept(Article a) {
            Store.ReplaceResult r;
            try {
                Analysed an = analyser.apply(a);
                String iri = Iris.article(a);
                r = store.replaceGraph(iri, an.graph());
                List<String> older = StoryVersions.older(store, a, iri);
                older.forEach(IngestService.this::remove);
                if (r == Store.ReplaceResult.ADDED && !older.isEmpty()) {
                    r = Store.ReplaceResult.UPDATED;
                }
                if (search != null) {
                    search.index(iri, an.text(), r != Store.ReplaceResult.UNCHANGED);
                }
            } catch (RuntimeException | LinkageError e) {
                fail(a.origin(), reason(e));
                return;
            }
            switch (r) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            progress.onArticle(++done, a.origin(), r.name().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void fail(String origin, String reason) {
            failures.add(origin + ": " + reason);
            progress.onArticle(++done, origin, "failed: " + reason);
        }
    }
}
