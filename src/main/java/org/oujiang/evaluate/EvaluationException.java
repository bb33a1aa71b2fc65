package org.oujiang.evaluate;

/** Evaluation cannot start or go on: a missing directory or a gold file that does not parse. */
public final class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
