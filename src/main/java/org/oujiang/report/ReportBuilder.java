package org.oujiang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.oujiang.rdf.OJ;
import org.oujiang.store.Store;
import org.oujiang.store.StoreReader;

/**
 * Gathers a {@link ReportData} for one entity from the store: it finds the entity by name (rdfs:label before
 * skos:altLabel, then the most-mentioned) or IRI, and reads its relations with their evidence sentences and
 * stories, its figures ({@link SeriesBuilder}) and its neighbourhood ({@link NeighbourhoodBuilder}), all in
 * one read of the store.
 */
public final class ReportBuilder {
    /** Facts beyond this many are left out (the page stays usable far below it). */
    static final int MAX_FACTS = 2000;
    private static final String RELATION_VALUES = String.join(" ",
            Entities.RELATIONS.stream().map(r -> "oj:" + r).toList());
    private static final String FIND = Entities.P + """
            SELECT ?e (MAX(?isLabel) AS ?byLabel) (COUNT(DISTINCT ?a) AS ?n) {
              ?e rdfs:label|skos:altLabel ?l FILTER (str(?l) = ?name)
              ?e a ?t FILTER (STRSTARTS(STR(?t), STR(oj:)) && ?t != oj:Article)
              BIND (EXISTS { ?e rdfs:label ?l2 FILTER (str(?l2) = ?name) } AS ?isLabel)
              OPTIONAL { ?a oj:mentions ?e }
            } GROUP BY ?e ORDER BY DESC(?byLabel) DESC(?n) ?e LIMIT 1""";
    private static final String EXISTS = Entities.P + "SELECT ?t { ?e a ?t FILTER (STRSTARTS(STR(?t), STR(oj:))) } LIMIT 1";
    private static final String FACTS = Entities.P + """
            SELECT DISTINCT ?g ?s ?p ?o ?ev ?title ?date {
              VALUES ?p { %s }
              { GRAPH ?g { ?e ?p ?o } BIND (?e AS ?s) } UNION { GRAPH ?g { ?s ?p ?e } BIND (?e AS ?o) }
              FILTER (isIRI(?o))
              OPTIONAL { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; oj:evidence ?sn .
                                    ?sn oj:text ?ev } }
              OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g dcterms:date ?date }
            } ORDER BY ?p ?s ?o DESC(?date) ?title ?ev LIMIT %d""".formatted(RELATION_VALUES, MAX_FACTS);
    private static final String ALT = Entities.P + "SELECT DISTINCT ?l { ?e skos:altLabel ?l } ORDER BY ?l";
    private static final String CODE = Entities.P + "SELECT ?c { ?e oj:adminCode ?c } LIMIT 1";
    private static final String STORIES = Entities.P + """
            SELECT DISTINCT ?a ?title ?date { ?a a oj:Article ; oj:mentions ?e
              OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } }
            ORDER BY DESC(?date) ?title ?a""";

    private final Store store;

    public ReportBuilder(Store store) {
        this.store = store;
    }

    /**
     * The report of the entity called {@code name} (a label or other name), or named by {@code name} when it is
     * an IRI ({@code https://…}) or a report path ({@code region/330300}); empty when there is none.
     */
    public Optional<ReportData> build(String name) {
        return store.query(r -> resolve(r, name.strip()).map(iri -> build(r, iri)));
    }

    private static Optional<String> resolve(StoreReader r, String name) {
        List<String> candidates = new ArrayList<>();
        if (name.startsWith("http://") || name.startsWith("https://")) {
            candidates.add(name);
        } else if (name.contains("/")) {
            candidates.add(OJ.ID + name);
        }
        for (String iri : candidates) {
            boolean[] exists = {false};
            if (iri.chars().noneMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
                r.select(EXISTS, Map.of("e", NodeFactory.createURI(iri)), s -> exists[0] = true);
            }
            if (exists[0]) {
                return Optional.of(iri);
            }
        }
        String[] found = {null};
        r.select(FIND, Map.of("name", NodeFactory.createLiteralString(name)), s -> found[0] = s.getResource("e").getURI());
        return Optional.ofNullable(found[0]);
    }

    private static ReportData build(StoreReader r, String iri) {
        Entities entities = new Entities(r);
        Map<String, org.apache.jena.graph.Node> bind = Map.of("e", NodeFactory.createURI(iri));
        List<String> alts = new ArrayList<>();
        r.select(ALT, bind, s -> alts.add(s.getLiteral("l").getLexicalForm()));
        ReportData.Entity entity = entities.of(iri);
        alts.remove(entity.label());
        String[] code = {""};
        r.select(CODE, bind, s -> code[0] = s.getLiteral("c").getLexicalForm());
        List<ReportData.Story> stories = new ArrayList<>();
        r.select(STORIES, bind, s -> stories.add(new ReportData.Story(text(s, "title"), text(s, "date"),
                s.getResource("a").getURI())));
        return new ReportData(entity, alts, code[0], facts(r, iri, entities), new SeriesBuilder(r).series(iri),
                new NeighbourhoodBuilder(r, entities).build(iri), stories, entities.categories());
    }

    /** Facts grouped by relation (in {@link Entities#RELATIONS} order), outgoing before incoming. */
    private static List<ReportData.FactGroup> facts(StoreReader r, String iri, Entities entities) {
        Map<String, Map<String, List<ReportData.Evidence>>> byGroup = new LinkedHashMap<>();
        Map<String, String[]> ends = new LinkedHashMap<>();
        r.select(FACTS, Map.of("e", NodeFactory.createURI(iri)), s -> {
            String p = s.getResource("p").getURI();
            String sub = s.getResource("s").getURI();
            String obj = s.getResource("o").getURI();
            String group = p + (sub.equals(iri) ? " out" : " in");
            String key = sub + " " + obj;
            ends.putIfAbsent(key, new String[] {sub, obj});
            List<ReportData.Evidence> ev = byGroup.computeIfAbsent(group, k -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>());
            ReportData.Evidence e = evidence(s);
            if (!ev.contains(e)) {
                ev.add(e);
            }
        });
        List<ReportData.FactGroup> groups = new ArrayList<>();
        for (String rel : Entities.RELATIONS) {
            for (boolean out : new boolean[] {true, false}) {
                Map<String, List<ReportData.Evidence>> facts = byGroup.get(OJ.NS + rel + (out ? " out" : " in"));
                if (facts == null) {
                    continue;
                }
                List<ReportData.Fact> list = new ArrayList<>();
                facts.forEach((key, ev) -> {
                    ReportData.Entity s = entities.of(ends.get(key)[0]);
                    ReportData.Entity o = entities.of(ends.get(key)[1]);
                    list.add(new ReportData.Fact(s, o, out ? o : s, ev));
                });
                groups.add(new ReportData.FactGroup(OJ.NS + rel, entities.name(OJ.NS + rel), out, list));
            }
        }
        return groups;
    }

    /** The sentence and story of one query row; reference graphs name themselves instead of a story. */
    static ReportData.Evidence evidence(QuerySolution s) {
        String g = s.getResource("g").getURI();
        String title = text(s, "title");
        if (title.isEmpty() && g.startsWith(OJ.GRAPH)) {
            title = "参考数据 " + g.substring(OJ.GRAPH.length());
        }
        return new ReportData.Evidence(text(s, "ev").strip(), title, text(s, "date"), g.startsWith(OJ.GRAPH) ? "" : g);
    }

    static String text(QuerySolution s, String var) {
        return s.contains(var) ? s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()
                : "";
    }
}
