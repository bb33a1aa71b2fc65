package org.oujiang.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.nlp.Segmenter;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.store.GraphStore;

/**
 * Runs the project on every gold-annotated article and scores it. For each gold file the article of the
 * same base name is taken from the corpus directory and ingested exactly as {@code ingest} does (reference
 * graphs from {@code ontology/}, reader, pipeline, graph mapper, {@link GraphStore#replaceGraph}) into a
 * fresh in-memory store of its own; the {@link PredictionReader} reads it back and the {@link Scorer} scores it.
 *
 * <p>Needs the {@code ontology/} directory; builds one {@link ArticlePipeline} on first use and keeps it for
 * every article. With {@code traditional} the whole article file is converted to Traditional characters first.
 */
public final class Evaluator {
    /** Told when each article is done. */
    @FunctionalInterface
    public interface Progress {
        void onArticle(Evaluation.Result result);
    }

    private final Path ontologyDir;
    private final ArticleReader reader;
    private final Scorer scorer = new Scorer(UnitTable.standard());
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();
    private ArticlePipeline pipeline;

    public Evaluator(Path ontologyDir) {
        this.ontologyDir = ontologyDir;
        this.reader = new ArticleReader(ontologyDir.resolve("lexicon"));
    }

    /** Scores every gold file in {@code goldDir} against the article of that name in {@code corpusDir}. */
    public Evaluation evaluate(Path corpusDir, Path goldDir, boolean traditional, Progress progress) {
        if (!Files.isDirectory(corpusDir)) {
            throw new EvaluationException("corpus directory " + corpusDir + " does not exist");
        }
        List<Evaluation.Result> results = new ArrayList<>();
        for (GoldSet.Article gold : GoldSet.load(goldDir)) {
            Evaluation.Result r;
            try {
                Prediction p = predict(corpusDir.resolve(gold.articleFileName()), traditional);
                r = new Evaluation.Result(gold.name(), gold, scorer.score(p, gold), null);
            } catch (RuntimeException | IOException e) {
                r = new Evaluation.Result(gold.name(), gold, null, String.valueOf(e.getMessage()));
            }
            results.add(r);
            progress.onArticle(r);
        }
        return new Evaluation(results);
    }

    /** Ingests one article file into a fresh store and reads back what was extracted. */
    Prediction predict(Path article, boolean traditional) throws IOException {
        Path tmp = traditional ? Files.createTempDirectory("oujiang-eval-") : null;
        try (GraphStore store = GraphStore.inMemory()) {
            Path input = article;
            if (traditional) {
                input = tmp.resolve(article.getFileName());
                String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
                Files.writeString(input, Segmenter.toTraditional(text), StandardCharsets.UTF_8);
            }
            IngestReport report = new IngestService(store, ontologyDir, reader, analyser())
                    .ingest(List.of(input.toString()), (done, origin, outcome) -> { });
            if (report.failed() > 0) {
                throw new EvaluationException("ingest failed: " + String.join("; ", report.failures()));
            }
            return store.read(PredictionReader::read);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private Function<Article, Model> analyser() {
        return a -> {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = new ArticlePipeline(ontologyDir);
                }
                return mapper.toModel(pipeline.analyse(a));
            }
        };
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
