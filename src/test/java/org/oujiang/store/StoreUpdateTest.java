package org.oujiang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oujiang.rdf.OJ;

/**
 * {@link Store#update} on the embedded store and on a Fuseki started here: the registry labels follow the
 * stated names the update leaves; embedded, a failing update or one writing the hidden default graph changes
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreUpdateTest {
    private static final String A1 = OJ.ID + "article/u1";
    private static final String A2 = OJ.ID + "article/u2";
    private static final String CO = OJ.ID + "company/星曜";
    private static final String PREFIX = "PREFIX oj: <" + OJ.NS + ">\n";
    private FusekiServer server;

    @BeforeAll
    void start() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        server = FusekiServer.create().loopback(true).port(0).add("/ds", ds, true).build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    private static Model article(String iri, String name) {
        Model m = ModelFactory.createDefaultModel();
        var co = m.createResource(CO).addProperty(RDF.type, OJ.Company).addProperty(OJ.statedName, m.createLiteral(name, "zh"));
        m.createResource(iri).addProperty(RDF.type, OJ.Article).addProperty(OJ.mentions, co);
        return m;
    }

    /** Entity → registry label. */
    private static Map<String, String> labels(Store s) {
        return registry(s, RDFS.label.getURI());
    }

    /** Entity → registry article count. */
    private static Map<String, String> counts(Store s) {
        return registry(s, OJ.articleCount.getURI());
    }

    /** Entity → the lexical form of its value of {@code property} in the registry graph. */
    private static Map<String, String> registry(Store s, String property) {
        Map<String, String> out = new TreeMap<>();
        s.query(r -> {
            r.select("SELECT ?e ?v { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?e <" + property + "> ?v } }",
                    q -> out.put(q.getResource("e").getURI(), q.getLiteral("v").getLexicalForm()));
            return null;
        });
        return out;
    }

    private void labelsFollowTheUpdate(Store s) {
        s.writeArticles(List.of(ArticleWrite.of(A1, article(A1, "星曜")), ArticleWrite.of(A2, article(A2, "星曜"))));
        assertThat(labels(s)).isEqualTo(Map.of(CO, "星曜"));
        assertThat(counts(s)).isEqualTo(Map.of(CO, "2"));
        s.update(PREFIX + "INSERT DATA { GRAPH <" + A2 + "> { <" + CO + "> oj:statedName \"星曜智能科技有限公司\"@zh } }");
        assertThat(labels(s)).isEqualTo(Map.of(CO, "星曜智能科技有限公司"));
        s.update("DROP GRAPH <" + A2 + ">");
        assertThat(labels(s)).isEqualTo(Map.of(CO, "星曜"));
        assertThat(counts(s)).isEqualTo(Map.of(CO, "1"));
        s.update(PREFIX + "DELETE WHERE { GRAPH ?g { ?e oj:statedName ?n } }");
        assertThat(labels(s)).isEmpty();
        assertThat(counts(s)).isEqualTo(Map.of(CO, "1"));
        assertThat(s.contains(A1)).isTrue();
    }

    @Test
    void embeddedLabelsFollowTheUpdate() {
        try (GraphStore s = GraphStore.inMemory()) {
            labelsFollowTheUpdate(s);
        }
    }

    @Test
    void remoteLabelsFollowTheUpdateInTheSameRequest() {
        try (RemoteGraphStore s = RemoteGraphStore.connect("http://127.0.0.1:" + server.getHttpPort() + "/ds")) {
            labelsFollowTheUpdate(s);
        }
    }

    /** An article stating one figure: GDP of a region in 2024, {@code value} 亿元. */
    private static Model figure(String iri, String value) {
        Model m = article(iri, "星曜");
        m.createResource(iri + "/obs/0").addProperty(RDF.type, OJ.Observation)
                .addProperty(OJ.subject, m.createResource(OJ.ID + "region/330300"))
                .addProperty(OJ.indicator, m.createResource(OJ.ID + "indicator/地区生产总值"))
                .addProperty(OJ.value, m.createTypedLiteral(value, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal))
                .addProperty(OJ.unit, "亿元")
                .addProperty(OJ.normalizedValue, m.createTypedLiteral(value + "00000000",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal))
                .addProperty(OJ.normalizedUnit, "元")
                .addProperty(OJ.period, m.createTypedLiteral("2024", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear));
        m.getResource(iri).addProperty(m.createProperty("http://purl.org/dc/terms/title"), "报道" + value);
        return m;
    }

    /** Rows of the library's conflicting-figures query. */
    private static List<String> conflicts(Store s) {
        String q;
        try {
            q = java.nio.file.Files.readString(java.nio.file.Path.of("queries/conflicting-figures.rq"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> out = new java.util.ArrayList<>();
        s.query(r -> {
            r.select(q, row -> out.add(row.getLiteral("values").getLexicalForm()));
            return null;
        });
        return out;
    }

    private void figuresDisagreeAndAgreeAgain(Store s) {
        s.writeArticles(List.of(ArticleWrite.of(A1, figure(A1, "5000")), ArticleWrite.of(A2, figure(A2, "5000"))));
        assertThat(conflicts(s)).isEmpty();
        String a3 = OJ.ID + "article/u3";
        s.writeArticles(List.of(ArticleWrite.of(a3, figure(a3, "5100"))));
        assertThat(conflicts(s)).singleElement().satisfies(v -> assertThat(v).contains("5100").contains("5000"));
        s.dropGraph(a3);
        assertThat(conflicts(s)).isEmpty();
        s.writeArticles(List.of(ArticleWrite.of(A2, figure(A2, "5200"))));
        assertThat(conflicts(s)).singleElement().satisfies(v -> assertThat(v).contains("5000").contains("5200"));
        s.dropGraph(A2);
        assertThat(conflicts(s)).isEmpty();
        s.update(PREFIX + "INSERT DATA { GRAPH <" + A2 + "> { <" + A2 + "/obs/0> oj:subject <" + OJ.ID + "region/330300> ; "
                + "oj:indicator <" + OJ.ID + "indicator/地区生产总值> ; oj:value 1 ; oj:normalizedValue 100000000 ; "
                + "oj:normalizedUnit \"元\" ; oj:period \"2024\"^^<http://www.w3.org/2001/XMLSchema#gYear> . "
                + "<" + A2 + "> <http://purl.org/dc/terms/title> \"更正\" } }");
        assertThat(conflicts(s)).singleElement().satisfies(v -> assertThat(v).contains("5000").contains("1"));
        assertThat(storiesGiving(s, "1")).containsExactly("更正");
    }

    /** Titles of the stories the figure index links to value {@code written} (as written) of some key. */
    private static List<String> storiesGiving(Store s, String written) {
        List<String> out = new java.util.ArrayList<>();
        s.query(r -> {
            r.select(PREFIX + "SELECT ?t { GRAPH <" + GraphStore.ENTITIES_GRAPH + "> { ?k oj:statedValue ?v . "
                    + "?v oj:value ?w ; oj:figure ?o } FILTER (STR(?w) = \"" + written + "\") "
                    + "GRAPH ?g { ?o oj:value ?x } ?g <http://purl.org/dc/terms/title> ?t }",
                    row -> out.add(row.getLiteral("t").getLexicalForm()));
            return null;
        });
        return out;
    }

    @Test
    void embeddedFiguresDisagreeAndAgreeAgain() {
        try (GraphStore s = GraphStore.inMemory()) {
            figuresDisagreeAndAgreeAgain(s);
        }
    }

    @Test
    void keysWithoutValueCountsGetThemWhenOpened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (GraphStore s = GraphStore.open(dir)) {
            s.writeArticles(List.of(ArticleWrite.of(A1, figure(A1, "5000")), ArticleWrite.of(A2, figure(A2, "5100"))));
            assertThat(conflicts(s)).hasSize(1);
            // as a version before oj:valueCount left it (written past update(), which would rebuild at once)
            var dsg = s.dataset().asDatasetGraph();
            org.apache.jena.system.Txn.executeWrite(s.dataset(), () -> org.apache.jena.atlas.iterator.Iter
                    .toList(dsg.find(null, null, OJ.valueCount.asNode(), null)).forEach(dsg::delete));
            assertThat(conflicts(s)).isEmpty();
        }
        try (GraphStore s = GraphStore.open(dir)) {
            assertThat(conflicts(s)).singleElement().satisfies(v -> assertThat(v).contains("5000").contains("5100"));
        }
    }

    @Test
    void aFigureIndexOfTheOlderStructureIsRebuiltWhenOpened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String e = GraphStore.ENTITIES_GRAPH;
        try (GraphStore s = GraphStore.open(dir)) {
            s.writeArticles(List.of(ArticleWrite.of(A1, figure(A1, "5000")), ArticleWrite.of(A2, figure(A2, "5100"))));
            // as an older version left it: keys link the observations themselves, no value nodes (written past
            // update(), which would rebuild the index at once)
            var dsg = s.dataset().asDatasetGraph();
            org.apache.jena.system.Txn.executeWrite(s.dataset(), () -> {
                var g = org.apache.jena.graph.NodeFactory.createURI(e);
                org.apache.jena.atlas.iterator.Iter.toList(dsg.find(g, null, null, null)).stream()
                        .filter(q -> q.getSubject().getURI().startsWith(OJ.ID + "figure/")).forEach(dsg::delete);
                dsg.add(g, org.apache.jena.graph.NodeFactory.createURI(OJ.ID + "figure/0123456789abcdef"),
                        OJ.figure.asNode(), org.apache.jena.graph.NodeFactory.createURI(A1 + "/obs/0"));
            });
            assertThat(conflicts(s)).isEmpty();
            org.apache.jena.tdb2.sys.TDBInternal.expel(s.dataset().asDatasetGraph());
        }
        try (GraphStore s = GraphStore.open(dir)) {
            assertThat(conflicts(s)).singleElement().satisfies(v -> assertThat(v).contains("5000").contains("5100"));
        }
    }

    @Test
    void remoteFiguresDisagreeAndAgreeAgain() {
        try (RemoteGraphStore s = RemoteGraphStore.connect("http://127.0.0.1:" + server.getHttpPort() + "/ds")) {
            s.update("DROP ALL");
            figuresDisagreeAndAgreeAgain(s);
        }
    }

    @Test
    void embeddedUpdateIsAllOrNothing() {
        try (GraphStore s = GraphStore.inMemory()) {
            s.replaceGraph(A1, article(A1, "星曜"));
            long quads = s.quadCount();
            String insert = PREFIX + "INSERT DATA { GRAPH <" + A1 + "> { <" + CO + "> oj:statedName \"星曜集团\"@zh } }";
            assertThatThrownBy(() -> s.update(insert + " ;\nLOAD <file:///no/such/file.ttl>"))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("update failed, nothing was changed: ");
            assertThat(s.quadCount()).isEqualTo(quads);
            assertThat(labels(s)).isEqualTo(Map.of(CO, "星曜"));
            assertThatThrownBy(() -> s.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("default graph")
                    .hasMessageContaining("GRAPH <");
            assertThat(s.<Integer>read(ds -> ds.asDatasetGraph().getDefaultGraph().size()).intValue()).isZero();
            assertThatThrownBy(() -> s.update("INSERT DATA {")).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("SPARQL update: ");
            assertThat(s.quadCount()).isEqualTo(quads);
        }
    }
}
