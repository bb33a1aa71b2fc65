package org.oujiang.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oujiang.query.NamedQuery;
import org.oujiang.query.QueryLibrary;
import org.oujiang.query.QueryRunner;
import org.oujiang.query.ResultFormat;
import org.oujiang.store.GraphStore;

/**
 * Latency of every named query on an existing store, as {@code query --format csv NAME} runs it (parse, bind,
 * execute, write), with each parameter bound to the first example value its header documents
 * ({@code ?region = … such as "温州市"}). Two warm-up runs, then median and 95th percentile of RUNS (a query
 * whose first run takes over 2 s: one warm-up and 3 runs).
 */
public final class QueryBench {
    private static final Pattern EXAMPLE = Pattern.compile("\\?(\\w+) = [^\"]*?\"([^\"]+)\"");

    private QueryBench() {
    }

    public static void run(Path queriesDir, Path storeDir, int runs) {
        QueryLibrary library = new QueryLibrary(queriesDir);
        try (GraphStore store = GraphStore.open(storeDir)) {
            QueryRunner runner = new QueryRunner(store, library);
            System.out.printf("store %s: %d articles, %d quads%n", storeDir,
                    store.query(r -> r.count("SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/oujiang/ontology#Article> }")),
                    store.quadCount());
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            for (NamedQuery q : library.all()) {
                Map<String, String> params = new LinkedHashMap<>();
                Matcher m = EXAMPLE.matcher(q.parameters() == null ? "" : q.parameters());
                while (m.find()) {
                    params.putIfAbsent(m.group(1), m.group(2));
                }
                CountingStream out = new CountingStream();
                long first = System.nanoTime();
                try {
                    runner.run(q.name(), params, ResultFormat.CSV, out, nowhere);
                } catch (RuntimeException e) {
                    System.out.printf("query %-22s %-28s failed: %s%n", q.name(), params, e.getMessage());
                    continue;
                }
                // a query slower than 2 s gets 3 timed runs, not RUNS, so one slow query cannot stall the bench;
                // every query gets the second warm-up, since a first run on a store just written or opened pays for
                // reading its blocks from disk (over 2 s for a query that then takes 150 ms at 100,000 articles)
                boolean slow = System.nanoTime() - first > 2_000_000_000L;
                int n = slow ? Math.min(3, runs) : runs;
                runner.run(q.name(), params, ResultFormat.CSV, OutputStream.nullOutputStream(), nowhere);
                double[] ms = new double[n];
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    runner.run(q.name(), params, ResultFormat.CSV, OutputStream.nullOutputStream(), nowhere);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("query %-22s %-28s median %8.1f ms  p95 %8.1f ms  (%d result lines, %d runs)%n",
                        q.name(), params, ms[n / 2], ms[Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)], out.lines - 1, n);
            }
        }
    }

    /** Counts the lines written. */
    private static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }
    }
}
