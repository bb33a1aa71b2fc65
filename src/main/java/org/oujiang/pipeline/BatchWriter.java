package org.oujiang.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oujiang.search.ArticleSearch;
import org.oujiang.store.ArticleWrite;
import org.oujiang.store.Store;
import org.oujiang.store.WriteOutcome;

/**
 * The single writer of a batch ingest: takes the inputs in order from an {@link AnalysisQueue}, groups them
 * into store transactions of at most {@value #MAX_ARTICLES} articles (or the system property
 * {@code oujiang.ingest.batch}), {@value #MAX_MILLIS} ms of waiting or
 * {@value #MAX_CHARS} characters of text, writes each group with {@link Store#writeArticles} (every article
 * all or nothing; a failing one fails alone), then updates the search index and reports every input, in
 * input order. Large groups matter on TDB2: every commit leaves a copy of each index block it touched, so
 * fewer, larger transactions write faster and leave the store smaller. The search index lives outside the
 * store: it is updated after the commit, and a crash in between is repaired when the index is next opened
 * ({@link ArticleSearch#reconcile}). Indexing and reporting run on a thread of their own, so the writer (the
 * bottleneck of a large ingest) commits the next batch meanwhile; they are never more than one batch behind.
 */
final class BatchWriter {
    static final int MAX_ARTICLES = 500;
    static final long MAX_MILLIS = 10_000;
    static final long MAX_CHARS = 4_000_000;

    private final int maxArticles = batchSize();
    private final Store store;
    private final ArticleSearch search;
    private final IngestService.Progress progress;
    private final List<AnalysisQueue.Item> pending = new ArrayList<>();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oujiang-indexer");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> indexing = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;
    private int done;

    /** Articles per store transaction: {@value #MAX_ARTICLES}, or the system property {@code oujiang.ingest.batch}. */
    static int batchSize() {
        return Math.max(1, Integer.getInteger("oujiang.ingest.batch", MAX_ARTICLES));
    }

    BatchWriter(Store store, ArticleSearch search, IngestService.Progress progress) {
        this.store = store;
        this.search = search;
        this.progress = progress;
    }

    /** Writes everything {@code items} yields, until its end, and waits until every input is reported. */
    void drain(AnalysisQueue items) throws InterruptedException {
        try {
            write(items);
            awaitIndexing(0);
        } finally {
            indexer.shutdownNow();
        }
    }

    /** Waits until at most {@code pending} batches are still being indexed and reported. */
    private void awaitIndexing(int pending) throws InterruptedException {
        while (indexing.size() > pending) {
            try {
                indexing.remove(0).get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    private void write(AnalysisQueue items) throws InterruptedException {
        long started = 0;
        long chars = 0;
        int writes = 0;
        while (true) {
            long wait = pending.isEmpty() ? Long.MAX_VALUE
                    : Math.max(0, started + MAX_MILLIS * 1_000_000 - System.nanoTime());
            AnalysisQueue.Item it = items.poll(wait);
            if (it == null || it == AnalysisQueue.END) {
                flush();
                chars = 0;
                writes = 0;
                if (it == AnalysisQueue.END) {
                    return;
                }
                continue;
            }
            if (pending.isEmpty()) {
                started = System.nanoTime();
            }
            pending.add(it);
            if (it.write() != null) {
                writes++;
                chars += it.text() == null ? 0 : it.text().length();
            }
            if (writes >= maxArticles || chars >= MAX_CHARS) {
                flush();
                chars = 0;
                writes = 0;
            }
        }
    }

    /**
     * Writes the pending articles in one call, then hands them to the indexer thread, which indexes and reports
     * every pending input in order (keeping only origin and text, so the graphs can be freed).
     */
    private void flush() throws InterruptedException {
        // one batch is indexed while the next is written, no more: progress lines lag the store by one batch
        awaitIndexing(1);
        List<ArticleWrite> writes = pending.stream().filter(i -> i.write() != null).map(AnalysisQueue.Item::write)
                .toList();
        List<WriteOutcome> outcomes = writes.isEmpty() ? List.of() : store.writeArticles(writes);
        List<Written> batch = new ArrayList<>();
        int k = 0;
        for (AnalysisQueue.Item it : pending) {
            batch.add(new Written(it.origin(), it.text(), it.failure(), it.write() == null ? null : outcomes.get(k++)));
        }
        pending.clear();
        indexing.add(indexer.submit(() -> {
            for (Written w : batch) {
                if (w.outcome() == null) {
                    fail(w.origin(), w.failure());
                } else {
                    report(w);
                }
            }
            commitSearch();
        }));
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
