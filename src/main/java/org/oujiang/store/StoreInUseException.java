package org.oujiang.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Another process holds the TDB2 lock of the store directory (TDB2 allows one process per directory).
 * When that process is serving the store, it leaves the endpoint URL in {@value #ENDPOINT_FILE} inside the
 * store directory and the message names it, so the user knows where to query instead.
 */
public final class StoreInUseException extends StoreException {
    /** File in the store directory holding the SPARQL endpoint URL while the store is being served. */
    public static final String ENDPOINT_FILE = "serve.url";

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The one-line message for store {@code dir} locked by process {@code pid}, with the endpoint if known. */
    static StoreInUseException of(Path dir, String pid, Throwable cause) {
        String msg = "store " + dir + " is in use by another Oujiang process (pid " + pid + ")";
        String url = endpoint(dir);
        return new StoreInUseException(url == null ? msg : msg + "; query it at " + url + " instead", cause);
    }

    private static String endpoint(Path dir) {
        Path file = dir.resolve(ENDPOINT_FILE);
        try {
            String url = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            return url.isEmpty() ? null : url.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
