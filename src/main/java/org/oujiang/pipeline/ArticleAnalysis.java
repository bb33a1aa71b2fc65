package org.oujiang.pipeline;

import java.util.List;
import org.oujiang.article.CleanDocument;
import org.oujiang.extract.Observation;
import org.oujiang.extract.Relation;
import org.oujiang.linking.LinkedEntity;

/** Everything the pipeline learned from one article, before it becomes RDF. */
public record ArticleAnalysis(CleanDocument doc, List<LinkedEntity> entities, List<Relation> relations,
                              List<Observation> observations) {
    public ArticleAnalysis {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        observations = List.copyOf(observations);
    }
}
