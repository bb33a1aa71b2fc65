package org.oujiang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.rdf.ArticleGraphMapper;

/**
 * {@link ArticlePipeline#analyseAll} runs the stages over a group of articles: each article must come out as
 * it does alone, and an article that fails must fail alone.
 */
class GroupAnalysisTest {
    private final ArticlePipeline pipeline = SharedPipeline.get();
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();

    @Test
    void aGroupGivesTheGraphsOfItsArticlesAnalysedOneByOne() throws IOException {
        List<Article> group = goldenArticles();
        // a body the cleaner cannot read, in the middle of the group
        group.add(group.size() / 2, new Article("broken", null, null, null, null, "broken.txt"));
        List<Attempt<ArticleAnalysis>> attempts = pipeline.analyseAll(group);

        assertThat(attempts).hasSameSizeAs(group);
        for (int i = 0; i < group.size(); i++) {
            Article a = group.get(i);
            Attempt<ArticleAnalysis> at = attempts.get(i);
            if (a.body() == null) {
                assertThat(at.value()).isNull();
                assertThat(at.failure()).isInstanceOf(NullPointerException.class);
                continue;
            }
            assertThat(at.failure()).as(a.origin()).isNull();
            Model alone = mapper.toModel(pipeline.analyse(a));
            assertThat(mapper.toModel(at.value()).isIsomorphicWith(alone)).as(a.origin()).isTrue();
        }
    }

    private static List<Article> goldenArticles() throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String[] parts = Files.readString(p, StandardCharsets.UTF_8).split("\\R", 2);
                String body = parts.length > 1 ? parts[1] : "";
                out.add(new Article(parts[0].strip(), null, null, null, body, p.toString()));
            }
        }
        // the real articles too when ../shared is beside the project
        Path corpus = Path.of("../shared/corpus");
        if (Files.isDirectory(corpus)) {
            new ArticleReader().read(corpus.toString(), new ArticleSink() {
                @Override
                public void accept(Article a) {
                    out.add(a);
                }

                @Override
                public void fail(String origin, String reason) {
                    throw new AssertionError(origin + ": " + reason);
                }
            });
        } else {
            System.out.println("../shared/corpus absent: the group holds the golden articles only");
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(2);
        return out;
    }
}
