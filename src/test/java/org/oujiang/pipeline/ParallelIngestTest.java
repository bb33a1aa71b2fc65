package org.oujiang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.oujiang.TestGraphs;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.rdf.Iris;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;
import org.oujiang.store.Store;

/** Batch ingest with several analysis threads and one batching writer. */
class ParallelIngestTest {
    @TempDir
    Path dir;

    /** Slow by a random few ms (so analyses finish out of order); a title with 写不进 gives a graph that cannot be written. */
    static Model analyse(Article a) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Model m = IngestServiceTest.ANALYSER.apply(a);
        if (!a.title().contains("写不进")) {
            return m;
        }
        return ModelFactory.createModelForGraph(TestGraphs.failingAfter(m.getGraph(), Integer.MAX_VALUE,
                "write exploded"));
    }

    private IngestService service(GraphStore store) throws Exception {
        Path onto = Files.createDirectories(dir.resolve("ontology"));
        Files.writeString(onto.resolve("oujiang.ttl"), "<http://example.org/c> a <http://example.org/C> .\n");
        return new IngestService(store, onto, new ArticleReader(), a -> new IngestService.Analysed(analyse(a),
                a.body(), Iris.article(a)), null, 4);
    }

    private static long articles(GraphStore store) {
        return store.listGraphs().stream().filter(g -> g.startsWith(OJ.ID + "article/")).count();
    }

    @Test
    void aFailingWriteFailsAloneAndProgressKeepsInputOrder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String name = String.format("%03d.txt", i);
            String title = i == 37 ? "写不进的稿件" : "第" + i + "号稿件";
            Files.writeString(in.resolve(name), title + "\n\n温州市第" + i + "家企业今年产值增长" + i + "%。\n");
            expected.add(in.resolve(name).toString());
        }
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService service = service(store);
            List<String> origins = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            IngestReport first = service.ingest(List.of(in.toString()), (n, origin, outcome) -> {
                counts.add(n);
                origins.add(origin);
                assertThat(outcome).isEqualTo(origin.endsWith("037.txt") ? "failed: write exploded" : "added");
            });
            assertThat(origins).containsExactlyElementsOf(expected);
            assertThat(counts).isSorted().hasSize(120).endsWith(120);
            assertThat(first.summary()).isEqualTo("ingested 119, updated 0, unchanged 0, failed 1");
            assertThat(first.failures()).singleElement().asString().endsWith("037.txt: write exploded");
            assertThat(articles(store)).isEqualTo(119);
            long quads = store.quadCount();

            IngestReport again = service.ingest(List.of(in.toString()), (n, o, r) -> { });
            assertThat(again.summary()).isEqualTo("ingested 0, updated 0, unchanged 119, failed 1");
            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    @Test
    void anEditedFileReplacesItsOldVersionAndJsonLinesMatchOnlyByUrl() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path story = in.resolve("story.txt");
        Files.writeString(story, "瓯海泵阀\n\n瓯海区泵阀企业三百家。\n");
        Files.writeString(in.resolve("lines.jsonl"), String.join("\n",
                "{\"title\":\"甲\",\"url\":\"https://n.example/1\",\"body\":\"乐清电气企业一千家。\"}",
                "{\"title\":\"甲\",\"url\":\"https://n.example/1\",\"body\":\"乐清电气企业一千二百家。\"}",
                "{\"title\":\"乙\",\"body\":\"瑞安汽摩配企业五百家。\"}",
                "{\"title\":\"乙\",\"body\":\"瑞安汽摩配企业六百家。\"}") + "\n");
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService service = service(store);
            List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
            IngestReport first = service.ingest(List.of(in.toString()), (n, o, r) -> outcomes.add(r));
            // the second line with the same URL replaces the first, inside the same batch
            assertThat(outcomes).containsExactly("added", "updated", "added", "added", "added");
            assertThat(first.summary()).isEqualTo("ingested 4, updated 1, unchanged 0, failed 0");
            assertThat(articles(store)).isEqualTo(4);
            String old = Iris.article(new Article("", null, null, null, "瓯海区泵阀企业三百家。", ""));
            assertThat(store.contains(old)).isTrue();

            Files.writeString(story, "瓯海泵阀\n\n瓯海区泵阀企业三百五十家。\n");
            outcomes.clear();
            IngestReport edit = service.ingest(List.of(story.toString()), (n, o, r) -> outcomes.add(r));
            assertThat(edit.summary()).isEqualTo("ingested 0, updated 1, unchanged 0, failed 0");
            assertThat(store.contains(old)).isFalse();
            assertThat(articles(store)).isEqualTo(4);
            assertThat((long) store.query(r -> r.count("SELECT (COUNT(*) AS ?n) { ?a <" + OJ.sourceFile.getURI() + "> ?f }")))
                    .isEqualTo(1L);
        }
    }

    @Test
    void aFailedCommitIsRetriedArticleByArticle() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(in.resolve(String.format("%02d.txt", i)), "第" + i + "号稿件\n\n温州市第" + i + "家企业投产。\n");
        }
        try (GraphStore store = GraphStore.inMemory()) {
            // a store whose first batch commit fails, as with a full disk: nothing of that batch is stored
            AtomicInteger commits = new AtomicInteger();
            Store failingOnce = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                    (proxy, m, args) -> {
                        Object out = invoke(store, m, args);
                        if (!m.getName().equals("openBatch")) {
                            return out;
                        }
                        Store.ArticleBatch real = (Store.ArticleBatch) out;
                        return new Store.ArticleBatch() {
                            @Override
                            public void add(org.oujiang.store.ArticleWrite w) {
                                real.add(w);
                            }

                            @Override
                            public List<org.oujiang.store.WriteOutcome> commit() {
                                if (commits.getAndIncrement() == 0) {
                                    throw new IllegalStateException("no space left on device");
                                }
                                return real.commit();
                            }

                            @Override
                            public void close() {
                                real.close();
                            }
                        };
                    });
            Path onto = Files.createDirectories(dir.resolve("ontology"));
            Files.writeString(onto.resolve("oujiang.ttl"), "<http://example.org/c> a <http://example.org/C> .\n");
            List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
            IngestReport r = new IngestService(failingOnce, onto, new ArticleReader(),
                    a -> new IngestService.Analysed(analyse(a), a.body(), Iris.article(a)), null, 2)
                    .ingest(List.of(in.toString()), (n, o, x) -> outcomes.add(x));
            assertThat(commits.get()).isPositive();
            assertThat(r.summary()).isEqualTo("ingested 12, updated 0, unchanged 0, failed 0");
            assertThat(outcomes).hasSize(12).containsOnly("added");
            assertThat(articles(store)).isEqualTo(12);
        }
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
