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
 * ({@code ?region = … such as "温州市"}). Two warm-up runs, then median and 95th percentile of RUNS.
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
                try {
                    runner.run(q.name(), params, ResultFormat.CSV, out, nowhere);
                } catch (RuntimeException e) {
                    System.out.printf("query %-22s %-28s failed: %s%n", q.name(), params, e.getMessage());
                    continue;
                }
                runner.run(q.name(), params, ResultFormat.CSV, OutputStream.nullOutputStream(), nowhere);
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    runner.run(q.name(), params, ResultFormat.CSV, OutputStream.nullOutputStream(), nowhere);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("query %-22s %-28s median %8.1f ms  p95 %8.1f ms  (%d result lines)%n", q.name(),
                        params, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], out.lines - 1);
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
