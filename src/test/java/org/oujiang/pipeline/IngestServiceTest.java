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
}
