package org.oujiang.store;

/** The store could not be opened, read or written; the message names the store or file and the cause. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
