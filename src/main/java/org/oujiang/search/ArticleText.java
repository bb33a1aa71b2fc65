package org.oujiang.search;

import java.util.List;

/**
 * What the search index holds for one article.
 *
 * @param iri     the article IRI (its graph name), the index key
 * @param title   dcterms:title, or ""
 * @param date    dcterms:date, or ""
 * @param hash    oj:contentHash, to tell whether the index matches the store
 * @param body    the cleaned text; or, when {@code partial}, the stored evidence sentences only
 * @param partial true when rebuilt from the store, which keeps only evidence sentences (re-ingest for all)
 * @param names   every name of every entity the article mentions
 */
public record ArticleText(String iri, String title, String date, String hash, String body, boolean partial,
                          List<Name> names) {
    public ArticleText {
        names = List.copyOf(names);
    }

    /** One name ({@code rdfs:label}, {@code skos:altLabel}, {@code oj:statedName}) of an entity. */
    public record Name(String entity, String name) {
    }
}
