package org.oujiang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.oujiang.rdf.OJ;
import org.oujiang.store.StoreReader;

/**
 * The neighbourhood graph of an entity: every entity one or two relations away (in either direction), up to
 * {@value #MAX_NODES} nodes, nearer ones first, and the relations among them. The page embeds it whole, so a
 * click on a node re-centres the drawing without asking the server.
 */
final class NeighbourhoodBuilder {
    static final int MAX_NODES = 300;
    static final int DEPTH = 2;
    private static final String EDGES = Entities.P + """
            SELECT DISTINCT ?s ?p ?o {
              VALUES ?p { %s }
              { ?e ?p ?o BIND (?e AS ?s) } UNION { ?s ?p ?e BIND (?e AS ?o) }
              FILTER (isIRI(?s) && isIRI(?o))
            } ORDER BY ?p ?s ?o""".formatted(String.join(" ", Entities.RELATIONS.stream().map(r -> "oj:" + r).toList()));

    private final StoreReader reader;
    private final Entities entities;

    NeighbourhoodBuilder(StoreReader reader, Entities entities) {
        this.reader = reader;
        this.entities = entities;
    }

    /** Breadth-first from {@code iri} to depth {@value #DEPTH}. */
    ReportData.Neighbourhood build(String iri) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        depth.put(iri, 0);
        Set<List<String>> edges = new LinkedHashSet<>();
        List<String> frontier = List.of(iri);
        for (int d = 1; d <= DEPTH && !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String node : frontier) {
                for (List<String> e : edgesOf(node)) {
                    String other = e.get(0).equals(node) ? e.get(2) : e.get(0);
                    if (!depth.containsKey(other) && depth.size() < MAX_NODES) {
                        depth.put(other, d);
                        next.add(other);
                    }
                    edges.add(e);
                }
            }
            frontier = next;
        }
        List<ReportData.Node> nodes = new ArrayList<>();
        depth.forEach((n, d) -> nodes.add(new ReportData.Node(entities.of(n), d)));
        List<ReportData.Edge> kept = edges.stream()
                .filter(e -> depth.containsKey(e.get(0)) && depth.containsKey(e.get(2)))
                .map(e -> new ReportData.Edge(e.get(0), e.get(2), entities.name(e.get(1)))).toList();
        return new ReportData.Neighbourhood(nodes, kept);
    }

    private List<List<String>> edgesOf(String node) {
        List<List<String>> out = new ArrayList<>();
        reader.select(EDGES, Map.of("e", NodeFactory.createURI(node)), s -> {
            String s0 = s.getResource("s").getURI();
            String o = s.getResource("o").getURI();
            if (!s0.equals(o) && !o.startsWith(OJ.NS)) {
                out.add(List.of(s0, s.getResource("p").getURI(), o));
            }
        });
        return out;
    }
}
