package org.oujiang.export;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.oujiang.query.Prefixes;
import org.oujiang.store.Store;

/**
 * Writes the store, or one article's graph, as RDF. TriG, N-Quads and JSON-LD keep graph names; Turtle,
 * N-Triples and RDF/XML write the union of all graphs (or the one graph). Needs a {@link Store}, embedded or
 * remote: the data is copied out with SPARQL (embedded: in one read transaction), then written, so a slow
 * reader of the output holds no transaction.
 */
public final class Exporter {
    private static final String QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final Store store;
    private final java.nio.file.Path jsonLdContext;

    public Exporter(Store store) {
        this(store, null);
    }

    /** With {@code jsonLdContext} (ontology/context.jsonld), JSON-LD is written compact with that context. */
    public Exporter(Store store, java.nio.file.Path jsonLdContext) {
        this.store = store;
        this.jsonLdContext = jsonLdContext;
    }

    /**
     * Writes {@code graphIri} (or the whole store when null) in {@code format} to {@code out}.
     */
    public void export(ExportFormat format, String graphIri, OutputStream out) {
        Map<String, Node> only = graphIri == null ? Map.of() : Map.of("g", NodeFactory.createURI(graphIri));
        if (format.datasetFormat) {
            DatasetGraph copy = DatasetGraphFactory.create();
            store.query(r -> {
                r.select(QUADS, only, s -> copy.add(s.contains("g") ? s.get("g").asNode() : only.get("g"),
                        s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
                return null;
            });
            if (format == ExportFormat.JSONLD && jsonLdContext != null && java.nio.file.Files.isRegularFile(jsonLdContext)) {
                new JsonLdCompactor(jsonLdContext).write(copy, out);
                return;
            }
            copy.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
            RDFWriter.source(copy).format(format.rdfFormat).output(out);
        } else {
            Graph copy = GraphFactory.createDefaultGraph();
            store.query(r -> {
                try (QueryExecution qe = r.execution(QueryFactory.create(TRIPLES), only).build()) {
                    qe.execConstructTriples().forEachRemaining(copy::add);
                }
                return null;
            });
            copy.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            RDFWriter.source(copy).format(format.rdfFormat).output(out);
        }
    }
}
