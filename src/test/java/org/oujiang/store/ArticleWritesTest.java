package org.oujiang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.oujiang.rdf.OJ;

/** {@link Store#writeArticles} on the embedded store: story versions, batches with a failing article, removal. */
class ArticleWritesTest extends InMemoryStoreTest {
    private static final String URL = "https://schema.org/url";
    private static final String SHARED = OJ.ID + "company/shared";
    private static final String ONLY_B = OJ.ID + "company/onlyb";

    /** An article naming {@code names} (entity IRI, stated name pairs), with an optional URL and file. */
    private static ArticleWrite article(String n, String url, String file, String... names) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iri(n)).addProperty(RDF.type, OJ.Article);
        if (url != null) {
            a.addProperty(m.createProperty(URL), m.createResource(url));
        }
        if (file != null) {
            a.addProperty(OJ.sourceFile, file);
        }
        for (int i = 0; i < names.length; i += 2) {
            a.addProperty(OJ.mentions, m.createResource(names[i]).addProperty(RDF.type, OJ.Company)
                    .addProperty(OJ.statedName, m.createLiteral(names[i + 1], "zh")));
        }
        return new ArticleWrite(iri(n), m, url, file);
    }

    private String label(String entity) {
        return store.read(ds -> {
            String q = "SELECT ?l { GRAPH <" + Store.ENTITIES_GRAPH + "> { <" + entity + "> <" + RDFS.label.getURI()
                    + "> ?l } }";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("l").getLexicalForm() : null;
            }
        });
    }

    private List<String> articles() {
        return store.listGraphs().stream().filter(g -> g.startsWith(OJ.ID + "article/")).toList();
    }

    @Test
    void sameUrlReplacesTheOldVersionInOneWrite() {
        store.writeArticles(List.of(article("v1", "https://news.example/1", null, ONLY_B, "乙公司")));
        WriteOutcome o = store.writeArticles(List.of(article("v2", "https://news.example/1", null, SHARED, "甲公司")))
                .get(0);
        assertThat(o.result()).isEqualTo(Store.ReplaceResult.UPDATED);
        assertThat(o.replaced()).containsExactly(iri("v1"));
        assertThat(articles()).containsExactly(iri("v2"));
        assertThat(label(ONLY_B)).isNull();
        assertThat(label(SHARED)).isEqualTo("甲公司");
    }

    @Test
    void sameFileReplacesUnlessTheUrlsDiffer() {
        store.writeArticles(List.of(article("f1", null, "/in/a.txt", SHARED, "甲")));
        assertThat(store.writeArticles(List.of(article("f2", "https://n/2", "/in/a.txt"))).get(0).replaced())
                .containsExactly(iri("f1"));
        assertThat(store.writeArticles(List.of(article("f3", "https://n/3", "/in/a.txt"))).get(0).result())
                .isEqualTo(Store.ReplaceResult.ADDED);
        assertThat(articles()).containsExactlyInAnyOrder(iri("f2"), iri("f3"));
        // no URL and no file (a JSON Lines line, stdin): nothing else is the same story
        assertThat(store.writeArticles(List.of(article("j1", null, null))).get(0).result())
                .isEqualTo(Store.ReplaceResult.ADDED);
        assertThat(articles()).hasSize(3);
    }

    @Test
    void aFailingArticleFailsAloneAndTheRestOfItsBatchIsStored() {
        store.writeArticles(List.of(article("b", null, "/in/b.txt", SHARED, "甲公司")));
        long before = store.quadCount();
        store.afterDelete = g -> {
            if (g.equals(iri("b2"))) {
                throw new IllegalStateException("disk full");
            }
        };
        List<WriteOutcome> out = store.writeArticles(List.of(article("a", null, null, SHARED, "甲"),
                article("b2", null, "/in/b.txt", ONLY_B, "乙公司"), article("c", null, null)));
        assertThat(out).extracting(WriteOutcome::graphIri).containsExactly(iri("a"), iri("b2"), iri("c"));
        assertThat(out.get(0).result()).isEqualTo(Store.ReplaceResult.ADDED);
        assertThat(out.get(1).failed()).isTrue();
        assertThat(out.get(1).error()).hasMessage("disk full");
        assertThat(out.get(2).result()).isEqualTo(Store.ReplaceResult.ADDED);
        // the failed edit left its old version, and its label, untouched
        assertThat(articles()).containsExactlyInAnyOrder(iri("a"), iri("b"), iri("c"));
        assertThat(label(ONLY_B)).isNull();
        assertThat(label(SHARED)).isEqualTo("甲公司");
        assertThat(store.quadCount()).isGreaterThan(before);
    }

    @Test
    void anOpenBatchStoresNothingUntilItsCommitAndNothingAfterAFailure() {
        try (Store.ArticleBatch b = store.openBatch()) {
            b.add(article("p", null, null, SHARED, "甲公司"));
            // same transaction: the next article sees the first, as a later version would
            b.add(article("q", null, null, SHARED, "甲"));
        }
        assertThat(articles()).isEmpty();
        assertThat(label(SHARED)).isNull();

        store.afterDelete = g -> {
            if (g.equals(iri("bad"))) {
                throw new IllegalStateException("disk full");
            }
        };
        try (Store.ArticleBatch b = store.openBatch()) {
            b.add(article("p", null, null, SHARED, "甲公司"));
            assertThatThrownBy(() -> b.add(article("bad", null, null))).hasMessage("disk full");
            assertThatThrownBy(() -> b.add(article("q", null, null))).hasMessageContaining("spoiled");
            assertThatThrownBy(b::commit).hasMessageContaining("spoiled");
        }
        assertThat(articles()).isEmpty();

        try (Store.ArticleBatch b = store.openBatch()) {
            b.add(article("p", null, null, SHARED, "甲公司"));
            b.add(article("q", null, null, SHARED, "甲"));
            assertThat(b.commit()).extracting(WriteOutcome::result)
                    .containsExactly(Store.ReplaceResult.ADDED, Store.ReplaceResult.ADDED);
        }
        assertThat(articles()).containsExactlyInAnyOrder(iri("p"), iri("q"));
        assertThat(label(SHARED)).isEqualTo("甲公司");
        // the store is usable after all three: a later write goes through
        assertThat(store.writeArticles(List.of(article("r", null, null))).get(0).result())
                .isEqualTo(Store.ReplaceResult.ADDED);
    }

    @Test
    void writingTheSameBatchAgainChangesNothing() {
        List<ArticleWrite> batch = List.of(article("x", "https://n/x", "/in/x.txt", SHARED, "甲"),
                article("y", null, "/in/y.txt", ONLY_B, "乙"));
        store.writeArticles(batch);
        long quads = store.quadCount();
        assertThat(store.writeArticles(batch)).extracting(WriteOutcome::result)
                .containsOnly(Store.ReplaceResult.UNCHANGED);
        assertThat(store.quadCount()).isEqualTo(quads);
    }

    @Test
    void removingAnArticleKeepsWhatAnotherStillNeeds() {
        store.writeArticles(List.of(article("one", null, null, SHARED, "甲集团有限公司", ONLY_B, "乙公司"),
                article("two", null, null, SHARED, "甲集团")));
        int referenceGraphs = store.loadReference(java.nio.file.Path.of("ontology"));
        assertThat(referenceGraphs).isPositive();
        List<String> graphs = store.listGraphs();
        assertThat(store.dropGraph(iri("one"))).isTrue();
        assertThat(label(SHARED)).isEqualTo("甲集团");
        assertThat(label(ONLY_B)).isNull();
        List<String> left = new java.util.ArrayList<>(graphs);
        left.remove(iri("one"));
        assertThat(store.listGraphs()).containsExactlyElementsOf(left);
        assertThat(store.dropGraph(iri("one"))).isFalse();
    }
}
