package org.oujiang.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oujiang.article.Article;
import org.oujiang.article.CleanDocument;
import org.oujiang.article.TextCleaner;
import org.oujiang.extract.IndicatorExtractor;
import org.oujiang.extract.Observation;
import org.oujiang.extract.Relation;
import org.oujiang.extract.RelationExtractor;
import org.oujiang.linking.EntityLinker;
import org.oujiang.linking.Gazetteer;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Lexicon;
import org.oujiang.nlp.Mention;
import org.oujiang.nlp.MentionFinder;
import org.oujiang.nlp.Segmenter;
import org.oujiang.nlp.Token;

/**
 * The analysis stages called in order: clean, segment, find mentions, link, extract relations and
 * figures. Needs the ontology directory (gazetteers and lexicon); touches no store. Construction loads
 * HanLP and the gazetteers (about a second); {@link #analyse} is thread-safe afterwards.
 */
public final class ArticlePipeline {
    /** How many articles {@link #analyseAll} is best given at once: more gained little in the benchmark. */
    public static final int GROUP = 16;

    private final Gazetteer gazetteer;
    private final TextCleaner cleaner;
    private final MentionFinder finder;
    private final EntityLinker linker;
    private final RelationExtractor relations;
    private final IndicatorExtractor indicators;

    public ArticlePipeline(Path ontologyDir) {
        Path lexiconDir = ontologyDir.resolve("lexicon");
        Lexicon lexicon = Lexicon.load(lexiconDir);
        this.gazetteer = Gazetteer.load(ontologyDir);
        this.cleaner = new TextCleaner(lexiconDir, Segmenter::toSimplified);
        this.finder = new MentionFinder(gazetteer, lexicon);
        this.linker = new EntityLinker(gazetteer, lexicon);
        this.relations = new RelationExtractor(gazetteer, lexicon);
        this.indicators = new IndicatorExtractor(gazetteer, lexiconDir);
    }

    public ArticleAnalysis analyse(Article article) {
        return analyseAll(List.of(article)).get(0).get();
    }

    /**
     * Analyses a group of articles stage by stage: all cleaned, then all segmented, and so on. A stage's tables
     * (HanLP's dictionaries, the gazetteer's trie) then stay in the processor's caches from one article to the
     * next, where article by article each stage found them pushed out by the others: in groups of {@link #GROUP}
     * the analysis takes about a tenth less time (the reason spaCy's {@code nlp.pipe} works in batches too).
     * Each article still stands alone: one that fails at a stage is left out of the later ones, and its attempt
     * holds the error; the others go on.
     */
    public List<Attempt<ArticleAnalysis>> analyseAll(List<Article> articles) {
        int n = articles.size();
        Throwable[] failed = new Throwable[n];
        List<CleanDocument> docs = slots(n);
        List<List<Token>> tokens = slots(n);
        List<List<Mention>> mentions = slots(n);
        List<List<LinkedEntity>> entities = slots(n);
        List<List<Relation>> rels = slots(n);
        List<Attempt<ArticleAnalysis>> out = slots(n);
        each(failed, i -> docs.set(i, cleaner.clean(articles.get(i))));
        each(failed, i -> tokens.set(i, finder.segment(docs.get(i))));
        each(failed, i -> mentions.set(i, finder.find(docs.get(i), tokens.get(i))));
        each(failed, i -> entities.set(i, linker.link(docs.get(i), mentions.get(i))));
        each(failed, i -> rels.set(i, relations.extract(docs.get(i), entities.get(i))));
        each(failed, i -> {
            List<Observation> obs = indicators.extract(docs.get(i), entities.get(i));
            List<LinkedEntity> all = withIndicators(entities.get(i), obs);
            out.set(i, new Attempt<>(new ArticleAnalysis(docs.get(i), all, rels.get(i), obs), null));
        });
        for (int i = 0; i < n; i++) {
            if (failed[i] != null) {
                out.set(i, new Attempt<>(null, failed[i]));
            }
        }
        return out;
    }

    private static <T> List<T> slots(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, null));
    }

    /** Runs {@code step} for every article that has not failed yet; an error fails that article only. */
    private static void each(Throwable[] failed, java.util.function.IntConsumer step) {
        for (int i = 0; i < failed.length; i++) {
            if (failed[i] == null) {
                try {
                    step.accept(i);
                } catch (RuntimeException | LinkageError e) {
                    failed[i] = e;
                }
            }
        }
    }

    /** Indicators become entities too, so minted ones get a label; scheme ones are references. */
    private List<LinkedEntity> withIndicators(List<LinkedEntity> entities, List<Observation> obs) {
        Map<String, LinkedEntity> extra = new LinkedHashMap<>();
        for (Observation o : obs) {
            boolean reference = gazetteer.byIri(o.indicatorIri()).isPresent();
            extra.putIfAbsent(o.indicatorIri(), new LinkedEntity(o.indicatorIri(), EntityType.INDICATOR,
                    o.indicatorLabel(), reference ? java.util.Set.of() : java.util.Set.of(o.indicatorLabel()),
                    List.of(), reference));
        }
        List<LinkedEntity> all = new ArrayList<>(entities);
        all.addAll(extra.values());
        return all;
    }
}
