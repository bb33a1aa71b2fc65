package org.oujiang.query;

/** A query could not be found, parsed, bound or run; the message names the query or file and the cause. */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
