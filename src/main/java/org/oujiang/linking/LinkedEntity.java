package org.oujiang.linking;

import java.util.List;
import java.util.Set;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Mention;

/**
 * One real-world entity an article names, with every mention of it in that article.
 *
 * @param iri       canonical IRI, the same in every article (see {@code rdf.Iris})
 * @param type      entity type
 * @param label     the canonical full name (温州市, 康奈集团有限公司), Simplified
 * @param names     every surface form the article uses, Simplified (includes the label when used)
 * @param mentions  the mentions, in text order
 * @param reference true when the entity comes from a reference scheme in {@code ontology/}
 *                  (gazetteer region, scheme industry/policy/indicator): its label and type live there
 */
public record LinkedEntity(String iri, EntityType type, String label, Set<String> names, List<Mention> mentions,
                           boolean reference) {
    public LinkedEntity {
        names = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(names));
        mentions = List.copyOf(mentions);
    }
}
