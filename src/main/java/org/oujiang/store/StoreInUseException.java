package org.oujiang.store;

/** Another process holds the TDB2 lock of the store directory (TDB2 allows one process per directory). */
public final class StoreInUseException extends StoreException {
    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
