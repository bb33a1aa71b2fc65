package org.oujiang.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The mapper's lean graph answers every kind of find as Jena's in-memory graph does. */
class ArticleGraphTest {
    private static final Node A = NodeFactory.createURI("https://example.org/a");
    private static final Node B = NodeFactory.createURI("https://example.org/b");
    private static final Node P = NodeFactory.createURI("https://example.org/p");
    private static final Node Q = NodeFactory.createURI("https://example.org/q");
    private static final Node ONE = NodeFactory.createLiteralString("1");

    @Test
    void findsAsJenasInMemoryGraph() {
        Graph lean = new ArticleGraph();
        Graph jena = GraphMemFactory.createDefaultGraph();
        List<Triple> triples = List.of(Triple.create(A, P, B), Triple.create(A, Q, ONE), Triple.create(B, P, A),
                Triple.create(B, Q, ONE), Triple.create(A, P, B)); // the last one twice
        triples.forEach(t -> {
            lean.add(t);
            jena.add(t);
        });
        assertThat(lean.size()).isEqualTo(4);
        for (Node s : List.of(Node.ANY, A, B)) {
            for (Node p : List.of(Node.ANY, P, Q)) {
                for (Node o : List.of(Node.ANY, A, B, ONE)) {
                    assertThat(lean.find(s, p, o).toSet()).as(s + " " + p + " " + o)
                            .isEqualTo(jena.find(s, p, o).toSet());
                    assertThat(lean.contains(s, p, o)).isEqualTo(jena.contains(s, p, o));
                }
            }
        }
        assertThat(lean.isIsomorphicWith(jena)).isTrue();
    }

    @Test
    void deletesAndRemovesWhileReading() {
        Graph lean = new ArticleGraph();
        lean.add(Triple.create(A, P, B));
        lean.add(Triple.create(A, Q, ONE));
        lean.delete(Triple.create(A, P, B));
        assertThat(lean.find(Node.ANY, P, Node.ANY).toList()).isEmpty();
        assertThat(lean.size()).isEqualTo(1);
        Model m = ModelFactory.createModelForGraph(lean);
        m.removeAll(); // reads and deletes at once
        assertThat(lean.isEmpty()).isTrue();
    }
}
