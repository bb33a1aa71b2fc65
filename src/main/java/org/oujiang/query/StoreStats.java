package org.oujiang.query;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oujiang.rdf.OJ;
import org.oujiang.store.ArticleCatalog;
import org.oujiang.store.Store;

/**
 * Counts of what the store holds.
 *
 * @param articles     stored articles
 * @param entities     distinct entities some article mentions, per kind (Region, Company, …)
 * @param relations    relation statements (partOf, locatedIn, hasIndustryCluster, inIndustry, adoptsPolicy,
 *                     holdsPostIn) stated by articles, counted per article
 * @param observations observations stated by articles
 * @param graphs       named graphs (articles, reference data, registry)
 * @param quads        quads in all graphs
 */
public record StoreStats(long articles, Map<String, Long> entities, long relations, long observations, long graphs,
                         long quads) {
    static final String RELATIONS = "oj:partOf oj:locatedIn oj:hasIndustryCluster oj:inIndustry oj:adoptsPolicy "
            + "oj:holdsPostIn";
    private static final String P = "PREFIX oj: <" + OJ.NS + ">\n";

    public StoreStats {
        entities = Map.copyOf(entities);
    }

    /** Computes the counts (embedded: in one read transaction). */
    public static StoreStats of(Store store) {
        long quads = store.quadCount();
        long graphs = store.listGraphs().size();
        return store.query(r -> {
            long articles = r.count(P + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a oj:Article }");
            Map<String, Long> kinds = new TreeMap<>();
            r.select(P + "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) { ?a a oj:Article ; oj:mentions ?e . ?e a ?t . "
                    + "FILTER(STRSTARTS(STR(?t), STR(oj:))) } GROUP BY ?t", s -> kinds.merge(
                    ArticleCatalog.kind(s.getResource("t").getLocalName()), s.getLiteral("n").getLong(), Long::sum));
            long relations = r.count(P + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } ?g a oj:Article . "
                    + "VALUES ?p { " + RELATIONS + " } }");
            long observations = r.count(P + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?o a oj:Observation } "
                    + "?g a oj:Article }");
            return new StoreStats(articles, kinds, relations, observations, graphs, quads);
        });
    }

    /** The counts as aligned lines. */
    public String render() {
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("articles", articles);
        List<String> order = List.of("Region", "Company", "GovernmentAgency", "Person", "Industry", "Policy",
                "Indicator");
        entities.entrySet().stream().sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey()) < 0
                        ? 99 : order.indexOf(e.getKey())))
                .forEach(e -> lines.put("entities " + e.getKey(), e.getValue()));
        lines.put("relations", relations);
        lines.put("observations", observations);
        lines.put("graphs", graphs);
        lines.put("quads", quads);
        int w = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        lines.forEach((k, v) -> sb.append(k).append(" ".repeat(w - k.length() + 2)).append(v).append('\n'));
        return sb.toString();
    }

}
