package org.oujiang.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How query results are printed: an aligned table, or a W3C SPARQL 1.1 results format. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /** Parses a user's choice, failing with the list of valid ones. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format '" + name + "': choose one of " + choices());
        }
    }

    /** "table, csv, tsv, json". */
    public static String choices() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
