package org.oujiang.store;

import org.apache.jena.rdf.model.Model;

/**
 * One article to write: its graph and what says which stored story it continues. A stored article is an
 * earlier version of the same story, and is replaced in the same transaction, when it has the same
 * {@code schema:url}, or when it was read from the same {@code oj:sourceFile} and the two do not carry
 * different URLs (see {@link StoryVersions}).
 *
 * @param graphIri   the article's IRI, also the name of its graph
 * @param model      the article's graph
 * @param url        the article's {@code schema:url} as an IRI, or null
 * @param sourceFile the absolute path of the file that is the whole story, or null (JSON Lines line, stdin)
 */
public record ArticleWrite(String graphIri, Model model, String url, String sourceFile) {
    /** A write that replaces only the graph of the same name. */
    public static ArticleWrite of(String graphIri, Model model) {
        return new ArticleWrite(graphIri, model, null, null);
    }
}
