package org.oujiang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.rdf.Iris;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

class IngestServiceTest {
    /** A stand-in for pipeline + mapper: the article node and its title; fails on titles containing 坏. */
    static final Function<Article, Model> ANALYSER = a -> {
        if (a.title().contains("坏")) {
            throw new IllegalStateException("analysis exploded");
        }
        Model m = ModelFactory.createDefaultModel();
        m.createResource(Iris.article(a)).addProperty(RDF.type, OJ.Article)
                .addProperty(m.createProperty("http://purl.org/dc/terms/title"), a.title());
        return m;
    };

    @Test
    void oneBadInputNeverStopsTheBatchAndReingestIsUnchanged(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "瑞安汽摩配产业升级\n\n瑞安市的汽摩配企业今年新增技改项目十二个。\n");
        Files.writeString(in.resolve("b.txt"), "坏稿件\n\n这一篇让分析出错。\n");
        Files.writeString(in.resolve("c.txt"), "乐清电气产业集群\n\n乐清市电气企业超过一千家。\n");
        Files.writeString(in.resolve("d.txt"), "");
        Path onto = Files.createDirectories(dir.resolve("ontology"));
        Files.writeString(onto.resolve("oujiang.ttl"), "<http://example.org/c> a <http://example.org/C> .\n");
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService service = new IngestService(store, onto, new ArticleReader(), ANALYSER);
            List<String> seen = new ArrayList<>();
            IngestReport first = service.ingest(List.of(in.toString(), dir.resolve("missing.txt").toString()),
                    (n, origin, outcome) -> seen.add(n + " " + outcome));
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.failed()).isEqualTo(3);
            assertThat(first.failures()).anyMatch(f -> f.contains("b.txt") && f.endsWith("analysis exploded"))
                    .anyMatch(f -> f.contains("d.txt")).anyMatch(f -> f.contains("missing.txt"));
            assertThat(seen).hasSize(5).first().asString().startsWith("1 ");
            assertThat(first.summary()).isEqualTo("ingested 2, updated 0, unchanged 0, failed 3");
            assertThat(store.contains(OJ.GRAPH + "oujiang")).isTrue();
            long quads = store.quadCount();

            IngestReport second = service.ingest(List.of(in.toString()), (n, o, r) -> { });
            assertThat(second.unchanged()).isEqualTo(2);
            assertThat(second.added()).isZero();
            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    /** ANALYSER as a group analyser, counting the groups it is given. */
    private static IngestService.GroupAnalyser grouped(List<Integer> groupSizes, boolean broken) {
        return new IngestService.GroupAnalyser() {
            @Override
            public IngestService.Analysed apply(Article a) {
                return applyAll(List.of(a)).get(0).get();
            }

            @Override
            public List<Attempt<IngestService.Analysed>> applyAll(List<Article> group) {
                if (broken) {
                    throw new IllegalStateException("cannot load the dictionaries");
                }
                groupSizes.add(group.size());
                List<Attempt<IngestService.Analysed>> out = new ArrayList<>();
                for (Article a : group) {
                    try {
                        out.add(new Attempt<>(new IngestService.Analysed(ANALYSER.apply(a), a.body(), Iris.article(a)),
                                null));
                    } catch (RuntimeException e) {
                        out.add(new Attempt<>(null, e));
                    }
                }
                return out;
            }
        };
    }

    @Test
    void groupsKeepTheInputOrderAndEachArticleFailsAlone(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("%02d.txt", i);
            names.add(name);
            String title = i == 7 ? "坏稿件" : "稿件" + i;
            Files.writeString(in.resolve(name), i == 20 ? "" : title + "\n\n第" + i + "篇的正文。\n");
        }
        Path onto = Files.createDirectories(dir.resolve("ontology"));
        Files.writeString(onto.resolve("oujiang.ttl"), "<http://example.org/c> a <http://example.org/C> .\n");
        List<Integer> groups = new ArrayList<>();
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService service = new IngestService(store, onto, new ArticleReader(), grouped(groups, false),
                    null, 1);
            List<String> seen = new ArrayList<>();
            IngestReport report = service.ingest(List.of(in.toString()),
                    (n, origin, outcome) -> seen.add(n + " " + Path.of(origin).getFileName() + " " + outcome));
            assertThat(report.added()).isEqualTo(38);
            assertThat(report.failures()).hasSize(2)
                    .anyMatch(f -> f.contains("07.txt") && f.endsWith("analysis exploded"))
                    .anyMatch(f -> f.contains("20.txt"));
            for (int i = 0; i < 40; i++) {
                assertThat(seen.get(i)).startsWith((i + 1) + " " + names.get(i) + " ");
            }
            // the empty file fails while read, so the articles before it go as a group of their own
            assertThat(groups).containsExactly(16, 4, 16, 3);
        }
    }

    @Test
    void anAnalyserThatCannotLoadFailsEachArticle(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "一\n\n正文一。\n");
        Files.writeString(in.resolve("b.txt"), "二\n\n正文二。\n");
        Path onto = Files.createDirectories(dir.resolve("ontology"));
        Files.writeString(onto.resolve("oujiang.ttl"), "<http://example.org/c> a <http://example.org/C> .\n");
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService service = new IngestService(store, onto, new ArticleReader(),
                    grouped(new ArrayList<>(), true), null, 1);
            IngestReport report = service.ingest(List.of(in.toString()), (n, origin, outcome) -> { });
            assertThat(report.failures()).hasSize(2).allMatch(f -> f.endsWith("cannot load the dictionaries"));
        }
    }
}
