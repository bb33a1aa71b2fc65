package org.oujiang.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.oujiang.store.GraphStore;

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
    private static final String STORIES = P + "SELECT DISTINCT ?title ?date { ?a a oj:Article ; oj:mentions ?e ; "
            + "dcterms:title ?title OPTIONAL { ?a dcterms:date ?date } } ORDER BY DESC(?date) ?title";

    private final GraphStore store;

    public EntityDescriber(GraphStore store) {
        this.store = store;
    }

    /** Descriptions of every entity called {@code name}; empty when none is. */
    public List<EntityDescription> describe(String name) {
        return store.read(ds -> {
            List<String> iris = new ArrayList<>();
            select(ds, FIND, "name", NodeFactory.createLiteralString(name.strip()),
                    s -> iris.add(s.getResource("e").getURI()));
            List<EntityDescription> out = new ArrayList<>();
            for (String iri : iris) {
                out.add(describeIri(ds, iri));
            }
            return out;
        });
    }

    private EntityDescription describeIri(Dataset ds, String iri) {
        var e = NodeFactory.createURI(iri);
        var r = ds.getUnionModel().createResource(iri);
        PrefixMapping pm = Prefixes.standard();
        Set<String> types = new TreeSet<>();
        Set<String> alts = new TreeSet<>();
        String[] label = {""};
        r.listProperties().forEachRemaining(st -> {
            String p = st.getPredicate().getURI();
            if (p.endsWith("#type") && st.getObject().isURIResource()) {
                types.add(pm.shortForm(st.getObject().asResource().getURI()));
            } else if (p.endsWith("#altLabel")) {
                alts.add(st.getObject().asLiteral().getLexicalForm());
            } else if (p.endsWith("#label")) {
                label[0] = st.getObject().asLiteral().getLexicalForm();
            }
        });
        alts.remove(label[0]);
        types.removeIf(t -> !t.startsWith("oj:"));
        List<EntityDescription.Fact> facts = new ArrayList<>();
        select(ds, FACTS, "e", e, s -> facts.add(new EntityDescription.Fact(
                name(ds, s.get("s"), pm) + " " + pm.shortForm(s.getResource("p").getURI()) + " "
                        + name(ds, s.get("o"), pm), source(s), text(s, "ev"))));
        List<EntityDescription.Fact> figures = new ArrayList<>();
        select(ds, FIGURES, "e", e, s -> figures.add(new EntityDescription.Fact(
                name(ds, s.get("i"), pm) + " " + text(s, "period") + " " + text(s, "value") + " " + text(s, "unit")
                        + ("true".equals(text(s, "conflict")) ? "  ⚠ another story gives a different value" : ""),
                source(s), text(s, "ev"))));
        List<String> stories = new ArrayList<>();
        select(ds, STORIES, "e", e, s -> stories.add(text(s, "date").isEmpty() ? text(s, "title")
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

    private static String name(Dataset ds, RDFNode n, PrefixMapping pm) {
        if (n.isLiteral()) {
            return "\"" + n.asLiteral().getLexicalForm() + "\"";
        }
        var label = n.asResource().inModel(ds.getUnionModel())
                .getProperty(org.apache.jena.vocabulary.RDFS.label);
        return label != null ? label.getString() : ResultTable.cell(n, pm);
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static void select(Dataset ds, String q, String var, org.apache.jena.graph.Node value,
                               java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q)
                .substitution(var, ds.getDefaultModel().asRDFNode(value)).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
