package org.oujiang.validate;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.oujiang.rdf.OJ;
import org.oujiang.store.Store;

/**
 * Validates the store against {@code ontology/shapes.ttl}: the union of all graphs, or one article's graph
 * together with the reference graphs and the entity registry (where its entities' labels live). The data is
 * copied out with one SPARQL CONSTRUCT (so remote stores work too), then checked outside any transaction.
 */
public final class StoreValidator {
    private static final String UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
    private static final String ARTICLE = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(?g = ?article || STRSTARTS(STR(?g), \"" + OJ.GRAPH + "\")) }";

    private final Store store;
    private final ShapeValidator validator;

    public StoreValidator(Store store, Path shapesFile) {
        this.store = store;
        this.validator = new ShapeValidator(shapesFile);
    }

    /** Validates the whole store ({@code articleIri} null) or one article in its context. */
    public ValidationResult validate(String articleIri) {
        String sparql = UNION;
        if (articleIri != null) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(ARTICLE);
            pss.setParam("article", NodeFactory.createURI(articleIri));
            sparql = pss.toString();
        }
        return validator.validate(construct(sparql));
    }

    private Graph construct(String sparql) {
        return store.query(reader -> {
            Graph copy = GraphFactory.createDefaultGraph();
            try (QueryExecution qe = reader.execution(QueryFactory.create(sparql)).build()) {
                qe.execConstructTriples().forEachRemaining(copy::add);
            }
            return copy;
        });
    }
}
