package org.oujiang.article;

/** An input that cannot be read as an article; the message is the short reason given to the sink. */
final class ArticleFormatException extends RuntimeException {

    ArticleFormatException(String reason) {
        super(reason, null, false, false);
    }
}
