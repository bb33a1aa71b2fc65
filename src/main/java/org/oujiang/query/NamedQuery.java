package org.oujiang.query;

import java.util.List;

/**
 * One query of the {@code queries/} library.
 *
 * @param name        file name without {@code .rq}
 * @param question    the {@code # question:} header (or the first comment line)
 * @param parameters  the {@code # parameters:} header, or empty
 * @param columns     the {@code # columns:} header, or empty
 * @param comments    every header comment line, without the leading {@code #}
 * @param text        the SPARQL text as written
 */
public record NamedQuery(String name, String question, String parameters, String columns, List<String> comments,
                         String text) {
    public NamedQuery {
        comments = List.copyOf(comments);
    }
}
