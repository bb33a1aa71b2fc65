package org.oujiang.store;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * A user's SPARQL Update on the embedded store ({@link Store#update}): parsed once, applied inside the
 * caller's write transaction (which then updates the registry and indexes). Throwing aborts that
 * transaction, so an update is applied wholly or not at all.
 */
final class SparqlUpdates {
    private SparqlUpdates() {
    }

    /** Parses {@code sparql} as SPARQL Update, failing with one line. */
    static UpdateRequest parse(String sparql) {
        try {
            return UpdateFactory.create(sparql);
        } catch (QueryParseException e) {
            String m = String.valueOf(e.getMessage()).strip();
            throw new StoreException("SPARQL update: " + m.lines().findFirst().orElse(m), e);
        }
    }

    /**
     * Runs {@code req} on {@code dsg}; refuses (by throwing) an update that leaves new triples in the stored
     * default graph, which no query sees since the default graph of queries is the union of the named graphs.
     * Must run inside a write transaction; the caller brings the derived indexes up to date afterwards.
     */
    static void apply(DatasetGraph dsg, UpdateRequest req) {
        long before = dsg.getDefaultGraph().size();
        try {
            UpdateAction.execute(req, dsg);
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            throw new StoreException("update failed, nothing was changed: " + m.lines().findFirst().orElse(m), e);
        }
        long after = dsg.getDefaultGraph().size();
        if (after > before) {
            throw new StoreException("the update wrote " + (after - before) + " triple(s) to the default graph, "
                    + "which queries do not see (their default graph is the union of the named graphs); "
                    + "write into GRAPH <…> { } instead. Nothing was changed");
        }
    }
}
