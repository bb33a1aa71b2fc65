package org.oujiang.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;
import org.oujiang.store.StoreInUseException;

/** The embedded endpoint on loopback, a free port, over an in-memory store; every server stopped after. */
@Timeout(60)
class ServeTest {
    private static final String A1 = OJ.ID + "article/a1";
    private final GraphStore store = GraphStore.inMemory();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SparqlServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private void article(String iri, String company) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri).addProperty(RDF.type, OJ.Article).addProperty(OJ.mentions,
                m.createResource(OJ.ID + "company/" + company).addProperty(RDF.type, OJ.Company)
                        .addProperty(OJ.statedName, m.createLiteral(company, "zh")));
        store.replaceGraph(iri, m);
    }

    private SparqlServer serve(boolean allowUpdate, Duration timeout) {
        server = SparqlServer.start(store.dataset(), new ServeOptions("127.0.0.1", 0, allowUpdate, timeout), null);
        return server;
    }

    private HttpResponse<String> get(String query, String accept) throws Exception {
        String url = server.queryUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postUpdate(String path, String update) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void curlGetsJsonResultsOverTheUnionGraphIncludingArticlesAddedWhileServing() throws Exception {
        article(A1, "瓯江测试有限公司");
        serve(false, Duration.ofSeconds(30));
        String q = "SELECT ?label WHERE { ?c a <" + OJ.Company.getURI() + "> ; <" + RDFS.label.getURI() + "> ?label }";
        HttpResponse<String> r = get(q, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        assertThat(r.body()).contains("\"bindings\"").contains("瓯江测试有限公司");

        article(OJ.ID + "article/a2", "温州泵阀有限公司");
        assertThat(get(q, "application/sparql-results+json").body()).contains("温州泵阀有限公司");
    }

    @Test
    void rdfConnectionQueriesAndGraphStoreReadsWork() throws Exception {
        article(A1, "瓯江测试有限公司");
        serve(false, Duration.ofSeconds(30));
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            long n = conn.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <" + OJ.Article.getURI() + "> }").execSelect()
                    .next().getLiteral("n").getLong();
            assertThat(n).isEqualTo(1);
            Model g = conn.fetch(A1);
            assertThat(g.contains(g.createResource(A1), RDF.type, OJ.Article)).isTrue();
        }
        HttpResponse<String> ld = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/get?graph="
                        + URLEncoder.encode(A1, StandardCharsets.UTF_8))).header("Accept", "application/ld+json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(ld.statusCode()).isEqualTo(200);
        assertThat(ld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
    }

    @Test
    void updatesAreRefusedUnlessAllowed() throws Exception {
        String update = "INSERT DATA { GRAPH <" + A1 + "> { <urn:x> <urn:p> 1 } }";
        serve(false, Duration.ofSeconds(30));
        assertThat(postUpdate("/update", update).statusCode()).isBetween(400, 499);
        assertThat(postUpdate("", update).statusCode()).isBetween(400, 499);
        assertThat(postUpdate("/sparql", update).statusCode()).isBetween(400, 499);
        assertThat(store.contains(A1)).isFalse();
        server.close();

        serve(true, Duration.ofSeconds(30));
        assertThat(postUpdate("/update", update).statusCode()).isBetween(200, 299);
        assertThat(store.contains(A1)).isTrue();
    }

    @Test
    void serviceIsRefused() throws Exception {
        serve(false, Duration.ofSeconds(30));
        HttpResponse<String> r = get("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isBetween(400, 599);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("SERVICE execution disabled");
    }

    @Test
    void aSlowQueryIsCutOffAtTheLimit() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 3000; i++) {
            m.createResource("urn:s" + i).addLiteral(m.createProperty("urn:p"), (long) i);
        }
        store.replaceGraph(A1, m);
        serve(false, Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("Query timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            assertThatThrownBy(() -> conn.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
                    .execSelect().hasNext()).isInstanceOfSatisfying(
                    org.apache.jena.sparql.engine.http.QueryExceptionHTTP.class, e -> assertThat(e.getStatusCode()).isEqualTo(503));
        }
    }

    @Test
    void bindsLoopbackOnly() {
        serve(false, Duration.ofSeconds(30));
        assertThat(server.boundAddresses()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAddress().isLoopbackAddress()).as(a.toString()).isTrue());
        assertThat(server.queryUrl()).startsWith("http://127.0.0.1:").endsWith("/oujiang/sparql");
    }

    @Test
    void endpointFileNamesTheUrlWhileServingAndGoesAway(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(StoreInUseException.ENDPOINT_FILE);
        server = SparqlServer.start(store.dataset(), new ServeOptions("127.0.0.1", 0, false, Duration.ofSeconds(5)),
                file);
        assertThat(Files.readString(file).strip()).isEqualTo(server.queryUrl());
        server.close();
        assertThat(file).doesNotExist();
        server = null;
    }
}
