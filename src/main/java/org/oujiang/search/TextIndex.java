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
 * mentions, analysed as CJK bigrams ({@link CJKAnalyzer}: 温州泵阀 gives 温州, 州泵, 泵阀), so any word is
 * found, also inside a longer one (电路 in 集成电路), at a small fraction of the cost of a second word
 * segmentation (a word-level analyser cost about as much as the whole extraction pipeline per article).
 * Keyed by article IRI: {@link #put} replaces the article's document and {@link #delete} removes it, so
 * re-ingesting or removing never leaves stale or duplicate entries; {@link #commit} makes a batch of them
 * durable at once (searches see them before). An index written with another analysis is re-analysed from
 * its stored fields when opened.
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
    /** Commit data naming how documents were analysed; older indexes are re-analysed on open. */
    private static final String FORMAT_KEY = "oujiang.format";
    private static final String FORMAT = "cjk-bigram-1";

    /** One indexed article as a search returns it. */
    public record Hit(ArticleText article, float score) {
    }

    private final Directory dir;
    private final Analyzer analyzer;
    private final IndexWriter writer;

    private TextIndex(Directory dir) throws IOException {
        this.dir = dir;
        this.analyzer = new CJKAnalyzer();
        this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
        String format = null;
        for (Map.Entry<String, String> e : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of()
                : writer.getLiveCommitData()) {
            format = FORMAT_KEY.equals(e.getKey()) ? e.getValue() : format;
        }
        if (!FORMAT.equals(format)) {
            reanalyse();
        }
    }

    /** Re-adds every document from its stored fields with today's analysis (after an upgrade). */
    private void reanalyse() throws IOException {
        List<ArticleText> docs = documents(true);
        writer.deleteAll();
        docs.forEach(this::put);
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
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

    /** Replaces the article's document (or adds it); durable at the next {@link #commit}. */
    public synchronized void put(ArticleText a) {
        Document d = new Document();
        d.add(new StringField(IRI, a.iri(), Field.Store.YES));
        d.add(new StoredField(HASH, a.hash()));
        d.add(new StoredField(DATE, a.date()));
        d.add(new StoredField(PARTIAL, a.partial() ? "1" : "0"));
        d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        d.add(new TextField(BODY, a.body(), Field.Store.YES));
        for (ArticleText.Name n : a.names()) {
            d.add(new TextField(NAMES, n.name(), Field.Store.NO));
            d.add(new StoredField(ENTITY, n.entity() + "\t" + n.name()));
        }
        write(() -> writer.updateDocument(new Term(IRI, a.iri()), d));
    }

    /** Removes the article's document, if any; durable at the next {@link #commit}. */
    public synchronized void delete(String iri) {
        write(() -> writer.deleteDocuments(new Term(IRI, iri)));
    }

    /** Makes every change so far durable: one commit per batch, as a commit syncs the files to disk. */
    public synchronized void commit() {
        write(writer::commit);
    }

    /** Every indexed article (all fields but the body are filled). */
    public synchronized List<ArticleText> all() {
        try {
            return documents(false);
        } catch (IOException e) {
            throw new StoreException("cannot read search index: " + e.getMessage(), e);
        }
    }

    /** Every live document, with or without its body. */
    private List<ArticleText> documents(boolean withBody) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields fields = reader.storedFields();
            List<ArticleText> out = new ArrayList<>();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    out.add(article(fields.document(i), withBody));
                }
            }
            return out;
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

    /** The bigram terms of {@code words}, as the index sees them (a lone character stays a term). */
    public List<String> terms(String words) {
        return analyse(BODY, words);
    }

    /**
     * Articles matching {@code words}, best first: every bigram of the words occurs (in title, body or an
     * entity name; title and names weigh more), and articles where each whitespace-separated word occurs as
     * written, as a phrase of its bigrams, rank higher.
     */
    public synchronized List<Hit> search(String words, int limit) {
        BooleanQuery.Builder everyGram = new BooleanQuery.Builder();
        for (String t : terms(words)) {
            everyGram.add(anyField(List.of(t)), Occur.MUST);
        }
        BooleanQuery.Builder asWritten = new BooleanQuery.Builder();
        for (String w : words.strip().split("\\s+")) {
            List<String> grams = analyse(BODY, w);
            if (!grams.isEmpty()) {
                asWritten.add(anyField(grams), Occur.MUST);
            }
        }
        Query q = new BooleanQuery.Builder().add(everyGram.build(), Occur.MUST)
                .add(new BoostQuery(asWritten.build(), 2f), Occur.SHOULD).build();
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

    /** The grams as a phrase in the title, the body or an entity name. */
    private static Query anyField(List<String> grams) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(phrase(TITLE, grams), 3f), Occur.SHOULD)
                .add(phrase(BODY, grams), Occur.SHOULD)
                .add(new BoostQuery(phrase(NAMES, grams), 2f), Occur.SHOULD).build();
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
