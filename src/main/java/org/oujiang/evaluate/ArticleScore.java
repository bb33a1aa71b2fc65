package org.oujiang.evaluate;

import java.util.List;

/** One article's score: counts per kind and the predicted labels the gold says are not in the article. */
public record ArticleScore(Counts entities, Counts relations, Counts observations, List<String> leaks) {

    /** The counts of {@code kind}. */
    public Counts of(Kind kind) {
        return switch (kind) {
            case ENTITIES -> entities;
            case RELATIONS -> relations;
            case OBSERVATIONS -> observations;
        };
    }
}
