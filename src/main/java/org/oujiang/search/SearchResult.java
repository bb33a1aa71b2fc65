package org.oujiang.search;

import java.util.List;

/**
 * One article found by {@code search}, best first.
 *
 * @param iri      the article IRI
 * @param title    its title
 * @param date     its date, or ""
 * @param score    Lucene's relevance score
 * @param snippet  a window of its text around the first hit, hits marked 【like this】
 * @param entities entities it mentions whose names match the words: "label (Kind)"
 * @param partial  true when only its evidence sentences are indexed (re-ingest it for the full text)
 */
public record SearchResult(String iri, String title, String date, float score, String snippet,
                           List<String> entities, boolean partial) {
    public SearchResult {
        entities = List.copyOf(entities);
    }
}
