package org.oujiang.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.oujiang.rdf.OJ;
import org.oujiang.store.ArticleCatalog;
import org.oujiang.store.GraphStore;
import org.oujiang.store.StoreReader;

/**
 * Full-text search over an embedded store: keeps {@link TextIndex} (in {@code <store>/text-index/}) in step
 * with the store and answers {@code search}. Ingest calls {@link #index} after each article write and
 * {@link #remove} after each drop; {@link #open} reconciles the index with the store, so a crash between the
 * TDB2 commit and the index commit, a deleted index, or a store filled before search existed is repaired on
 * the next start (articles missing from the index are rebuilt from their stored evidence sentences, marked
 * partial until re-ingested). Search results are checked against the store, so a stale entry is never shown.
 * Also registers {@code text:query} for SPARQL on the store ({@link TextQueryFunction}).
 */
public final class ArticleSearch implements AutoCloseable {
    private static final String P = "PREFIX oj: <" + OJ.NS + "> PREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final String ARTICLES = P + "SELECT ?a ?hash { GRAPH ?a { ?a a oj:Article OPTIONAL { ?a oj:contentHash ?hash } } }";
    private static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            OJ.statedName.asNode());
    private static final String STORED = P + "SELECT (1 AS ?x) { ?a a oj:Article } LIMIT 1";
    private static final String ENTITY = P + "SELECT ?l ?t { ?e rdfs:label ?l OPTIONAL { ?e a ?t "
            + "FILTER (STRSTARTS(STR(?t), STR(oj:))) } }";

    /** What {@link #reconcile} repaired. */
    public record Reconciled(int removed, int rebuilt) {
    }

    private final GraphStore store;
    private final TextIndex index;

    public ArticleSearch(GraphStore store, TextIndex index) {
        this.store = store;
        this.index = index;
    }

    /** The search of an embedded store: its index directory (memory for an in-memory store), reconciled. */
    public static ArticleSearch open(GraphStore store) {
        TextIndex index = "memory".equals(store.location()) ? TextIndex.inMemory()
                : TextIndex.open(Path.of(store.location()).resolve("text-index"));
        ArticleSearch search = new ArticleSearch(store, index);
        TextQueryFunction.register(store.dataset().getContext(), () -> search);
        search.reconcile();
        return search;
    }

    /**
     * Makes {@code text:query} work in queries on {@code store} without opening the index yet: {@code opener}
     * (which opens and reconciles it) runs when a query first uses {@code text:query}.
     */
    public static void registerOnDemand(GraphStore store, Supplier<ArticleSearch> opener) {
        TextQueryFunction.register(store.dataset().getContext(), opener);
    }

    /** Indexes stored article {@code iri} with its cleaned {@code text}; skipped when unchanged and complete. */
    public void index(String iri, String text, boolean changed) {
        if (!changed) {
            ArticleText known = index.get(iri);
            if (known != null && !known.partial()) {
                return;
            }
        }
        ArticleText a = fromStore(iri, text);
        if (a != null) {
            index.put(a);
        }
    }

    /** Forgets article {@code iri}. */
    public void remove(String iri) {
        index.delete(iri);
    }

    /** Makes the index changes so far durable (once per batch; a crash before it is repaired by {@link #reconcile}). */
    public void commit() {
        index.commit();
    }

    /** Drops index entries the store no longer has and rebuilds those it lacks or holds another version of. */
    public Reconciled reconcile() {
        Map<String, String> stored = new HashMap<>();
        store.query(r -> {
            r.select(ARTICLES, s -> stored.put(s.getResource("a").getURI(), text(s, "hash")));
            return null;
        });
        Map<String, String> indexed = new HashMap<>();
        index.all().forEach(a -> indexed.put(a.iri(), a.hash()));
        int removed = 0;
        int rebuilt = 0;
        for (String iri : indexed.keySet()) {
            if (!stored.containsKey(iri)) {
                index.delete(iri);
                removed++;
            }
        }
        for (Map.Entry<String, String> e : stored.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                index(e.getKey(), null, true);
                rebuilt++;
            }
        }
        index.commit();
        return new Reconciled(removed, rebuilt);
    }

    /** The index terms of {@code words}. */
    public List<String> terms(String words) {
        return index.terms(words);
    }

    /** Raw index hits, for {@code text:query}. */
    List<TextIndex.Hit> hits(String words, int limit) {
        return index.search(words, limit);
    }

    /** Articles matching {@code words}, best first, at most {@code limit}, each with snippet and entities. */
    public List<SearchResult> search(String words, int limit) {
        List<String> terms = new ArrayList<>(List.of(words.strip().split("\\s+")));
        index.terms(words).stream().filter(t -> t.codePointCount(0, t.length()) >= 2).forEach(terms::add);
        List<TextIndex.Hit> hits = index.search(words, limit);
        return store.query(r -> {
            List<SearchResult> out = new ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            for (TextIndex.Hit h : hits) {
                ArticleText a = h.article();
                boolean[] stored = {false};
                r.select(STORED, Map.of("a", NodeFactory.createURI(a.iri())), s -> stored[0] = true);
                if (!stored[0]) {
                    continue;
                }
                Set<String> entities = new LinkedHashSet<>();
                for (ArticleText.Name n : a.names()) {
                    if (matches(n.name(), terms, words)) {
                        entities.add(labels.computeIfAbsent(n.entity(), e -> entity(r, e, n.name())));
                    }
                }
                out.add(new SearchResult(a.iri(), a.title(), a.date(), h.score(), Snippets.of(a.body(), terms),
                        List.copyOf(entities), a.partial()));
            }
            return out;
        });
    }

    /** Whether entity name {@code name} matches: a term of two or more characters in it, or it in the words. */
    static boolean matches(String name, List<String> terms, String words) {
        if (words.contains(name)) {
            return true;
        }
        return terms.stream().anyMatch(t -> t.codePointCount(0, t.length()) >= 2 && name.contains(t));
    }

    private static String entity(StoreReader r, String iri, String fallback) {
        String[] label = {fallback};
        StringJoiner kinds = new StringJoiner(", ");
        Set<String> seen = new LinkedHashSet<>();
        r.select(ENTITY, Map.of("e", NodeFactory.createURI(iri)), s -> {
            label[0] = s.getLiteral("l").getLexicalForm();
            if (s.contains("t") && seen.add(ArticleCatalog.kind(s.getResource("t").getLocalName()))) {
                kinds.add(ArticleCatalog.kind(s.getResource("t").getLocalName()));
            }
        });
        return seen.isEmpty() ? label[0] : label[0] + " (" + kinds + ")";
    }

    /**
     * The index entry of stored article {@code iri}; {@code text} null means rebuild from stored sentences. Read
     * with index look-ups rather than SPARQL: it runs for every ingested article, and parsing the queries cost
     * as much as the look-ups. Names come in the order the equivalent query gave them: entity by entity as the
     * article's graph lists them, each entity's {@code rdfs:label}s, then {@code skos:altLabel}s, then
     * {@code oj:statedName}s, from all graphs, each (entity, name) once.
     */
    private ArticleText fromStore(String iri, String text) {
        Node a = NodeFactory.createURI(iri);
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            if (!dsg.contains(a, a, RDF.type.asNode(), OJ.Article.asNode())) {
                return null;
            }
            Set<ArticleText.Name> names = new LinkedHashSet<>();
            dsg.find(a, a, OJ.mentions.asNode(), Node.ANY).forEachRemaining(m -> {
                Node e = m.getObject();
                if (!e.isURI()) {
                    return;
                }
                for (Node p : NAME_PROPERTIES) {
                    dsg.find(Node.ANY, e, p, Node.ANY).forEachRemaining(q -> {
                        if (q.getObject().isLiteral()) {
                            names.add(new ArticleText.Name(e.getURI(), q.getObject().getLiteralLexicalForm()));
                        }
                    });
                }
            });
            String body = text != null ? text : storedSentences(dsg, a);
            return new ArticleText(iri, value(dsg, a, DCTerms.title.asNode()), value(dsg, a, DCTerms.date.asNode()),
                    value(dsg, a, OJ.contentHash.asNode()), body, text == null, List.copyOf(names));
        });
    }

    /** The evidence sentences stored in graph {@code a}, in text order, one per line. */
    private static String storedSentences(DatasetGraph dsg, Node a) {
        Map<Long, String> byIndex = new TreeMap<>();
        dsg.find(a, Node.ANY, RDF.type.asNode(), OJ.Sentence.asNode()).forEachRemaining(q -> {
            Node s = q.getSubject();
            String t = value(dsg, a, s, OJ.text.asNode());
            String i = value(dsg, a, s, OJ.sentenceIndex.asNode());
            if (!i.isEmpty()) { // as the query this replaced: a sentence without its index is not read
                byIndex.put(Long.parseLong(i), t);
            }
        });
        StringBuilder body = new StringBuilder();
        byIndex.values().forEach(t -> body.append(t).append('\n'));
        return body.toString();
    }

    private static String value(DatasetGraph dsg, Node a, Node p) {
        return value(dsg, a, a, p);
    }

    /** The lexical form of the first object of {@code s p} in graph {@code g}, or "". */
    private static String value(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        if (!it.hasNext()) {
            return "";
        }
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }

    private static String text(QuerySolution s, String var) {
        var n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    @Override
    public void close() {
        index.close();
    }
}
