package org.oujiang.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.oujiang.store.StoreException;

/**
 * A Lucene index with one document per article: title, cleaned body and the names of the entities it
 * mentions, analysed by word ({@link SmartChineseAnalyzer}, so 泵阀 or 温州 are terms, not characters), and
 * body and title again as CJK bigrams so a word inside a longer one (电路 in 集成电路) is still found.
 * Keyed by article IRI: {@link #put} replaces the article's document and {@link #delete} removes it, each
 * committed at once, so re-ingesting or removing never leaves stale or duplicate entries.
 */
public final class TextIndex implements AutoCloseable {
    static final String IRI = "iri";
    static final String HASH = "hash";
    static final String TITLE = "title";
    static final String DATE = "date";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String ENTITY = "entity";
    static final String PARTIAL = "partial";
    private static final String BODY_CJK = "body_cjk";
    private static final String TITLE_CJK = "title_cjk";

    /** One indexed article as a search returns it. */
    public record Hit(ArticleText article, float score) {
    }

    private final Directory dir;
    private final Analyzer analyzer;
    private final IndexWriter writer;

    private TextIndex(Directory dir) throws IOException {
        this.dir = dir;
        this.analyzer = new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
                Map.of(BODY_CJK, new CJKAnalyzer(), TITLE_CJK, new CJKAnalyzer()));
        this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
    }

    /** Opens (creating when needed) the index in directory {@code path}. */
    public static TextIndex open(Path path) {
        try {
            return new TextIndex(FSDirectory.open(path));
        } catch (IOException e) {
            throw new StoreException("cannot open search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for in-memory stores. */
    public static TextIndex inMemory() {
        try {
            return new TextIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the article's document (or adds it) and commits. */
    public synchronized void put(ArticleText a) {
        Document d = new Document();
        d.add(new StringField(IRI, a.iri(), Field.Store.YES));
        d.add(new StoredField(HASH, a.hash()));
        d.add(new StoredField(DATE, a.date()));
        d.add(new StoredField(PARTIAL, a.partial() ? "1" : "0"));
        d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        d.add(new TextField(BODY, a.body(), Field.Store.YES));
        d.add(new TextField(TITLE_CJK, a.title(), Field.Store.NO));
        d.add(new TextField(BODY_CJK, a.body(), Field.Store.NO));
        for (ArticleText.Name n : a.names()) {
            d.add(new TextField(NAMES, n.name(), Field.Store.NO));
            d.add(new StoredField(ENTITY, n.entity() + "\t" + n.name()));
        }
        write(() -> writer.updateDocument(new Term(IRI, a.iri()), d));
    }

    /** Removes the article's document, if any, and commits. */
    public synchronized void delete(String iri) {
        write(() -> writer.deleteDocuments(new Term(IRI, iri)));
    }

    /** Every indexed article (all fields but the body are filled). */
    public synchronized List<ArticleText> all() {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields fields = reader.storedFields();
            List<ArticleText> out = new ArrayList<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    out.add(article(fields.document(i), false));
                }
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read search index: " + e.getMessage(), e);
        }
    }

    /** The indexed article {@code iri} (without its body), or null. */
    public synchronized ArticleText get(String iri) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            ScoreDoc[] docs = new IndexSearcher(reader).search(new TermQuery(new Term(IRI, iri)), 1).scoreDocs;
            return docs.length == 0 ? null : article(reader.storedFields().document(docs[0].doc), false);
        } catch (IOException e) {
            throw new StoreException("cannot read search index: " + e.getMessage(), e);
        }
    }

    /** The word-level terms of {@code words}, as the index sees them. */
    public List<String> terms(String words) {
        return analyse(BODY, words);
    }

    /**
     * Articles matching {@code words}, best first: either every word-level term occurs (in title, body or an
     * entity name; title and names weigh more), or each whitespace-separated word occurs as written.
     */
    public synchronized List<Hit> search(String words, int limit) {
        BooleanQuery.Builder byTerm = new BooleanQuery.Builder();
        List<String> terms = terms(words);
        for (String t : terms) {
            byTerm.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, t)), 3f), Occur.SHOULD)
                    .add(new TermQuery(new Term(BODY, t)), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(NAMES, t)), 2f), Occur.SHOULD).build(), Occur.MUST);
        }
        BooleanQuery.Builder asWritten = new BooleanQuery.Builder();
        for (String w : words.strip().split("\\s+")) {
            List<String> grams = analyse(BODY_CJK, w);
            if (!grams.isEmpty()) {
                asWritten.add(new BooleanQuery.Builder().add(phrase(BODY_CJK, grams), Occur.SHOULD)
                        .add(new BoostQuery(phrase(TITLE_CJK, grams), 3f), Occur.SHOULD).build(), Occur.MUST);
            }
        }
        Query q = new BooleanQuery.Builder().add(terms.isEmpty() ? asWritten.build() : byTerm.build(), Occur.SHOULD)
                .add(new BoostQuery(asWritten.build(), 0.5f), Occur.SHOULD).build();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Hit> out = new ArrayList<>();
            StoredFields fields = reader.storedFields();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, limit)).scoreDocs) {
                out.add(new Hit(article(fields.document(sd.doc), true), sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    private static Query phrase(String field, List<String> grams) {
        return grams.size() == 1 ? new TermQuery(new Term(field, grams.get(0)))
                : new PhraseQuery(field, grams.toArray(String[]::new));
    }

    private static ArticleText article(Document d, boolean withBody) {
        List<ArticleText.Name> names = new ArrayList<>();
        for (String e : d.getValues(ENTITY)) {
            int tab = e.indexOf('\t');
            names.add(new ArticleText.Name(e.substring(0, tab), e.substring(tab + 1)));
        }
        return new ArticleText(d.get(IRI), d.get(TITLE), d.get(DATE), d.get(HASH), withBody ? d.get(BODY) : "",
                "1".equals(d.get(PARTIAL)), names);
    }

    private List<String> analyse(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private void write(IndexWrite w) {
        try {
            w.run();
            writer.commit();
        } catch (IOException e) {
            throw new StoreException("cannot write search index: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new StoreException("cannot close search index: " + e.getMessage(), e);
        }
    }
}
