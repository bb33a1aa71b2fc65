package org.oujiang.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oujiang.article.Article;

/**
 * Benchmark entry point (see scripts/bench.sh), run from the built jar's classpath:
 * <pre>
 *   generate COUNT DIR [FROM]     articles FROM .. COUNT-1 of the synthetic corpus, JSON lines, 1,000 a file
 *   pipeline COUNT [ROUNDS]       analysis vs HanLP segmentation alone, single thread
 *   pipeline-files PATH [ROUNDS]  the same on the articles under PATH (real news), repeated to 200 or more
 *   store COUNT DIR               store writes (ingest path, pre-analysed) vs TDB2's phased bulk loader
 *   queries STORE_DIR [RUNS]      latency of every queries/*.rq with its documented example values
 * </pre>
 * Needs {@code oujiang.home} (default: the working directory) for {@code ontology/} and {@code queries/};
 * the seed is {@code -Dbench.seed} (default 42).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("oujiang.home", "."));
        Path ontology = home.resolve("ontology");
        long seed = Long.getLong("bench.seed", 42L);
        switch (args.length == 0 ? "" : args[0]) {
            case "generate" -> generate(new CorpusGenerator(ontology), Integer.parseInt(args[1]), Path.of(args[2]),
                    args.length > 3 ? Integer.parseInt(args[3]) : 0, seed);
            case "pipeline" -> PipelineBench.run(ontology, new CorpusGenerator(ontology)
                    .generate(Integer.parseInt(args[1]), seed), args.length > 2 ? Integer.parseInt(args[2]) : 5);
            case "pipeline-files" -> PipelineBench.run(ontology, read(Path.of(args[1])),
                    args.length > 2 ? Integer.parseInt(args[2]) : 5);
            case "store" -> StoreBench.run(ontology, new CorpusGenerator(ontology)
                    .generate(Integer.parseInt(args[1]), seed), Path.of(args[2]));
            case "queries" -> QueryBench.run(home.resolve("queries"), Path.of(args[1]),
                    args.length > 2 ? Integer.parseInt(args[2]) : 20);
            default -> {
                System.err.println("usage: generate COUNT DIR [FROM] | pipeline COUNT [ROUNDS]"
                        + " | pipeline-files PATH [ROUNDS] | store COUNT DIR"
                        + " | queries STORE_DIR [RUNS]");
                System.exit(2);
            }
        }
        System.out.printf("peak heap: %d MiB%n", HeapPeak.mib());
        System.exit(0);
    }

    /** The articles under {@code path} as ingest reads them, the list repeated until it holds at least 200. */
    private static List<Article> read(Path path) {
        List<Article> found = new java.util.ArrayList<>();
        new org.oujiang.article.ArticleReader().read(path.toString(), new org.oujiang.article.ArticleSink() {
            @Override
            public void accept(Article a) {
                found.add(a);
            }

            @Override
            public void fail(String origin, String reason) {
                System.err.println(origin + ": " + reason);
            }
        });
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no article under " + path);
        }
        List<Article> out = new java.util.ArrayList<>();
        while (out.size() < 200) {
            out.addAll(found);
        }
        return out;
    }

    /** Writes articles FROM .. COUNT-1 to DIR as JSON lines, 1,000 per file (ingest reads files up to 16 MiB). */
    private static void generate(CorpusGenerator gen, int count, Path dir, int from, long seed) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(dir);
        long chars = 0;
        for (int start = from; start < count; start += 1000) {
            Path file = dir.resolve(String.format("bench-%06d.jsonl", start));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = start; i < Math.min(count, start + 1000); i++) {
                    Article a = gen.article(i, seed);
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("title", a.title());
                    m.put("date", a.date());
                    m.put("source", a.source());
                    m.put("url", a.url());
                    m.put("body", a.body());
                    w.write(json.writeValueAsString(m));
                    w.newLine();
                    chars += a.body().length();
                }
            }
        }
        System.out.printf("generated articles %d..%d (%d chars) in %s%n", from, count - 1, chars, dir);
    }

    /** Sum of the heap pools' peaks. */
    static final class HeapPeak {
        static long mib() {
            List<java.lang.management.MemoryPoolMXBean> pools = java.lang.management.ManagementFactory
                    .getMemoryPoolMXBeans();
            return pools.stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        }
    }
}
