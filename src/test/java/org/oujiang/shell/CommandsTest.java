package org.oujiang.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.article.ArticleReader;
import org.oujiang.pipeline.IngestService;
import org.oujiang.rdf.Iris;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

/** The commands as plain objects, non-interactive, on a temporary store with a light analyser. */
class CommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false);
    private GraphStore store;
    private OujiangServices services;

    @BeforeEach
    void setUp() throws Exception {
        store = GraphStore.open(dir.resolve("store"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("ontology"));
        Files.writeString(home.resolve("ontology/oujiang.ttl"), "<http://example.org/c> a <http://example.org/C> .\n");
        Files.createDirectories(home.resolve("queries"));
        Files.copy(Path.of("queries/stories-mentioning.rq"), home.resolve("queries/stories-mentioning.rq"));
        services = new OujiangServices(home, store);
        services.ingest(new IngestService(store, home.resolve("ontology"), new ArticleReader(), a -> {
            if (a.title().contains("坏")) {
                throw new IllegalStateException("analysis exploded");
            }
            Model m = ModelFactory.createDefaultModel();
            var company = m.createResource(OJ.ID + "company/test").addProperty(RDF.type, OJ.Company)
                    .addProperty(OJ.statedName, m.createLiteral("瓯江测试有限公司", "zh"));
            m.createResource(Iris.article(a)).addProperty(RDF.type, OJ.Article)
                    .addProperty(m.createProperty("http://purl.org/dc/terms/title"), a.title())
                    .addProperty(OJ.mentions, company);
            return m;
        }));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "乐清电气产业集群\n\n乐清市的电气企业已经超过一千家。\n");
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private String out() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    @Test
    void ingestQueryArticlesStatsExportRemove() throws Exception {
        new IngestCommands(services, console).ingest(new String[] {dir.resolve("in").toString()});
        assertThat(out()).isEqualTo("ingested 1, updated 0, unchanged 0, failed 0\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a.txt: added");

        new QueryCommands(services, console).query("stories-mentioning", "csv",
                new String[] {"entity=瓯江测试有限公司"}, null);
        assertThat(out()).startsWith("title,date,source,article\r\n乐清电气产业集群,");

        new StoreCommands(services, console).articles();
        assertThat(out()).contains("乐清电气产业集群").contains("Company 1");

        new StoreCommands(services, console).stats();
        assertThat(out()).contains("articles          1").contains("entities Company  1");

        new StoreCommands(services, console).describe("瓯江测试有限公司");
        assertThat(out()).contains("oj:Company").contains("mentioned by 1 story");

        Path ttl = dir.resolve("a.ttl");
        new ExportCommands(services, console).export("ttl", ttl.toString(), "电气");
        assertThat(Files.readString(ttl)).contains("乐清电气产业集群");

        new StoreCommands(services, console).remove("乐清电气产业集群");
        assertThat(out()).startsWith("removed 乐清电气产业集群");
        assertThat(store.listGraphs()).noneMatch(g -> g.contains("/article/"));
    }

    @Test
    void failedInputsAreListedAndTheExitCodeIsNonZero() throws Exception {
        Files.writeString(dir.resolve("in/b.txt"), "坏稿件\n\n这一篇让分析出错。\n");
        assertThatThrownBy(() -> new IngestCommands(services, console).ingest(
                new String[] {dir.resolve("in").toString()}))
                .isInstanceOfSatisfying(CommandFailedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.reported()).isTrue();
                });
        assertThat(out()).isEqualTo("ingested 1, updated 0, unchanged 0, failed 1\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("b.txt: analysis exploded");
    }

    @Test
    void queryTakesBackItsTextFromParamAndRefusesUpdates() {
        QueryCommands q = new QueryCommands(services, console);
        q.query(null, "tsv", new String[] {"x=1", "SELECT ?x {}"}, null);
        assertThat(out()).isEqualTo("?x\n\"1\"\n");
        assertThatThrownBy(() -> q.query("DROP ALL", "table", null, null)).hasMessageContaining("updates are refused");
        assertThatThrownBy(() -> q.query("SELECT * {}", "xml", null, null)).hasMessageContaining("table, csv, tsv, json");
        assertThatThrownBy(() -> new StoreCommands(services, console).describe("无此实体"))
                .hasMessageContaining("no entity");
    }

    @Test
    void argvIsReshapedForTheOptionParser() {
        assertThat(ArgvRewriter.rewrite(List.of("query", "--param", "a=1", "--format", "csv", "SELECT ?a {}",
                "--param=b=2"))).containsExactly("query", "--param", "a=1", "b=2", "--format", "csv", "--query",
                "SELECT ?a {}");
        assertThat(ArgvRewriter.rewrite(List.of("ingest", "a", "-", "b"))).containsExactly("ingest", "--paths", "a",
                "-", "b");
        assertThat(ArgvRewriter.rewrite(List.of("help", "query"))).containsExactly("help", "query");
    }
}
