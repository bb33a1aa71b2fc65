package org.oujiang.pipeline;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.store.ArticleWrite;

/**
 * Reads inputs on one thread and analyses articles on a fixed pool, handing results back in input order.
 * The hand-over queue is bounded, so reading and analysis stay at most {@code capacity} inputs ahead of the
 * consumer and memory stays bounded however large the batch.
 *
 * <p>Needs the reader, the paths, a per-article task (called on pool threads, so it must be thread-safe) and
 * the number of analysis threads. {@link #poll} gives each input's {@link Item} in the order the reader met
 * them; {@link #END} after the last. {@link #close} stops the threads.
 */
final class AnalysisQueue implements AutoCloseable {
    /**
     * One input, done: an article ready to write (its write and cleaned text), or a failure.
     *
     * @param failure the reason it failed, or null
     * @param article the article as read, kept so that its write can be made again (null for a failure)
     */
    record Item(String origin, ArticleWrite write, String text, String failure, Article article) {
        static Item failed(String origin, String reason) {
            return new Item(origin, null, null, reason, null);
        }
    }

    /** Marks the end of the inputs. */
    static final Item END = new Item(null, null, null, null, null);

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final BlockingQueue<Future<Item>> queue;
    private final ExecutorService pool;
    private final Thread readerThread;
    private volatile boolean stopped;
    private Future<Item> head;

    /** Starts reading {@code paths} at once; {@code task} turns an article into its item on the pool. */
    AnalysisQueue(ArticleReader reader, List<String> paths, Function<Article, Item> task, int threads,
                  int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "oujiang-analysis-" + n.incrementAndGet()));
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article a) {
                put(pool.submit(() -> task.apply(a)));
            }

            @Override
            public void fail(String origin, String reason) {
                put(CompletableFuture.completedFuture(Item.failed(origin, reason)));
            }
        };
        this.readerThread = daemon(() -> readAll(reader, paths, sink), "oujiang-reader");
        readerThread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void readAll(ArticleReader reader, List<String> paths, ArticleSink sink) {
        try {
            for (String path : paths) {
                try {
                    reader.read(path, sink);
                } catch (Stopped s) {
                    throw s;
                } catch (RuntimeException | LinkageError e) {
                    sink.fail(path, IngestService.reason(e));
                }
            }
            put(CompletableFuture.completedFuture(END));
        } catch (Stopped s) {
            // the consumer gave up; nothing more to hand over
        } catch (Throwable t) {
            CompletableFuture<Item> f = new CompletableFuture<>();
            f.completeExceptionally(t);
            put(f);
        }
    }

    private void put(Future<Item> f) {
        while (!stopped) {
            try {
                if (queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                stopped = true;
            }
        }
        throw new Stopped();
    }

    /**
     * The next input's item, waiting at most {@code nanos} for it to be read and analysed; null when that
     * time ran out (ask again later, nothing is lost); {@code Long.MAX_VALUE} waits as long as it takes.
     * Errors other than a failed article are rethrown.
     */
    Item poll(long nanos) throws InterruptedException {
        boolean forever = nanos == Long.MAX_VALUE;
        long deadline = forever ? 0 : System.nanoTime() + nanos;
        if (head == null) {
            head = queue.poll(nanos, TimeUnit.NANOSECONDS);
            if (head == null) {
                return null;
            }
        }
        try {
            Item it = forever ? head.get() : head.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            head = null;
            return it;
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            head = null;
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(IngestService.reason(e.getCause()), e.getCause());
        }
    }

    @Override
    public void close() {
        stopped = true;
        readerThread.interrupt();
        pool.shutdownNow();
    }
}
