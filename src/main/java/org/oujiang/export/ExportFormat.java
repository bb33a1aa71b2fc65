package org.oujiang.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes {@link Exporter} writes; {@code datasetFormat} ones keep the graph names. */
public enum ExportFormat {
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQ(RDFFormat.NQUADS, true),
    TTL(RDFFormat.TURTLE_BLOCKS, false),
    NT(RDFFormat.NTRIPLES, false),
    JSONLD(RDFFormat.JSONLD11, true),
    RDFXML(RDFFormat.RDFXML_PLAIN, false);

    final RDFFormat rdfFormat;
    final boolean datasetFormat;

    ExportFormat(RDFFormat rdfFormat, boolean datasetFormat) {
        this.rdfFormat = rdfFormat;
        this.datasetFormat = datasetFormat;
    }

    /** Parses a user's choice, failing with the list of valid ones. */
    public static ExportFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': choose one of " + choices());
        }
    }

    /** "trig, nq, ttl, nt, jsonld, rdfxml". */
    public static String choices() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
