package org.oujiang.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Read access to a {@link Store} through SPARQL, the same for the embedded and the remote store.
 * The default graph of every query is the union of all named graphs.
 */
@FunctionalInterface
public interface StoreReader {
    /** A query execution builder for {@code query}; add a timeout, build, and close it. */
    QueryExecutionBuilder execution(Query query);

    /**
     * A builder for {@code query} with {@code bindings} (variable name → value) substituted into the query
     * syntax, never spliced as text. Done here rather than with the builder's own {@code substitution}, which
     * the remote builder of Jena 5.6 does not apply.
     */
    default QueryExecutionBuilder execution(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) {
            return execution(query);
        }
        Map<Var, Node> vars = new HashMap<>();
        bindings.forEach((k, v) -> vars.put(Var.alloc(k), v));
        return execution(QueryTransformOps.transform(query, vars));
    }

    /** Runs SELECT {@code sparql} with {@code bindings} (variable name → value, substituted, never spliced). */
    default void select(String sparql, Map<String, Node> bindings, Consumer<QuerySolution> each) {
        try (QueryExecution qe = execution(QueryFactory.create(sparql), bindings).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    /** Runs SELECT {@code sparql} without bindings. */
    default void select(String sparql, Consumer<QuerySolution> each) {
        select(sparql, Map.of(), each);
    }

    /** The long value of variable {@code ?n} in the first row of {@code sparql} (0 when no row). */
    default long count(String sparql) {
        long[] n = {0};
        select(sparql, s -> n[0] = s.getLiteral("n").getLong());
        return n[0];
    }

    /** Runs ASK {@code sparql}. */
    default boolean ask(String sparql) {
        try (QueryExecution qe = execution(QueryFactory.create(sparql)).build()) {
            return qe.execAsk();
        }
    }
}
