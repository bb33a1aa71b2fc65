package org.oujiang.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.query.QuerySolution;
import org.oujiang.rdf.OJ;

/**
 * Lists the stored articles and finds one from what a user types: its IRI, a prefix of its content hash
 * (or of the hash part of its IRI), its exact title, or, where allowed, a substring of its title.
 */
public final class ArticleCatalog {
    private static final Set<String> REGION_KINDS = Set.of("Region", "Country", "Province", "Prefecture",
            "County", "Zone");
    private static final List<String> KINDS = List.of("Region", "Company", "GovernmentAgency", "Person",
            "Industry", "Policy", "Indicator");
    private static final String ARTICLES = """
            PREFIX oj: <%s> PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?a ?title ?date ?hash WHERE { ?a a oj:Article .
              OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date }
              OPTIONAL { ?a oj:contentHash ?hash } }""".formatted(OJ.NS);
    private static final String TYPES = """
            PREFIX oj: <%s>
            SELECT DISTINCT ?a ?e ?t WHERE { ?a a oj:Article ; oj:mentions ?e . ?e a ?t .
              FILTER(STRSTARTS(STR(?t), STR(oj:))) }""".formatted(OJ.NS);

    private final Store store;

    public ArticleCatalog(Store store) {
        this.store = store;
    }

    /** The kind an entity's oj: types make it: region subclasses count as Region. */
    public static String kind(String typeLocalName) {
        return REGION_KINDS.contains(typeLocalName) ? "Region" : typeLocalName;
    }

    /** All articles, newest first, then by title. */
    public List<ArticleInfo> list() {
        return store.query(r -> {
            Map<String, Map<String, Set<String>>> kinds = new LinkedHashMap<>();
            r.select(TYPES, s -> {
                String kind = kind(s.getResource("t").getLocalName());
                if (KINDS.contains(kind)) {
                    kinds.computeIfAbsent(s.getResource("a").getURI(), k -> new TreeMap<>())
                            .computeIfAbsent(kind, k -> new java.util.HashSet<>())
                            .add(s.get("e").toString());
                }
            });
            Map<String, ArticleInfo> out = new LinkedHashMap<>();
            r.select(ARTICLES, s -> {
                String iri = s.getResource("a").getURI();
                Map<String, Integer> counts = new TreeMap<>(Comparator.comparingInt(KINDS::indexOf));
                kinds.getOrDefault(iri, Map.of()).forEach((k, v) -> counts.put(k, v.size()));
                out.putIfAbsent(iri, new ArticleInfo(iri, text(s, "title"), text(s, "date"), text(s, "hash"),
                        counts));
            });
            List<ArticleInfo> list = new ArrayList<>(out.values());
            list.sort(Comparator.comparing(ArticleInfo::date).reversed().thenComparing(ArticleInfo::title));
            return list;
        });
    }

    /**
     * The one article {@code key} names; fails when none or several match, listing the candidates.
     *
     * @param titleSubstring whether a substring of the title may match (export) or only the exact title (remove)
     */
    public ArticleInfo resolve(String key, boolean titleSubstring) {
        String k = key.strip();
        List<ArticleInfo> all = list();
        List<Predicate<ArticleInfo>> tries = new ArrayList<>();
        tries.add(a -> a.iri().equals(k));
        if (k.matches("[0-9a-fA-F]{4,64}")) {
            String lower = k.toLowerCase(java.util.Locale.ROOT);
            tries.add(a -> a.hash().startsWith(lower) || a.iri().substring(a.iri().lastIndexOf('/') + 1)
                    .startsWith(lower));
        }
        tries.add(a -> a.title().equals(k));
        if (titleSubstring) {
            tries.add(a -> a.title().contains(k));
        }
        for (Predicate<ArticleInfo> p : tries) {
            List<ArticleInfo> hits = all.stream().filter(p).toList();
            if (hits.size() == 1) {
                return hits.get(0);
            }
            if (hits.size() > 1) {
                throw new StoreException("'" + key + "' matches " + hits.size() + " articles: " + String.join("; ",
                        hits.stream().limit(5).map(a -> a.title() + " <" + a.iri() + ">").toList()));
            }
        }
        throw new StoreException("no article matches '" + key + "' (give its IRI, a hash prefix or its title)");
    }

    private static String text(QuerySolution s, String var) {
        var n = s.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
