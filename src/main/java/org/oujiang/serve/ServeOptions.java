package org.oujiang.serve;

import java.time.Duration;

/**
 * How to serve the store: the address to bind ({@code 127.0.0.1} unless asked otherwise), the port (0 picks a
 * free one), whether SPARQL Update and Graph Store Protocol writes are allowed, and the query time limit.
 */
public record ServeOptions(String host, int port, boolean allowUpdate, Duration timeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServeOptions {
        if (host == null || host.isBlank()) {
            host = DEFAULT_HOST;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range: choose 1-65535 (0: any free port)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query time limit must be positive, e.g. 30s, 2m, 500ms");
        }
    }

    /** Loopback, port 3030, read-only, 30 s per query. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_TIMEOUT);
    }

    /**
     * Parses a time limit: {@code 30s}, {@code 500ms}, {@code 2m}, or a bare number of seconds; fails naming
     * the value and the accepted forms.
     */
    public static Duration parseTimeout(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()) * 60);
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad time limit '" + text + "': write e.g. 30s, 500ms, 2m or 30");
        }
    }
}
