package org.oujiang.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.oujiang.store.Store;
import org.oujiang.store.StoreReader;

/**
 * Finds the entities whose {@code rdfs:label} or {@code skos:altLabel} is a given name and gathers what the
 * store says about them across stories: relations with their story and evidence sentence (from
 * {@code rdf:Statement} nodes with {@code oj:evidence}), figures, and the stories that mention them.
 */
public final class EntityDescriber {
    private static final int MAX_FACTS = 200;
    private static final String P = """
            PREFIX oj: <https://w3id.org/oujiang/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    private static final String FIND = P + "SELECT DISTINCT ?e { ?e rdfs:label|skos:altLabel ?n "
            + "FILTER(str(?n) = ?name) } ORDER BY ?e LIMIT 20";
    private static final String FACTS = P + """
            SELECT DISTINCT ?g ?title ?s ?p ?o ?ev {
              VALUES ?p { %s oj:adminCode }
              { GRAPH ?g { ?e ?p ?o } BIND(?e AS ?s) } UNION { GRAPH ?g { ?s ?p ?e } BIND(?e AS ?o) }
              OPTIONAL { ?g dcterms:title ?title }
              OPTIONAL { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; oj:evidence ?sn }
                         ?sn oj:text ?ev }
            } ORDER BY ?p ?s ?o ?title LIMIT %d""".formatted(StoreStats.RELATIONS, MAX_FACTS);
    private static final String FIGURES = P + """
            SELECT ?g ?title ?i ?period ?value ?unit ?ev ?conflict {
              GRAPH ?g { ?obs oj:subject ?e ; oj:indicator ?i ; oj:value ?value .
                OPTIONAL { ?obs oj:period ?period } OPTIONAL { ?obs oj:unit ?unit }
                OPTIONAL { ?obs oj:normalizedValue ?nv ; oj:normalizedUnit ?nu }
                OPTIONAL { ?obs oj:evidence ?sn . ?sn oj:text ?ev } }
              OPTIONAL { ?g dcterms:title ?title }
              # another story gives this subject, indicator and period a different value in the same unit
              BIND (EXISTS { GRAPH ?g2 { ?o2 oj:subject ?e ; oj:indicator ?i ; oj:period ?period ;
                                         oj:normalizedUnit ?nu ; oj:normalizedValue ?nv2 }
                             FILTER (?g2 != ?g && ?nv2 != ?nv) } AS ?conflict)
            } ORDER BY ?i ?period LIMIT %d""".formatted(MAX_FACTS);
    private static final String PROPERTIES = "SELECT DISTINCT ?p ?o { ?e ?p ?o }";
    private static final String LABEL = P + "SELECT ?l { ?e rdfs:label ?l } LIMIT 1";
    private static final String STORIES = P + "SELECT DISTINCT ?title ?date { ?a a oj:Article ; oj:mentions ?e ; "
            + "dcterms:title ?title OPTIONAL { ?a dcterms:date ?date } } ORDER BY DESC(?date) ?title";

    private final Store store;

    public EntityDescriber(Store store) {
        this.store = store;
    }

    /** Descriptions of every entity called {@code name}; empty when none is. */
    public List<EntityDescription> describe(String name) {
        return store.query(r -> {
            List<String> iris = new ArrayList<>();
            r.select(FIND, Map.of("name", NodeFactory.createLiteralString(name.strip())),
                    s -> iris.add(s.getResource("e").getURI()));
            List<EntityDescription> out = new ArrayList<>();
            Map<Node, String> labels = new HashMap<>();
            for (String iri : iris) {
                out.add(describeIri(r, iri, labels));
            }
            return out;
        });
    }

    private EntityDescription describeIri(StoreReader r, String iri, Map<Node, String> labels) {
        Node e = NodeFactory.createURI(iri);
        Map<String, Node> bind = Map.of("e", e);
        PrefixMapping pm = Prefixes.standard();
        Set<String> types = new TreeSet<>();
        Set<String> alts = new TreeSet<>();
        String[] label = {""};
        r.select(PROPERTIES, bind, st -> {
            String p = st.getResource("p").getURI();
            RDFNode o = st.get("o");
            if (p.endsWith("#type") && o.isURIResource()) {
                types.add(pm.shortForm(o.asResource().getURI()));
            } else if (p.endsWith("#altLabel")) {
                alts.add(o.asLiteral().getLexicalForm());
            } else if (p.endsWith("#label")) {
                label[0] = o.asLiteral().getLexicalForm();
            }
        });
        alts.remove(label[0]);
        types.removeIf(t -> !t.startsWith("oj:"));
        List<EntityDescription.Fact> facts = new ArrayList<>();
        r.select(FACTS, bind, s -> facts.add(new EntityDescription.Fact(
                name(r, s.get("s"), pm, labels) + " " + pm.shortForm(s.getResource("p").getURI()) + " "
                        + name(r, s.get("o"), pm, labels), source(s), text(s, "ev"))));
        List<EntityDescription.Fact> figures = new ArrayList<>();
        r.select(FIGURES, bind, s -> figures.add(new EntityDescription.Fact(
                name(r, s.get("i"), pm, labels) + " " + text(s, "period") + " " + text(s, "value") + " "
                        + text(s, "unit")
                        + ("true".equals(text(s, "conflict")) ? "  ⚠ another story gives a different value" : ""),
                source(s), text(s, "ev"))));
        List<String> stories = new ArrayList<>();
        r.select(STORIES, bind, s -> stories.add(text(s, "date").isEmpty() ? text(s, "title")
                : text(s, "date") + "  " + text(s, "title")));
        return new EntityDescription(iri, label[0], List.copyOf(types), List.copyOf(alts), facts, figures, stories);
    }

    private static String source(QuerySolution s) {
        String title = text(s, "title");
        if (!title.isEmpty()) {
            return "《" + title + "》";
        }
        String g = s.getResource("g").getURI();
        return g.startsWith(org.oujiang.rdf.OJ.GRAPH) ? "reference " + g.substring(org.oujiang.rdf.OJ.GRAPH.length())
                : g;
    }

    /** A node's rdfs:label (looked up once per node), else its short form. */
    private static String name(StoreReader r, RDFNode n, PrefixMapping pm, Map<Node, String> labels) {
        if (n.isLiteral()) {
            return "\"" + n.asLiteral().getLexicalForm() + "\"";
        }
        return labels.computeIfAbsent(n.asNode(), k -> {
            String[] found = {null};
            r.select(LABEL, Map.of("e", k), s -> found[0] = s.getLiteral("l").getLexicalForm());
            return found[0] != null ? found[0] : ResultTable.cell(n, pm);
        });
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
