package org.oujiang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.pipeline.IngestService;
import org.oujiang.query.QueryLibrary;
import org.oujiang.query.QueryRunner;
import org.oujiang.query.ResultFormat;
import org.oujiang.store.GraphStore;

/**
 * Search over a real TDB2 directory with the real pipeline: hits with snippets, and no stale or duplicate
 * entries after re-ingest, edit, remove, or a lost index.
 */
class ArticleSearchTest {
    private static final String STORY = "瓯海泵阀产业加速转型\n\n2024-03-01\n\n温州市瓯海区的泵阀企业今年新上智能化生产线二十条。"
            + "当地泵阀产业集群已有规模以上企业一百多家。\n";
    private static final String EDITED = "瓯海泵阀产业加速转型\n\n2024-03-01\n\n温州市瓯海区的阀门企业今年新上智能化生产线三十条。"
            + "当地泵阀产业集群已有规模以上企业两百多家。\n";

    @TempDir
    Path dir;

    @Test
    void reingestEditRemoveAndALostIndexLeaveNoStaleOrDuplicateHits() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path file = in.resolve("ouhai.txt");
        Files.writeString(file, STORY);
        Files.writeString(in.resolve("other.txt"), "乐清电气产业集群\n\n乐清市的电气企业已经超过一千家。\n");
        try (GraphStore store = GraphStore.open(dir.resolve("store")); ArticleSearch search = ArticleSearch.open(store)) {
            IngestService ingest = IngestService.standard(store, Path.of("ontology"), search);
            ingest.ingest(List.of(in.toString()), (n, o, r) -> { });
            List<SearchResult> hits = search.search("泵阀", 10);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).title()).isEqualTo("瓯海泵阀产业加速转型");
            assertThat(hits.get(0).snippet()).contains("【泵阀】");
            assertThat(hits.get(0).partial()).isFalse();
            assertThat(search.search("电气", 10)).extracting(SearchResult::title).containsExactly("乐清电气产业集群");

            ingest.ingest(List.of(file.toString()), (n, o, r) -> { });
            assertThat(search.search("泵阀", 10)).hasSize(1);

            Files.writeString(file, EDITED);
            ingest.ingest(List.of(file.toString()), (n, o, r) -> assertThat(r).isEqualTo("updated"));
            assertThat(search.search("泵阀", 10)).singleElement()
                    .satisfies(h -> assertThat(h.snippet()).contains("阀门"));
            assertThat(search.search("二十条", 10)).isEmpty();
            assertThat(search.search("三十条", 10)).hasSize(1);

            assertThat(sparql(store, "SELECT ?a WHERE { ?a <http://jena.apache.org/text#query> \"泵阀\" }"))
                    .contains(search.search("泵阀", 10).get(0).iri()).hasLineCount(2);
            assertThat(sparql(store, "SELECT ?e WHERE { ?e <http://jena.apache.org/text#query> "
                    + "(<http://www.w3.org/2000/01/rdf-schema#label> \"电气\") }")).contains("电气");

            ingest.remove(search.search("泵阀", 10).get(0).iri());
            assertThat(search.search("泵阀", 10)).isEmpty();
            assertThat(sparql(store, "SELECT ?a WHERE { ?a <http://jena.apache.org/text#query> \"泵阀\" }"))
                    .hasLineCount(1);
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheStoreOnOpen() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ouhai.txt"), STORY);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            IngestService.standard(store, Path.of("ontology"), null).ingest(List.of(in.toString()), (n, o, r) -> { });
            try (ArticleSearch search = ArticleSearch.open(store)) {
                assertThat(search.search("泵阀", 10)).singleElement().satisfies(h -> assertThat(h.partial()).isTrue());
                IngestService.standard(store, Path.of("ontology"), search).ingest(List.of(in.toString()),
                        (n, o, r) -> { });
                assertThat(search.search("泵阀", 10)).singleElement()
                        .satisfies(h -> assertThat(h.partial()).isFalse());
            }
        }
    }

    @Test
    void findsTheWenzhouArticleOfTheSharedCorpus() {
        Path corpus = Path.of("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: shared-corpus search not run");
        try (GraphStore store = GraphStore.inMemory(); ArticleSearch search = ArticleSearch.open(store)) {
            IngestService.standard(store, Path.of("ontology"), search).ingest(List.of(corpus.toString()),
                    (n, o, r) -> { });
            List<SearchResult> hits = search.search("泵阀", 10);
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).title()).contains("温州");
            assertThat(hits.get(0).snippet()).contains("【泵阀】");
        }
    }

    @Test
    void snippetsMarkEveryHitInAWindow() {
        assertThat(Snippets.of("温州的泵阀企业很多，泵阀产业集群。", List.of("泵阀")))
                .isEqualTo("温州的【泵阀】企业很多，【泵阀】产业集群。");
        assertThat(Snippets.mark("集成电路", List.of("电路", "集成电路"))).isEqualTo("【集成电路】");
    }

    private static String sparql(GraphStore store, String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store, new QueryLibrary(Path.of("queries"))).run(q, Map.of(), ResultFormat.CSV, out,
                new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }
}
