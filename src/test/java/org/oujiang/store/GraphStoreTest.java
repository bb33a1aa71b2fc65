package org.oujiang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oujiang.TestGraphs;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.rdf.OJ;

class GraphStoreTest {
    private static final String A1 = OJ.ID + "article/a1";
    private static final String A2 = OJ.ID + "article/a2";
    private static final String KN = OJ.ID + "company/kangnai";

    private final GraphStore store = GraphStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    static Model article(String iri, String title, String statedName) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iri).addProperty(RDF.type, OJ.Article)
                .addProperty(m.createProperty("http://purl.org/dc/terms/title"), title);
        Resource e = m.createResource(KN).addProperty(RDF.type, OJ.Company)
                .addProperty(OJ.statedName, m.createLiteral(statedName, "zh"));
        a.addProperty(OJ.mentions, e);
        return m;
    }

    private String label(String entity) {
        return store.read(ds -> {
            String q = "SELECT ?l WHERE { GRAPH <" + GraphStore.ENTITIES_GRAPH + "> { <" + entity
                    + "> <" + RDFS.label.getURI() + "> ?l } }";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                List<String> ls = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> ls.add(r.getLiteral("l").getLexicalForm()));
                assertThat(ls.size()).isLessThanOrEqualTo(1);
                return ls.isEmpty() ? null : ls.get(0);
            }
        });
    }

    @Test
    void secondWriteIsUnchangedAndQuadCountIdentical() {
        assertThat(store.replaceGraph(A1, article(A1, "t", "康奈集团"))).isEqualTo(GraphStore.ReplaceResult.ADDED);
        long quads = store.quadCount();
        assertThat(store.replaceGraph(A1, article(A1, "t", "康奈集团")))
                .isEqualTo(GraphStore.ReplaceResult.UNCHANGED);
        assertThat(store.quadCount()).isEqualTo(quads);
        assertThat(store.replaceGraph(A1, article(A1, "t2", "康奈集团")))
                .isEqualTo(GraphStore.ReplaceResult.UPDATED);
        assertThat(store.quadCount()).isEqualTo(quads);
        assertThat(store.listGraphs()).containsExactly(GraphStore.ENTITIES_GRAPH, A1);
    }

    @Test
    void numbersStoredByValueStillCompareUnchanged() {
        Model m = article(A1, "t", "康奈");
        m.createResource(OJ.ID + "obs/1").addProperty(OJ.value, m.createTypedLiteral("2",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        assertThat(store.replaceGraph(A1, m)).isEqualTo(GraphStore.ReplaceResult.ADDED);
        assertThat(store.replaceGraph(A1, m)).isEqualTo(GraphStore.ReplaceResult.UNCHANGED);
    }

    @Test
    void registryKeepsTheBestStatedName() {
        store.replaceGraph(A1, article(A1, "t", "康奈"));
        assertThat(label(KN)).isEqualTo("康奈");
        store.replaceGraph(A2, article(A2, "u", "康奈集团有限公司"));
        assertThat(label(KN)).isEqualTo("康奈集团有限公司");
        store.dropGraph(A2);
        assertThat(label(KN)).isEqualTo("康奈");
        store.dropGraph(A1);
        assertThat(label(KN)).isNull();
        assertThat(store.quadCount()).isZero();
    }

    @Test
    void aWorseNameAddedLaterKeepsTheBetterLabelAndAReplacementRecomputesIt() {
        store.writeArticles(List.of(ArticleWrite.of(A2, article(A2, "u", "康奈集团有限公司")),
                ArticleWrite.of(A1, article(A1, "t", "康奈"))));
        assertThat(label(KN)).isEqualTo("康奈集团有限公司");
        store.replaceGraph(A2, article(A2, "u", "康奈鞋业"));
        assertThat(label(KN)).isEqualTo("康奈鞋业");
    }

    private Long count(String entity) {
        return store.read(ds -> {
            var it = ds.asDatasetGraph().find(NodeFactory.createURI(GraphStore.ENTITIES_GRAPH),
                    NodeFactory.createURI(entity), OJ.articleCount.asNode(), Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : null;
        });
    }

    @Test
    void articleCountsFollowAddsReplacementsDropsAndUpdates() {
        store.writeArticles(List.of(ArticleWrite.of(A1, article(A1, "t", "康奈")),
                ArticleWrite.of(A2, article(A2, "u", "康奈集团"))));
        assertThat(count(KN)).isEqualTo(2L);
        store.replaceGraph(A1, article(A1, "t2", "康奈"));
        assertThat(count(KN)).isEqualTo(2L);
        store.dropGraph(A2);
        assertThat(count(KN)).isEqualTo(1L);
        store.update("DELETE WHERE { GRAPH <" + A1 + "> { <" + A1 + "> <" + OJ.mentions.getURI() + "> ?e } }");
        assertThat(count(KN)).isNull();
        store.update("INSERT DATA { GRAPH <" + A2 + "> { <" + A2 + "> <" + OJ.mentions.getURI() + "> <" + KN + "> } }");
        assertThat(count(KN)).isEqualTo(1L);
    }

    @Test
    void aStoreWithoutCountsGetsThemWhenOpened(@TempDir Path dir) {
        try (GraphStore s = GraphStore.open(dir)) {
            s.replaceGraph(A1, article(A1, "t", "康奈"));
            s.update("DELETE WHERE { GRAPH <" + GraphStore.ENTITIES_GRAPH + "> { ?e <" + OJ.articleCount.getURI()
                    + "> ?n } }");
        }
        try (GraphStore s = GraphStore.open(dir)) {
            String n = s.read(ds -> ds.asDatasetGraph().find(NodeFactory.createURI(GraphStore.ENTITIES_GRAPH),
                    NodeFactory.createURI(KN), OJ.articleCount.asNode(), Node.ANY).next().getObject()
                    .getLiteralLexicalForm());
            assertThat(n).isEqualTo("1");
        }
    }

    @Test
    void compactingKeepsEveryQuadAndShrinksTheDirectory(@TempDir Path dir) {
        try (GraphStore s = GraphStore.open(dir)) {
            for (int i = 0; i < 20; i++) {
                s.replaceGraph(A1, article(A1, "t" + i, "康奈"));
            }
            long quads = s.quadCount();
            long[] size = s.compact();
            assertThat(size[1]).isLessThan(size[0]);
            assertThat(s.quadCount()).isEqualTo(quads);
            assertThat(s.contains(A1)).isTrue();
        }
    }

    @Test
    void newStoresHaveFourQuadIndexesThroughCompactionAndOlderStoresKeepSix(@TempDir Path dir) {
        Path fresh = dir.resolve("new");
        try (GraphStore s = GraphStore.open(fresh)) {
            s.replaceGraph(A1, article(A1, "t", "康奈"));
            assertThat(quadIndexes(s)).containsExactly("GSPO", "SPOG", "POSG", "OSPG");
            s.compact();
            // Jena's compaction rebuilt six indexes for this process; the two the layout does not use are gone
            Path data = Path.of(TDBInternal.getDatasetGraphTDB(s.dataset()).getLocation().getDirectoryPath());
            assertThat(data.resolve("GPOS.bpt")).doesNotExist();
            assertThat(data.resolve("GOSP.dat")).doesNotExist();
            s.replaceGraph(A2, article(A2, "t2", "康奈"));
            assertThat(s.contains(A2)).isTrue();
            TDBInternal.expel(s.dataset().asDatasetGraph()); // as a new process would find it
        }
        try (GraphStore s = GraphStore.open(fresh)) {
            assertThat(quadIndexes(s)).containsExactly("GSPO", "SPOG", "POSG", "OSPG");
            assertThat(label(s, KN)).isEqualTo("康奈");
            assertThat(s.contains(A2)).isTrue();
            // graph and predicate bound, subject free: no GPOS index, so TDB2 filters the graph's quads
            long n = s.read(ds -> ds.asDatasetGraph().stream(NodeFactory.createURI(A1), Node.ANY,
                    OJ.mentions.asNode(), Node.ANY).count());
            assertThat(n).isEqualTo(1L);
        }
        Path old = dir.resolve("old");
        Dataset six = TDB2Factory.connectDataset(old.toString());
        Txn.executeWrite(six, () -> six.asDatasetGraph().add(NodeFactory.createURI(A2), NodeFactory.createURI(A2),
                RDF.type.asNode(), OJ.Article.asNode()));
        try (GraphStore s = GraphStore.open(old)) {
            assertThat(quadIndexes(s)).hasSize(6);
            s.replaceGraph(A1, article(A1, "t", "康奈"));
            assertThat(s.contains(A1)).isTrue();
            assertThat(s.contains(A2)).isTrue();
        }
    }

    private static List<String> quadIndexes(GraphStore s) {
        return List.of(TDBInternal.getDatasetGraphTDB(s.dataset()).getStoreParams().getQuadIndexes());
    }

    private static String label(GraphStore s, String entity) {
        return s.read(ds -> ds.asDatasetGraph().find(NodeFactory.createURI(GraphStore.ENTITIES_GRAPH),
                NodeFactory.createURI(entity), RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void tiesAreBrokenByCodePointOrder() {
        assertThat(EntityRegistry.BEST_NAME.compare("乙公司", "甲公司")).isLessThan(0);
        assertThat(EntityRegistry.BEST_NAME.compare("长名字公司", "甲公司")).isLessThan(0);
    }

    @Test
    void failureAfterDeleteLeavesOldGraph() {
        store.replaceGraph(A1, article(A1, "t", "康奈"));
        long quads = store.quadCount();
        store.afterDelete = iri -> {
            throw new IllegalStateException("disk full");
        };
        assertThatThrownBy(() -> store.replaceGraph(A1, article(A1, "changed", "康奈集团")))
                .hasMessageContaining("disk full");
        assertThat(store.quadCount()).isEqualTo(quads);
        assertThat(label(KN)).isEqualTo("康奈");
    }

    @Test
    void modelThatFailsMidwayLeavesNothing() {
        Graph broken = TestGraphs.failingAfter(article(A1, "t", "康奈").getGraph(), 2, "read error");
        assertThatThrownBy(() -> store.replaceGraph(A1, ModelFactory.createModelForGraph(broken)))
                .hasMessageContaining("read error");
        assertThat(store.contains(A1)).isFalse();
        assertThat(store.quadCount()).isZero();
    }

    @Test
    void unionDefaultGraphSeesAllGraphs() {
        store.replaceGraph(A1, article(A1, "t", "康奈"));
        store.replaceGraph(A2, article(A2, "u", "康奈"));
        long n = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) { ?a a <" + OJ.Article.getURI() + "> }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertThat(n).isEqualTo(2);
    }

    @Test
    void referenceFilesReloadOnlyWhenChanged(@TempDir Path dir) throws Exception {
        Path onto = Files.createDirectories(dir.resolve("ontology/gazetteer"));
        Files.writeString(onto.resolve("regions.ttl"), "<http://example.org/x> <http://example.org/p> \"温州市\"@zh .\n");
        Files.writeString(dir.resolve("ontology/oujiang.ttl"), "<http://example.org/c> a <http://example.org/Class> .\n");
        try (GraphStore disk = GraphStore.open(dir.resolve("store"))) {
            assertThat(disk.loadReference(dir.resolve("ontology"))).isEqualTo(2);
            assertThat(disk.loadReference(dir.resolve("ontology"))).isZero();
            assertThat(disk.listGraphs()).contains(OJ.GRAPH + "gazetteer/regions", OJ.GRAPH + "oujiang",
                    GraphStore.META_GRAPH);
            Files.writeString(onto.resolve("regions.ttl"), "<http://example.org/y> <http://example.org/p> \"瑞安市\"@zh .\n");
            assertThat(disk.loadReference(dir.resolve("ontology"))).isEqualTo(1);
            assertThat(disk.quadCount()).isEqualTo(2 + 2);
            Files.delete(dir.resolve("ontology/oujiang.ttl"));
            assertThat(disk.loadReference(dir.resolve("ontology"))).isEqualTo(1);
            assertThat(disk.contains(OJ.GRAPH + "oujiang")).isFalse();
        }
    }

    @Test
    void badReferenceFileIsNamedAndNothingLoads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ttl"), "<http://example.org/x> <http://example.org/p> \"ok\" .\n");
        Files.writeString(dir.resolve("b.ttl"), "<http://example.org/x> <http://example.org/p> .\n");
        assertThatThrownBy(() -> store.loadReference(dir)).hasMessageContaining("b.ttl");
        assertThat(store.quadCount()).isZero();
    }
}
