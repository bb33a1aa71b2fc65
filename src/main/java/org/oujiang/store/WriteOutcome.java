package org.oujiang.store;

import java.util.List;

/**
 * What {@link Store#writeArticles} did with one article: all of it or nothing.
 *
 * @param graphIri the article's graph
 * @param result   added, updated or unchanged; null when the write failed
 * @param replaced graphs of earlier versions of the story dropped in the same transaction
 * @param error    why the write failed and changed nothing, or null
 */
public record WriteOutcome(String graphIri, Store.ReplaceResult result, List<String> replaced,
                           RuntimeException error) {
    public WriteOutcome {
        replaced = List.copyOf(replaced);
    }

    static WriteOutcome done(String graphIri, Store.ReplaceResult result, List<String> replaced) {
        return new WriteOutcome(graphIri, result, replaced, null);
    }

    static WriteOutcome failed(String graphIri, RuntimeException error) {
        return new WriteOutcome(graphIri, null, List.of(), error);
    }

    /** Whether the write failed, leaving the store as it was for this article. */
    public boolean failed() {
        return error != null;
    }
}
