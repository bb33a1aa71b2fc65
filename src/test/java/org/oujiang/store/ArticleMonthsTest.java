package org.oujiang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.oujiang.query.QueryLibrary;
import org.oujiang.query.QueryRunner;
import org.oujiang.query.ResultFormat;
import org.oujiang.rdf.OJ;

/** The index of articles by publication month, and the {@code articles} query that reads it. */
class ArticleMonthsTest extends InMemoryStoreTest {
    /** An article titled {@code n}, dated {@code date} (an xsd:date when it looks like one, else a plain string). */
    private static ArticleWrite article(String n, String date) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iri(n)).addProperty(RDF.type, OJ.Article).addProperty(DCTerms.title, n);
        if (date != null) {
            a.addProperty(DCTerms.date, date.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? m.createTypedLiteral(date, XSDDatatype.XSDdate) : m.createLiteral(date));
        }
        return ArticleWrite.of(iri(n), m);
    }

    /** Month IRI (without the prefix) → its story count. */
    private Map<String, Long> months() {
        return store.query(r -> {
            Map<String, Long> out = new TreeMap<>();
            r.select("SELECT ?m ?n { ?m <" + OJ.storyCount.getURI() + "> ?n }", row -> out.put(
                    row.getResource("m").getURI().substring(ArticleMonths.PREFIX.length()), row.getLiteral("n").getLong()));
            return out;
        });
    }

    private List<String> newest() {
        QueryRunner runner = new QueryRunner(store, new QueryLibrary(Path.of("queries")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run("articles", Map.of(), ResultFormat.CSV, out, new java.io.PrintStream(new ByteArrayOutputStream()));
        List<String> titles = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines().skip(1).forEach(l -> titles.add(l.split(",")[0]));
        return titles;
    }

    @Test
    void articlesAreFiledByMonthAndLeaveWithTheirGraph() {
        store.writeArticles(List.of(article("a", "2024-05-02"), article("b", "2024-05-30"), article("c", "2023-12-01"),
                article("d", null), article("e", "去年春天")));
        assertThat(months()).containsExactly(Map.entry("2023-12", 1L), Map.entry("2024-05", 2L),
                Map.entry("undated", 2L));

        // a new version moves its story; a dropped article leaves, and an emptied month goes
        store.writeArticles(List.of(article("a", "2024-06-01")));
        store.dropGraph(iri("c"));
        assertThat(months()).containsExactly(Map.entry("2024-05", 1L), Map.entry("2024-06", 1L),
                Map.entry("undated", 2L));

        // an arbitrary update rebuilds the index from the article graphs
        store.update("DELETE WHERE { GRAPH <" + iri("b") + "> { <" + iri("b") + "> <" + DCTerms.date.getURI()
                + "> ?d } }");
        assertThat(months()).containsExactly(Map.entry("2024-06", 1L), Map.entry("undated", 3L));
    }

    @Test
    void theNewestHundredComeFromTheNewestMonthsThenTheUndated() {
        List<ArticleWrite> batch = new ArrayList<>();
        // 150 stories over 15 months (2023-01 … 2024-03), ten a month, and two without a date
        for (int i = 0; i < 150; i++) {
            int month = i / 10;
            batch.add(article(String.format("s%03d", i), String.format("%d-%02d-%02d", 2023 + month / 12,
                    1 + month % 12, 1 + i % 10)));
        }
        batch.add(article("undated-1", null));
        batch.add(article("undated-2", "不详"));
        store.writeArticles(batch);
        List<String> titles = newest();
        assertThat(titles).hasSize(100);
        assertThat(titles.get(0)).isEqualTo("s149");
        assertThat(titles.get(99)).isEqualTo("s050");
        assertThat(titles).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // with fewer than 100 dated stories the undated ones follow
        for (int i = 0; i < 60; i++) {
            store.dropGraph(iri(String.format("s%03d", i)));
        }
        titles = newest();
        assertThat(titles).hasSize(92);
        assertThat(titles.subList(0, 90)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(titles.subList(90, 92)).containsExactlyInAnyOrder("undated-1", "undated-2");
    }

    @Test
    void aStoreWithoutTheIndexGetsItWhenOpened(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (GraphStore s = GraphStore.open(dir)) {
            s.writeArticles(List.of(article("a", "2024-05-02"), article("b", null)));
            // as a store made before the index: drop the month nodes
            s.update("DELETE WHERE { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?m <" + OJ.storyCount.getURI() + "> ?n } }");
        }
        try (GraphStore s = GraphStore.open(dir)) {
            long links = s.query(r -> r.count("SELECT (COUNT(*) AS ?n) { ?m <" + OJ.story.getURI() + "> ?a }"));
            assertThat(links).isEqualTo(2);
        }
    }
}
