package org.oujiang.serve;

/** The endpoint could not be started or its endpoint file written; the message names the address or file. */
public final class ServeException extends RuntimeException {
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
