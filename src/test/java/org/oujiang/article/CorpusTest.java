package org.oujiang.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads the shared real articles (never copied into the project); skipped when they are absent. */
class CorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private final ArticleReader reader = new ArticleReader(Path.of("ontology/lexicon"));
    private final TextCleaner cleaner = new TextCleaner(Path.of("ontology/lexicon"), s -> s);

    @Test
    void wenzhouHeadlineListIsCut() {
        Path file = CORPUS.resolve("wenzhou-remodel.txt");
        assumeTrue(Files.isRegularFile(file), "../shared/corpus absent");
        CollectingSink sink = new CollectingSink();
        reader.read(file.toString(), sink);
        assertThat(sink.failures).isEmpty();
        Article a = sink.articles.get(0);
        CleanDocument d = cleaner.clean(a);
        assertThat(d.text()).doesNotContain("抢先读", "标签", "樊振东", "郑钦文", "\n- ");
        assertThat(d.text().length()).isLessThan(a.body().length() * 2 / 3);
        assertThat(d.text()).doesNotContain(" 摄");
        assertThat(d.credits()).hasSize(2);
        assertThat(d.text()).endsWith("。");
        assertThat(d.sentences().size()).isGreaterThan(30);
    }

    @Test
    void everyCorpusArticleYieldsSentences() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus absent");
        CollectingSink sink = new CollectingSink();
        reader.read(CORPUS.toString(), sink);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.articles).isNotEmpty();
        for (Article a : sink.articles) {
            CleanDocument d = cleaner.clean(a);
            assertThat(d.sentences()).as(a.origin()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(d.text()).as(a.origin()).doesNotContain("原标题", "图片来源", "图/");
            assertThat(d.matchText()).hasSameSizeAs(d.text());
            assertThat(a.title()).as(a.origin()).isNotBlank();
            for (Sentence s : d.sentences()) {
                assertThat(d.text().substring(s.begin(), s.end())).isEqualTo(s.text());
            }
        }
    }
}
