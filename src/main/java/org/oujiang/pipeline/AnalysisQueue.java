package org.oujiang.pipeline;

import java.util.ArrayList;
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
 * Reads inputs on one thread and analyses articles on a fixed pool, in groups of consecutive articles, handing
 * results back in input order. The hand-over queue is bounded, so reading and analysis stay at most about
 * {@code capacity} inputs ahead of the consumer and memory stays bounded however large the batch.
 *
 * <p>Needs the reader, the paths, a task for a group of articles (called on pool threads, so it must be
 * thread-safe; one item per article, in order), the group size and the number of analysis threads. A group is
 * handed to the pool when it is full, before a failed input, and at the end of the inputs. {@link #poll} gives
 * each input's {@link Item} in the order the reader met them; {@link #END} after the last. {@link #close} stops
 * the threads.
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

    private final BlockingQueue<Future<List<Item>>> queue;
    private final ExecutorService pool;
    private final Thread readerThread;
    private volatile boolean stopped;
    /** The group being read (reader thread only). */
    private List<Article> group = new ArrayList<>();
    private Future<List<Item>> head;
    /** The items of the head group not yet polled (consumer thread only). */
    private List<Item> current = List.of();
    private int next;

    /** Starts reading {@code paths} at once; {@code task} turns a group of articles into their items on the pool. */
    AnalysisQueue(ArticleReader reader, List<String> paths, Function<List<Article>, List<Item>> task, int groupSize,
                  int threads, int capacity) {
        this.queue = new ArrayBlockingQueue<>(Math.max(2, capacity / Math.max(1, groupSize)));
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "oujiang-analysis-" + n.incrementAndGet()));
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article a) {
                group.add(a);
                if (group.size() >= groupSize) {
                    submit(task);
                }
            }

            @Override
            public void fail(String origin, String reason) {
                submit(task);
                put(CompletableFuture.completedFuture(List.of(Item.failed(origin, reason))));
            }
        };
        this.readerThread = daemon(() -> readAll(reader, paths, sink, task), "oujiang-reader");
        readerThread.start();
    }

    /** Hands the group read so far to the pool. */
    private void submit(Function<List<Article>, List<Item>> task) {
        if (!group.isEmpty()) {
            List<Article> g = group;
            group = new ArrayList<>();
            put(pool.submit(() -> task.apply(g)));
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void readAll(ArticleReader reader, List<String> paths, ArticleSink sink,
                         Function<List<Article>, List<Item>> task) {
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
            submit(task);
            put(CompletableFuture.completedFuture(List.of(END)));
        } catch (Stopped s) {
            // the consumer gave up; nothing more to hand over
        } catch (Throwable t) {
            CompletableFuture<List<Item>> f = new CompletableFuture<>();
            f.completeExceptionally(t);
            put(f);
        }
    }

    private void put(Future<List<Item>> f) {
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
        if (next < current.size()) {
            return current.get(next++);
        }
        boolean forever = nanos == Long.MAX_VALUE;
        long deadline = forever ? 0 : System.nanoTime() + nanos;
        if (head == null) {
            head = queue.poll(nanos, TimeUnit.NANOSECONDS);
            if (head == null) {
                return null;
            }
        }
        try {
            current = forever ? head.get() : head.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            head = null;
            next = 1;
            return current.get(0); // a group is never empty
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
