package org.oujiang.article;

/**
 * Receives what {@link ArticleReader} reads: each article, or one short reason per input that could
 * not be read. Called in input order on the reading thread.
 */
public interface ArticleSink {

    /** One article read successfully. */
    void accept(Article a);

    /**
     * One input (a file, {@code file.jsonl:LINE}, {@code file.json#ITEM} or {@code -}) could not be read.
     *
     * @param origin where the problem is
     * @param reason a short human reason, such as "empty file" or "invalid JSON at line 3: …"
     */
    void fail(String origin, String reason);
}
