package org.oujiang.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.oujiang.article.Article;
import org.oujiang.rdf.Iris;
import org.oujiang.rdf.OJ;
import org.oujiang.store.Store;

/**
 * Finds earlier versions of a story: stored articles with the same title, date, source and URL (a missing one
 * counts as a value) but another body, so another IRI. An edited or corrected story replaces them.
 */
final class StoryVersions {
    private static final String SAME_TITLE = """
            PREFIX oj: <%s> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/>
            SELECT ?a ?date ?source ?url WHERE { ?a a oj:Article ; dcterms:title ?t . FILTER (STR(?t) = ?title)
              OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:source ?source }
              OPTIONAL { ?a schema:url ?url } }""".formatted(OJ.NS);

    private StoryVersions() {
    }

    /** IRIs of the other stored versions of {@code a}, whose own IRI is {@code iri}; none for untitled stories. */
    static List<String> older(Store store, Article a, String iri) {
        if (a.title() == null || a.title().isBlank()) {
            return List.of();
        }
        String url = a.url() == null ? null : Iris.fromUrl(a.url());
        return store.query(r -> {
            List<String> out = new ArrayList<>();
            r.select(SAME_TITLE, Map.of("title", NodeFactory.createLiteralString(a.title())), s -> {
                String other = s.getResource("a").getURI();
                if (!other.equals(iri) && Objects.equals(text(s, "date"), a.date())
                        && Objects.equals(text(s, "source"), a.source()) && Objects.equals(text(s, "url"), url)) {
                    out.add(other);
                }
            });
            return out;
        });
    }

    private static String text(QuerySolution s, String var) {
        var n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
