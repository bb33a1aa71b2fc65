package org.oujiang.validate;

/** Validation could not run: the shapes file is missing or unreadable; the message names the file. */
public final class ValidationException extends RuntimeException {
    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
