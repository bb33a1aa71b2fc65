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
        CleanDocument doc = cleaner.clean(article);
        List<Token> tokens = finder.segment(doc);
        List<Mention> mentions = finder.find(doc, tokens);
        List<LinkedEntity> entities = linker.link(doc, mentions);
        List<Relation> rels = relations.extract(doc, entities);
        List<Observation> obs = indicators.extract(doc, entities);
        return new ArticleAnalysis(doc, withIndicators(entities, obs), rels, obs);
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
