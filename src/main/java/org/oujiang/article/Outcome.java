package org.oujiang.article;

/** One result of parsing: an article, or the origin and reason of a failure. */
record Outcome(Article article, String origin, String reason) {

    static Outcome ok(Article a) {
        return new Outcome(a, a.origin(), null);
    }

    static Outcome failed(String origin, String reason) {
        return new Outcome(null, origin, reason);
    }
}
