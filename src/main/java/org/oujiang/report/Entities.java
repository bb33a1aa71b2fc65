package org.oujiang.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.oujiang.rdf.OJ;
import org.oujiang.store.StoreReader;

/**
 * Looks up how the page shows an entity (label, category, class name) and the Chinese names of the
 * ontology's classes and properties, reading the store once per IRI. Lives for one report build, inside one
 * {@link org.oujiang.store.Store#query} call.
 */
final class Entities {
    /** Relations a report shows, in the order of the page's sections. */
    static final List<String> RELATIONS = List.of("partOf", "locatedIn", "hasIndustryCluster", "inIndustry",
            "adoptsPolicy", "holdsPostIn");
    /** Top-level categories, most specific classes first within Region. */
    static final List<String> CATEGORIES = List.of("Region", "Company", "GovernmentAgency", "Person", "Industry",
            "Policy", "Indicator", "Other");
    private static final List<String> CLASS_ORDER = List.of("Country", "Province", "Prefecture", "County", "Zone",
            "Region", "Company", "GovernmentAgency", "Person", "Industry", "Policy", "Indicator");
    static final String P = """
            PREFIX oj: <https://w3id.org/oujiang/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    private static final String INFO = P + "SELECT ?l ?t { OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e a ?t } }";
    private static final String ZH = P + "SELECT ?l { ?x rdfs:label ?l FILTER (lang(?l) = 'zh') } LIMIT 1";

    private final StoreReader reader;
    private final Map<String, ReportData.Entity> cache = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    Entities(StoreReader reader) {
        this.reader = reader;
    }

    /** The entity {@code iri} as the page shows it. */
    ReportData.Entity of(String iri) {
        return cache.computeIfAbsent(iri, this::lookUp);
    }

    private ReportData.Entity lookUp(String iri) {
        String[] label = {null};
        String[] best = {null};
        reader.select(INFO, Map.of("e", NodeFactory.createURI(iri)), s -> {
            if (s.contains("l") && (label[0] == null || s.getLiteral("l").getLanguage().equals("zh"))) {
                label[0] = s.getLiteral("l").getLexicalForm();
            }
            if (s.contains("t") && s.getResource("t").getURI().startsWith(OJ.NS)) {
                String local = s.getResource("t").getURI().substring(OJ.NS.length());
                if (CLASS_ORDER.contains(local)
                        && (best[0] == null || CLASS_ORDER.indexOf(local) < CLASS_ORDER.indexOf(best[0]))) {
                    best[0] = local;
                }
            }
        });
        String cls = best[0] == null ? "Other" : best[0];
        String category = CLASS_ORDER.indexOf(cls) <= CLASS_ORDER.indexOf("Region") ? "Region" : cls;
        String kind = cls.equals("Other") ? "其他" : name(OJ.NS + cls);
        return new ReportData.Entity(iri, label[0] != null ? label[0] : lastSegment(iri), category, kind, path(iri));
    }

    /** The Chinese rdfs:label of an ontology term, else its local name. */
    String name(String term) {
        return names.computeIfAbsent(term, t -> {
            String[] found = {null};
            reader.select(ZH, Map.of("x", NodeFactory.createURI(t)), s -> found[0] = s.getLiteral("l").getLexicalForm());
            return found[0] != null ? found[0] : lastSegment(t);
        });
    }

    /** The categories with their Chinese names, in page order. */
    List<ReportData.Category> categories() {
        return CATEGORIES.stream().map(c -> new ReportData.Category(c, c.equals("Other") ? "其他" : name(OJ.NS + c)))
                .toList();
    }

    /** The report path of {@code iri}: below {@code id/} for Oujiang resources, else the whole IRI. */
    static String path(String iri) {
        return iri.startsWith(OJ.ID) ? iri.substring(OJ.ID.length()) : iri;
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
