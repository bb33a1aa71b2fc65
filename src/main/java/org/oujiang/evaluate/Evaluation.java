package org.oujiang.evaluate;

import java.util.List;

/**
 * The result of evaluating a gold set: one {@link Result} per gold file (in gold-file order) and the
 * micro totals. A failed article adds its core gold items to the totals and nothing else.
 */
public record Evaluation(List<Result> articles) {

    /**
     * One gold file's outcome.
     *
     * @param name    the gold file name, e.g. {@code wenzhou-remodel.json}
     * @param gold    its annotation
     * @param score   the score, or null when the article failed
     * @param failure why it failed, or null
     */
    public record Result(String name, GoldSet.Article gold, ArticleScore score, String failure) {
        /** Counts of {@code kind}: the score's, or for a failed article nothing found of its core items. */
        public Counts counts(Kind kind) {
            if (score != null) {
                return score.of(kind);
            }
            long core = switch (kind) {
                case ENTITIES -> gold.entities().stream().filter(e -> !e.optional()).count();
                case RELATIONS -> gold.relations().stream().filter(r -> !r.optional()).count();
                case OBSERVATIONS -> gold.observations().stream().filter(o -> !o.optional()).count();
            };
            return Counts.of(0, 0, (int) core);
        }
    }

    public Evaluation {
        articles = List.copyOf(articles);
    }

    /** Summed counts of {@code kind} over all articles. */
    public Counts total(Kind kind) {
        return articles.stream().map(a -> a.counts(kind)).reduce(Counts.of(0, 0, 0), Counts::plus);
    }

    /** Micro-averaged precision, recall and F1 of {@code kind}. */
    public Figures micro(Kind kind) {
        return total(kind).figures();
    }

    /** Leaked labels over all scored articles. */
    public int leaks() {
        return articles.stream().filter(a -> a.score() != null).mapToInt(a -> a.score().leaks().size()).sum();
    }

    /** Articles that could not be read, analysed or stored. */
    public int failed() {
        return (int) articles.stream().filter(a -> a.failure() != null).count();
    }
}
