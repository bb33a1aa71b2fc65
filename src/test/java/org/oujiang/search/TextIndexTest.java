package org.oujiang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIndexTest {
    private static final String IRI = "https://w3id.org/oujiang/id/article/0001";

    @Test
    void anIndexWrittenWithAnotherAnalysisIsReanalysedFromItsStoredFields(@TempDir Path dir) throws Exception {
        // an index as an older version left it: whole-text terms, no format in its commit data
        try (var fs = FSDirectory.open(dir); var w = new IndexWriter(fs, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            Document d = new Document();
            d.add(new StringField(TextIndex.IRI, IRI, Field.Store.YES));
            d.add(new StoredField(TextIndex.HASH, "h1"));
            d.add(new StoredField(TextIndex.DATE, "2024-05-01"));
            d.add(new StoredField(TextIndex.PARTIAL, "0"));
            d.add(new TextField(TextIndex.TITLE, "某县阀门产业", Field.Store.YES));
            d.add(new TextField(TextIndex.BODY, "某县的泵阀企业去年产值增长。", Field.Store.YES));
            d.add(new StoredField(TextIndex.ENTITY, "https://w3id.org/oujiang/id/industry/泵阀\t泵阀"));
            w.addDocument(d);
        }
        try (TextIndex index = TextIndex.open(dir)) {
            List<TextIndex.Hit> hits = index.search("泵阀", 10);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.article().iri()).isEqualTo(IRI);
                assertThat(h.article().body()).contains("泵阀企业");
                assertThat(h.article().names()).extracting(ArticleText.Name::name).containsExactly("泵阀");
            });
        }
        try (TextIndex index = TextIndex.open(dir)) {
            assertThat(index.search("产值", 10)).hasSize(1);
            assertThat(index.search("产量", 10)).isEmpty();
        }
    }

    @Test
    void putIsSearchableAtOnceAndDurableAfterCommit(@TempDir Path dir) {
        ArticleText a = new ArticleText(IRI, "标题", "2024-05-01", "h1", "集成电路产业", false, List.of());
        try (TextIndex index = TextIndex.open(dir)) {
            index.put(a);
            assertThat(index.search("电路", 10)).hasSize(1);
            index.commit();
        }
        try (TextIndex index = TextIndex.open(dir)) {
            assertThat(index.search("电路", 10)).hasSize(1);
            assertThat(index.search("集成 产业", 10)).hasSize(1);
            assertThat(index.search("电路产业链", 10)).isEmpty();
        }
    }
}
