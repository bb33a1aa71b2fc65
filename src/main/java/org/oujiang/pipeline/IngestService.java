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
import org.oujiang.store.GraphStore;

/**
 * Ingests articles: loads the reference graphs, reads every path, turns each article into its graph and
 * writes it with {@link GraphStore#replaceGraph} (one transaction per article). A failure of one input
 * (unreadable file, analysis error, write error) is recorded as {@code origin: reason} and the batch goes on.
 *
 * <p>Needs the store, the {@code ontology/} directory, a reader and an analyser (article → its graph);
 * {@link #standard} builds the real analyser lazily, so HanLP loads only when there is an article.
 */
public final class IngestService {
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

    private final GraphStore store;
    private final Path ontologyDir;
    private final ArticleReader reader;
    private final Function<Article, Model> analyser;

    public IngestService(GraphStore store, Path ontologyDir, ArticleReader reader, Function<Article, Model> analyser) {
        this.store = store;
        this.ontologyDir = ontologyDir;
        this.reader = reader;
        this.analyser = analyser;
    }

    /** The real thing: {@link ArticlePipeline} then {@link ArticleGraphMapper}, built on first use. */
    public static IngestService standard(GraphStore store, Path ontologyDir) {
        Function<Article, Model> lazy = new Function<>() {
            private ArticlePipeline pipeline;
            private final ArticleGraphMapper mapper = new ArticleGraphMapper();

            @Override
            public synchronized Model apply(Article a) {
                if (pipeline == null) {
                    pipeline = new ArticlePipeline(ontologyDir);
                }
                return mapper.toModel(pipeline.analyse(a));
            }
        };
        return new IngestService(store, ontologyDir, new ArticleReader(), lazy);
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
            GraphStore.ReplaceResult r;
            try {
                Model m = analyser.apply(a);
                r = store.replaceGraph(Iris.article(a), m);
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
