package org.oujiang.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.oujiang.query.Prefixes;
import org.oujiang.store.GraphStore;

/**
 * Writes the store, or one article's graph, as RDF. TriG, N-Quads and JSON-LD keep graph names; Turtle,
 * N-Triples and RDF/XML write the union of all graphs (or the one graph). Needs the store; the data is copied
 * out inside one read transaction, then written, so a slow reader of the output holds no transaction.
 */
public final class Exporter {
    private final GraphStore store;

    public Exporter(GraphStore store) {
        this.store = store;
    }

    /**
     * Writes {@code graphIri} (or the whole store when null) in {@code format} to {@code out}.
     */
    public void export(ExportFormat format, String graphIri, OutputStream out) {
        if (format.datasetFormat) {
            DatasetGraph copy = store.read(ds -> copyDataset(ds.asDatasetGraph(), graphIri));
            copy.prefixes().putAll(Prefixes.standard().getNsPrefixMap());
            RDFWriter.source(copy).format(format.rdfFormat).output(out);
        } else {
            Graph copy = store.read(ds -> copyGraph(ds.asDatasetGraph(), graphIri));
            copy.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            RDFWriter.source(copy).format(format.rdfFormat).output(out);
        }
    }

    private static DatasetGraph copyDataset(DatasetGraph dsg, String graphIri) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Node g = graphIri == null ? Node.ANY : NodeFactory.createURI(graphIri);
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        return copy;
    }

    private static Graph copyGraph(DatasetGraph dsg, String graphIri) {
        Graph src = graphIri == null ? dsg.getUnionGraph() : dsg.getGraph(NodeFactory.createURI(graphIri));
        Graph copy = GraphFactory.createDefaultGraph();
        src.find().forEachRemaining(copy::add);
        return copy;
    }
}
