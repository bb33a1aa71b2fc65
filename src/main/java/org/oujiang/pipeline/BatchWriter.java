package org.oujiang.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.oujiang.article.Article;
import org.oujiang.search.ArticleSearch;
import org.oujiang.store.Store;
import org.oujiang.store.WriteOutcome;

/**
 * The single writer of a batch ingest: takes the inputs in order from an {@link AnalysisQueue} and writes each
 * article at once into an open store transaction ({@link Store.ArticleBatch}), keeping only the input (not its
 * graph) until the commit. A transaction ends after {@value #MAX_ARTICLES} articles (or the system property
 * {@code oujiang.ingest.batch}), {@value #MAX_CHARS} characters of text, or as long as the ingest has run so far
 * (at least {@value #MIN_MILLIS} ms, at most {@value #MAX_MILLIS} ms), so the first progress lines come soon
 * and a long ingest commits seldom. Rare commits matter on TDB2: every commit leaves a copy of each index
 * block it touched, so a large store grows by much more than its data with each one. Every article is still
 * all or nothing: when a write or the commit fails, the transaction is aborted and its inputs are analysed
 * again and written one transaction each, so only the failing one fails.
 *
 * <p>After each commit the search index is updated and every input reported, in input order. The search index
 * lives outside the store: a crash in between is repaired when the index is next opened
 * ({@link ArticleSearch#reconcile}). Indexing and reporting run on a thread of their own, so the writer (the
 * bottleneck of a large ingest) goes on with the next transaction; they are never more than one behind.
 */
final class BatchWriter {
    static final int MAX_ARTICLES = 10_000;
    static final long MAX_CHARS = 40_000_000;
    static final long MIN_MILLIS = 5_000;
    static final long MAX_MILLIS = 120_000;

