package org.oujiang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oujiang.export.ExportFormat;
import org.oujiang.export.Exporter;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.query.EntityDescriber;
import org.oujiang.query.EntityDescription;
import org.oujiang.query.QueryLibrary;
import org.oujiang.query.QueryRunner;
import org.oujiang.query.ResultFormat;
import org.oujiang.query.StoreStats;

/**
 * The remote store against a real Fuseki started here on loopback, over exactly what the README asks of a
 * server: a TDB2 dataset whose default graph is the union of its named graphs, updates allowed. Every
 * command's service runs on it and on an embedded store fed the same articles, and the results must agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteGraphStoreTest {
    private FusekiServer server;
    private Dataset served;
    private RemoteGraphStore remote;
    private final GraphStore embedded = GraphStore.inMemory();
    private final QueryLibrary library = new QueryLibrary(Path.of("queries"));

    @BeforeAll
    void start() {
        Dataset ds = TDB2Factory.createDataset();
        served = ds;
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        server = FusekiServer.create().loopback(true).port(0).add("/ds", ds, true).build().start();
        remote = RemoteGraphStore.connect("http://127.0.0.1:" + server.getHttpPort() + "/ds");
        for (Store s : List.of(embedded, remote)) {
            IngestReport r = IngestService.standard(s, Path.of("ontology"), null)
                    .ingest(List.of("samples"), (n, o, x) -> { });
            assertThat(r.failed()).isZero();
            assertThat(r.added()).isEqualTo(5);
        }
    }

    @AfterAll
    void stop() {
        remote.close();
        embedded.close();
        server.stop();
    }

    @Test
    void commandsGiveTheSameResultsOnBothStores() {
        assertThat(remote.listGraphs()).isEqualTo(embedded.listGraphs());
        assertThat(remote.quadCount()).isEqualTo(embedded.quadCount());
        assertThat(StoreStats.of(remote)).isEqualTo(StoreStats.of(embedded));
        assertThat(new ArticleCatalog(remote).list()).isEqualTo(new ArticleCatalog(embedded).list());
        for (String q : List.of("top-entities", "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g "
                + "ORDER BY ?g")) {
            assertThat(query(remote, q, Map.of())).isEqualTo(query(embedded, q, Map.of())).isNotBlank();
        }
        assertThat(query(remote, "indicator-timeline", Map.of("region", "合肥市")))
                .isEqualTo(query(embedded, "indicator-timeline", Map.of("region", "合肥市"))).contains("12673.8");
        List<EntityDescription> d = new EntityDescriber(remote).describe("蔚来");
        assertThat(d).isNotEmpty();
        assertThat(d.get(0).render()).isEqualTo(new EntityDescriber(embedded).describe("蔚来").get(0).render());
        assertThat(export(remote, null)).satisfies(r -> assertThat(IsoMatcher.isomorphic(r, export(embedded, null)))
                .isTrue());
    }

    @Test
    void reingestIsUnchangedAndRemoveAgrees() {
        IngestReport again = IngestService.standard(remote, Path.of("ontology"), null)
                .ingest(List.of("samples"), (n, o, x) -> { });
        assertThat(again.unchanged()).isEqualTo(5);
        String article = new ArticleCatalog(remote).resolve("晋江", true).iri();
        for (Store s : List.of(embedded, remote)) {
            assertThat(s.dropGraph(article)).isTrue();
            assertThat(s.dropGraph(article)).isFalse();
        }
        assertThat(StoreStats.of(remote)).isEqualTo(StoreStats.of(embedded));
        assertThat(IsoMatcher.isomorphic(export(remote, null), export(embedded, null))).isTrue();
        String other = new ArticleCatalog(remote).resolve("合肥", true).iri();
        assertThat(IsoMatcher.isomorphic(export(remote, other), export(embedded, other))).isTrue();

        // a user's update that moves a story to another month: the derived indexes (counts, labels, figures,
        // months) are rebuilt alike on both, and the embedded one keeps no stale figure values
        // (TDB2 could not delete a decimal written as "746000", only as "746000.0")
        String redate = "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "DELETE { GRAPH ?g { ?g dcterms:date ?d } } INSERT { GRAPH ?g { ?g dcterms:date \"1999-02-03\" } }"
                + " WHERE { GRAPH ?g { ?g dcterms:date ?d } FILTER (?g = <" + other + ">) }";
        embedded.update(redate);
        remote.update(redate);
        assertThat(IsoMatcher.isomorphic(export(remote, null), export(embedded, null))).isTrue();
        assertThat(remote.quadCount()).isEqualTo(embedded.quadCount());
    }

    @Test
    void aStoreWrittenBeforeTheMonthIndexGetsItWhenConnected() {
        String months = "SELECT (COUNT(*) AS ?n) { ?m <" + org.oujiang.rdf.OJ.story.getURI() + "> ?a }";
        long before = remote.query(r -> r.count(months));
        assertThat(before).isPositive();
        // as an older version left it: no month nodes (removed on the server directly, not through Oujiang)
        org.apache.jena.system.Txn.executeWrite(served, () -> org.apache.jena.update.UpdateAction.parseExecute(
                "DELETE WHERE { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?m <" + org.oujiang.rdf.OJ.storyCount.getURI()
                        + "> ?n } } ; DELETE WHERE { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?m <"
                        + org.oujiang.rdf.OJ.story.getURI() + "> ?a } }", served));
        long none = remote.query(r -> r.count(months));
        assertThat(none).isZero();
        try (RemoteGraphStore again = RemoteGraphStore.connect("http://127.0.0.1:" + server.getHttpPort() + "/ds")) {
            long rebuilt = again.query(r -> r.count(months));
            assertThat(rebuilt).isEqualTo(before);
        }
    }

    @Test
    void aServerWhoseDefaultGraphIsNotTheUnionIsRefusedInOneLine() {
        Dataset plain = DatasetFactory.createTxnMem();
        Txn.executeWrite(plain, () -> plain.asDatasetGraph().add(org.apache.jena.sparql.core.Quad.create(
                org.apache.jena.graph.NodeFactory.createURI(Store.META_GRAPH),
                org.apache.jena.graph.NodeFactory.createURI("urn:x:s"), ReferenceLoader.SHA256,
                org.apache.jena.graph.NodeFactory.createLiteralString("0"))));
        FusekiServer other = FusekiServer.create().loopback(true).port(0).add("/plain", plain, true).build().start();
        try {
            assertThatThrownBy(() -> RemoteGraphStore.connect("http://127.0.0.1:" + other.getHttpPort() + "/plain"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not the union of its named graphs");
        } finally {
            other.stop();
        }
    }

    @Test
    void anUnreachableServerIsOneLine() {
        assertThatThrownBy(() -> Store.open("http://127.0.0.1:9/ds")).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("http://127.0.0.1:9/ds: ");
    }

    private String query(Store s, String q, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(s, library).run(q, params, ResultFormat.CSV, out, new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static DatasetGraph export(Store s, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(s).export(ExportFormat.of("nq"), graph, out);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(dsg);
        return dsg;
    }
}
