package org.oujiang.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dataset as compact JSON-LD 1.1 with Oujiang's own context ({@code ontology/context.jsonld}), so
 * apps that know no RDF read {@code "label": "温州市"}, {@code "partOf": "https://…"} and
 * {@code "value": "12673.8"} rather than full IRIs and value objects. Named graphs stay as {@code @graph}
 * blocks. Uses Titanium (the JSON-LD engine Jena ships): RDF to expanded JSON-LD, then compaction; the
 * context is embedded in the output, so nothing is fetched when the document is read back.
 */
public final class JsonLdCompactor {
    private final JsonDocument context;

    /** Reads the context document (a JSON object with an {@code @context} member). */
    public JsonLdCompactor(Path contextFile) {
        try (InputStream in = Files.newInputStream(contextFile)) {
            this.context = JsonDocument.of(in);
        } catch (IOException | JsonLdError | RuntimeException e) {
            throw new IllegalArgumentException("cannot read JSON-LD context " + contextFile + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code dsg} as indented, compacted JSON-LD to {@code out} (UTF-8). */
    public void write(DatasetGraph dsg, OutputStream out) {
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(expanded(dsg)), context).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
        Map<String, ?> pretty = Map.of(JsonGenerator.PRETTY_PRINTING, true);
        // the JSON writer closes its stream; the caller owns out and still writes the final newline to it
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (JsonWriter w = Json.createWriterFactory(pretty).createWriter(keepOpen)) {
            w.writeObject(contextFirst(compacted));
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same object with {@code @context} as its first member, where readers look for it. */
    private static JsonObject contextFirst(JsonObject o) {
        var b = Json.createObjectBuilder();
        if (o.containsKey("@context")) {
            b.add("@context", o.get("@context"));
        }
        o.forEach((k, v) -> {
            if (!k.equals("@context")) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    private static jakarta.json.JsonArray expanded(DatasetGraph dsg) throws JsonLdError {
        QuadsToJsonld consumer = JsonLd.fromRdf();
        consumer.mode(JsonLdVersion.V1_1);
        dsg.find().forEachRemaining(q -> add(consumer, q));
        return consumer.toJsonLd();
    }

    private static void add(QuadsToJsonld consumer, Quad q) {
        String g = q.isDefaultGraph() ? null : term(q.getGraph());
        Node o = q.getObject();
        try {
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                consumer.quad(term(q.getSubject()), term(q.getPredicate()), o.getLiteralLexicalForm(),
                        o.getLiteralDatatypeURI(), lang, null, g);
            } else {
                consumer.quad(term(q.getSubject()), term(q.getPredicate()), term(o), null, null, null, g);
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("cannot convert " + q + " to JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String term(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        if (n.isURI()) {
            return n.getURI();
        }
        throw new IllegalArgumentException("JSON-LD cannot hold " + n + " (RDF 1.2 triple terms are not supported)");
    }
}