    private final long begun = System.nanoTime();
    private final int maxArticles = Math.max(1, Integer.getInteger("oujiang.ingest.batch", MAX_ARTICLES));
    private final Store store;
    private final ArticleSearch search;
    private final IngestService.Progress progress;
    private final Function<Article, AnalysisQueue.Item> reanalyse;
    private final List<Open> open = new ArrayList<>();
    private Store.ArticleBatch batch;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oujiang-indexer");
        t.setDaemon(true);
        return t;
    });
    /** The transaction being indexed and reported, or null. */
    private Future<?> indexing;
    private final List<String> failures = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;
    private int done;

    /** @param reanalyse the analysis that made the items, run again for a retry after a failed transaction */
    BatchWriter(Store store, ArticleSearch search, IngestService.Progress progress,
                Function<Article, AnalysisQueue.Item> reanalyse) {
        this.store = store;
        this.reanalyse = reanalyse;
        this.search = search;
        this.progress = progress;
    }

    /** Writes everything {@code items} yields, until its end, and waits until every input is reported. */
    void drain(AnalysisQueue items) throws InterruptedException {
        try {
            write(items);
            awaitIndexing();
        } finally {
            if (batch != null) {
                closeBatch();
            }
            indexer.shutdownNow();
        }
    }

    /** Waits until every transaction handed over so far is indexed and reported. */
    private void awaitIndexing() throws InterruptedException {
        if (indexing == null) {
            return;
        }
        try {
            indexing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            indexing = null;
        }
    }

    private void write(AnalysisQueue items) throws InterruptedException {
        long started = 0;
        long limit = 0;
        long chars = 0;
        int writes = 0;
        while (true) {
            long wait = open.isEmpty() ? Long.MAX_VALUE : Math.max(0, started + limit - System.nanoTime());
            AnalysisQueue.Item it = items.poll(wait);
            if (it == null || it == AnalysisQueue.END) {
                commit();
                if (it == AnalysisQueue.END) {
                    return;
                }
                continue;
            }
            if (open.isEmpty()) {
                started = System.nanoTime();
                limit = Math.min(MAX_MILLIS * 1_000_000, Math.max(MIN_MILLIS * 1_000_000, started - begun));
                chars = 0;
                writes = 0;
            }
            add(it);
            if (it.write() != null) {
                writes++;
                chars += it.text() == null ? 0 : it.text().length();
            }
            if (writes >= maxArticles || chars >= MAX_CHARS || System.nanoTime() - started >= limit) {
                commit();
            }
        }
    }

    /**
     * Writes the item's article into the open transaction (opening one first), keeping only what reporting
     * and a retry need, so its graph can be freed. When the write fails, the transaction is lost: every input
     * of it is written again on its own ({@link #retryAlone}).
     */
    private void add(AnalysisQueue.Item it) throws InterruptedException {
        Open o = new Open(it.origin(), it.text(), it.failure(), it.article());
        if (it.write() == null) {
            open.add(o);
            return;
        }
        if (batch == null) {
            batch = store.openBatch();
        }
        open.add(o);
        try {
            batch.add(it.write());
        } catch (RuntimeException e) {
            closeBatch();
            retryAlone();
        }
    }

    /** Commits the open transaction, then hands its inputs to the indexer thread, which reports them in order. */
    private void commit() throws InterruptedException {
        if (open.isEmpty()) {
            return;
        }
        if (batch == null) {
            // only failures since the last commit
            handOver(open.stream().map(o -> new Written(o.origin(), o.text(), o.failure(), null)).toList());
            open.clear();
            return;
        }
        List<WriteOutcome> outcomes;
        try {
            outcomes = batch.commit();
        } catch (RuntimeException e) {
            closeBatch();
            retryAlone();
            return;
        }
        closeBatch();
        List<Written> done = new ArrayList<>();
        int k = 0;
        for (Open o : open) {
            done.add(new Written(o.origin(), o.text(), o.failure(), o.article() == null ? null : outcomes.get(k++)));
        }
        open.clear();
        handOver(done);
    }

    private void closeBatch() {
        try {
            batch.close();
        } finally {
            batch = null;
        }
    }

    /**
     * After a failed transaction: analyses every input it held again and writes each in a transaction of its
     * own, so a failing article fails alone and the others are stored. Analysis is deterministic, so the
     * writes are the ones that were lost; keeping the inputs instead of their graphs bounds memory.
     */
    private void retryAlone() throws InterruptedException {
        List<Written> done = new ArrayList<>();
        for (Open o : open) {
            if (o.article() == null) {
                done.add(new Written(o.origin(), o.text(), o.failure(), null));
                continue;
            }
            AnalysisQueue.Item again = reanalyse.apply(o.article());
            if (again.write() == null) {
                done.add(new Written(o.origin(), o.text(), again.failure(), null));
            } else {
                WriteOutcome alone = store.writeArticles(List.of(again.write())).get(0);
                done.add(new Written(o.origin(), again.text(), null, alone));
            }
        }
        open.clear();
        handOver(done);
    }

    /**
     * Indexes and reports {@code done} on the indexer thread, in order, once the transaction before is done there:
     * one transaction is indexed while the next is written, no more, so progress lines lag the store by one.
     */
    private void handOver(List<Written> done) throws InterruptedException {
        awaitIndexing();
        indexing = indexer.submit(() -> {
            for (Written w : done) {
                if (w.outcome() == null) {
                    fail(w.origin(), w.failure());
                } else {
                    report(w);
                }
            }
            commitSearch();
        });
    }

    /** One input in the open transaction: what reporting and a retry need, not its graph. */
    private record Open(String origin, String text, String failure, Article article) {
    }

    /** One input after its write: what the indexer needs to index and report it. */
    private record Written(String origin, String text, String failure, WriteOutcome outcome) {
    }

    private void report(Written it) {
        WriteOutcome o = it.outcome();
        if (o.failed()) {
            fail(it.origin(), IngestService.reason(o.error()));
            return;
        }
        if (search != null) {
            try {
                o.replaced().forEach(search::remove);
                search.index(o.graphIri(), it.text(), o.result() != Store.ReplaceResult.UNCHANGED);
            } catch (RuntimeException e) {
                fail(it.origin(), "stored, but the search index failed (rebuilt on next start): "
                        + IngestService.reason(e));
                return;
            }
        }
        switch (o.result()) {
            case ADDED -> added++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
        progress.onArticle(++done, it.origin(), o.result().name().toLowerCase(Locale.ROOT));
    }

    private void commitSearch() {
        if (search != null) {
            try {
                search.commit();
            } catch (RuntimeException e) {
                // the store has the articles; the index is repaired from it when next opened
                System.err.println("search index not saved: " + IngestService.reason(e) + " (rebuilt on next start)");
            }
        }
    }

    private void fail(String origin, String reason) {
        failures.add(origin + ": " + reason);
        progress.onArticle(++done, origin, "failed: " + reason);
    }

    /** What the batch did so far. */
    IngestReport report() {
        return new IngestReport(added, updated, unchanged, failures.size(), failures);
    }
}
