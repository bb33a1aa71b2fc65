package org.oujiang;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** Test doubles for graphs. */
public final class TestGraphs {
    private TestGraphs() {
    }

    /**
     * {@code base}, except that listing all its triples yields the first {@code triples} of them and then throws
     * {@code IllegalStateException(message)}: a write that fails midway.
     */
    public static Graph failingAfter(Graph base, int triples, String message) {
        return new GraphWrapper(base) {
            @Override
            public ExtendedIterator<Triple> find() {
                Iterator<Triple> it = base.find().toList().stream().limit(triples).iterator();
                return WrappedIterator.create(new Iterator<Triple>() {
                    public boolean hasNext() {
                        return true;
                    }

                    public Triple next() {
                        if (it.hasNext()) {
                            return it.next();
                        }
                        throw new IllegalStateException(message);
                    }
                });
            }
        };
    }
}
