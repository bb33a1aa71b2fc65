package org.oujiang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.serve.ServeOptions;
import org.oujiang.serve.SparqlServer;
import org.oujiang.shell.Console;
import org.oujiang.shell.OujiangServices;
import org.oujiang.shell.ReportCommands;
import org.oujiang.store.GraphStore;

/**
 * The served pages on loopback (free port) beside the SPARQL endpoint: the report is byte for byte the file
 * {@code report} writes, the start page links to it, unknown names are 404, writes are refused.
 */
@Timeout(120)
class ReportServeTest {
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static SparqlServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = ReportFixtures.store(dir);
        server = SparqlServer.start(store.dataset(), new ServeOptions("127.0.0.1", 0, false, Duration.ofSeconds(30)),
                null, ReportServlet.routes(new Reports(store)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theServedReportIsTheFileTheReportCommandWrites() throws Exception {
        Path file = dir.resolve("ruian.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        new ReportCommands(new OujiangServices(Path.of("."), store), console).report("瑞安市", file.toString());
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(file.toString());
        String written = Files.readString(file, StandardCharsets.UTF_8);

        HttpResponse<String> byLabel = get("/report/" + enc("瑞安市"));
        assertThat(byLabel.statusCode()).isEqualTo(200);
        assertThat(byLabel.headers().firstValue("Content-Type").orElse("")).isEqualTo("text/html;charset=utf-8");
        assertThat(byLabel.body().equals(written)).as("served page equals the file").isTrue();
        assertThat(get("/report/region/330381").body().equals(written)).as("by report path").isTrue();
        assertThat(get("/report?name=" + enc("https://w3id.org/oujiang/id/region/330381")).body().equals(written))
                .as("by IRI").isTrue();
        assertThat(get("/report?name=" + enc("瑞安")).body().equals(written)).as("by other name").isTrue();
    }

    @Test
    void theStartPageListsRegionsAndMentionedEntitiesWithLinksToTheirReports() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<meta charset=\"utf-8\">").contains("2 篇报道")
                .contains("href=\"/report/region/330381\">瑞安市</a>")
                .contains(">汽摩配</a>").contains("<form action=\"/report\"").doesNotContain("{{");
        assertThat(r.body()).contains("href=\"/report/" + enc("company") + "/");
        assertThat(get("/report/region/330381").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownNamesAre404AndWritesAreRefusedWhileSparqlStillAnswers() throws Exception {
        HttpResponse<String> missing = get("/report/" + enc("不存在的地方"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("不存在的地方");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/report/x"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> sparql = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                        + enc("ASK { ?s ?p ?o }"))).header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sparql.statusCode()).isEqualTo(200);
        assertThat(sparql.body()).contains("true");
    }
}
