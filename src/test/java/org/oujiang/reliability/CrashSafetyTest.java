package org.oujiang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.Iris;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;
import org.oujiang.store.Store;

/**
 * {@code kill -9} during a batch ingest: a child JVM ingests 60 generated articles and is killed
 * ({@link Process#destroyForcibly}, SIGKILL) after 1, 3, 2, 5 and 4 newly added articles and once a random
 * time after its first progress line, each time re-running the same batch on the same store, two articles per
 * transaction so the kills land between and inside many commits. After each kill the store must open, every
 * article graph in it must be complete (exactly the quads the in-process pipeline and mapper give that article,
 * plus its {@code oj:sourceFile}), the registry must label exactly the entities the stored articles name, and
 * articles stored before must have been reported unchanged. Then the batch runs to completion: all 60 are
 * stored, those that survived the kills unchanged.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class CrashSafetyTest {
    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)] (.*): (\\w+)");
    private static final String[] CITIES = {"温州市", "杭州市", "宁波市", "合肥市", "苏州市", "昆山市", "晋江市",
            "嘉兴市", "绍兴市", "台州市", "金华市", "湖州市"};
    private static final String[] INDUSTRIES = {"泵阀", "电气", "鞋业", "汽摩配", "集成电路", "新能源汽车"};

    @TempDir
    static Path dir;
    private static Path in;
    /** Article IRI → expected quad count of its graph. */
    private static final Map<String, Integer> EXPECTED = new HashMap<>();
    /** Input file → article IRI. */
    private static final Map<String, String> IRIS = new HashMap<>();

    @BeforeAll
    static void generateAndAnalyse() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 60; i++) {
            String city = CITIES[i % CITIES.length];
            String industry = INDUSTRIES[i % INDUSTRIES.length];
            Files.writeString(in.resolve(String.format("story-%02d.txt", i)), city + industry + "产业加速发展\n\n"
                    + city + industry + "企业今年实现产值" + (120 + 7 * i) + "亿元，同比增长" + (3 + i % 9) + "."
                    + (i % 10) + "%。" + city + "人民政府出台支持" + industry + "产业发展的若干政策，全市规模以上工业"
                    + "增加值增长" + (5 + i % 4) + "%。\n", StandardCharsets.UTF_8);
        }
        ArticlePipeline pipeline = org.oujiang.pipeline.SharedPipeline.get();
        ArticleGraphMapper mapper = new ArticleGraphMapper();
        new ArticleReader().read(in.toString(), new ArticleSink() {
            @Override
            public void accept(Article a) {
                IRIS.put(a.origin(), Iris.article(a));
                // + 1: the oj:sourceFile ingest adds
                EXPECTED.put(Iris.article(a), (int) mapper.toModel(pipeline.analyse(a)).size() + 1);
            }

            @Override
            public void fail(String origin, String reason) {
                throw new AssertionError(origin + ": " + reason);
            }
        });
        assertThat(EXPECTED).hasSize(60);
    }

    @Test
    void killedMidBatchLeavesWholeArticlesAndTheRerunFinishesTheRest() throws Exception {
        Path store = dir.resolve("store");
        List<String> present = List.of();
        int kills = 0;
        for (int added : List.of(1, 3, 2, 5, 4, -1)) {
            // soon after the first line: a whole batch of 60 short stories now takes about a second
            long delay = added < 0 ? new Random().nextInt(300) : 0;
            Child child = Child.start(store, added, delay);
            List<String> before = present;
            child.outcomes.forEach((origin, outcome) -> assertThat(outcome).as("outcome of %s", origin)
                    .isEqualTo(before.contains(IRIS.get(origin)) ? "unchanged" : "added"));
            present = checkComplete(store);
            assertThat(present).containsAll(before);
            if (child.process.exitValue() != 0) {
                kills++;
            }
        }
        assertThat(kills).as("children killed mid-batch").isGreaterThanOrEqualTo(5);
        assertThat(present).as("stored after the kills").hasSizeLessThan(60);

        Child rerun = Child.start(store, 0, 0);
        assertThat(rerun.process.exitValue()).as("rerun exit code; stderr: %s", rerun.lines).isZero();
        assertThat(rerun.outcomes).hasSize(60);
        List<String> survived = present;
        rerun.outcomes.forEach((origin, outcome) -> assertThat(outcome).as("rerun outcome of %s", origin)
                .isEqualTo(survived.contains(IRIS.get(origin)) ? "unchanged" : "added"));
        assertThat(Files.readString(dir.resolve("stdout.txt")).strip()).isEqualTo("ingested "
                + (60 - survived.size()) + ", updated 0, unchanged "
                + survived.size() + ", failed 0");
        assertThat(checkComplete(store)).hasSize(60);
    }

    /** Opens the store, checks every article graph is whole and the registry agrees; returns the articles. */
    private static List<String> checkComplete(Path dirOfStore) {
        GraphStore store = GraphStore.open(dirOfStore);
        try {
            List<String> articles = store.listGraphs().stream().filter(g -> g.startsWith(OJ.ID + "article/")).toList();
            for (String a : articles) {
                assertThat(EXPECTED).as("known article").containsKey(a);
                Node g = NodeFactory.createURI(a);
                long quads = store.read(ds -> (long) ds.asDatasetGraph().getGraph(g).size());
                assertThat(quads).as("quads of %s", a).isEqualTo((long) EXPECTED.get(a));
            }
            long named = store.query(r -> r.count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e <"
                    + OJ.statedName.getURI() + "> ?s } FILTER (?g != <" + Store.ENTITIES_GRAPH + ">) }"));
            long labelled = store.query(r -> r.count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <"
                    + Store.ENTITIES_GRAPH + "> { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"));
            assertThat(labelled).as("registry labels").isEqualTo(named);
            long wrongCounts = store.query(r -> r.count("SELECT (COUNT(*) AS ?n) { { SELECT ?e (COUNT(DISTINCT ?g) AS ?k) "
                    + "{ GRAPH ?g { ?a <" + OJ.mentions.getURI() + "> ?e } FILTER (?g != <" + Store.ENTITIES_GRAPH + ">) } "
                    + "GROUP BY ?e } OPTIONAL { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?e <" + OJ.articleCount.getURI()
                    + "> ?c } } FILTER (!BOUND(?c) || ?c != ?k) }"));
            assertThat(wrongCounts).as("entities whose article count is wrong").isZero();
            long periods = store.query(r -> r.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?o <" + OJ.period.getURI()
                    + "> ?p } }"));
            long linked = store.query(r -> r.count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Store.ENTITIES_GRAPH
                    + "> { ?k <" + OJ.figure.getURI() + "> ?o } }"));
            assertThat(linked).as("figures in the figure index").isEqualTo(periods);
            return articles;
        } finally {
            // releases the directory lock so the next child JVM can open it
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    /**
     * A child JVM running {@code ingest} with two articles per transaction: killed after {@code killAfter}
     * "added" progress lines, or {@code delayMs} after its first progress line when {@code killAfter} is
     * negative, or left to finish when it is 0.
     */
    private record Child(Process process, List<String> lines, Map<String, String> outcomes) {
        static Child start(Path store, int killAfter, long delayMs) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Doujiang.ingest.batch=2", "-Doujiang.home=" + Path.of("").toAbsolutePath(),
                    "-cp", System.getProperty("java.class.path"), "org.oujiang.OujiangApplication", "ingest",
                    in.toString());
            pb.environment().put("OUJIANG_STORE", store.toString());
            pb.redirectOutput(dir.resolve("stdout.txt").toFile());
            Process p = pb.start();
            List<String> lines = new ArrayList<>();
            Map<String, String> outcomes = new HashMap<>();
            CountDownLatch enough = new CountDownLatch(Math.max(1, killAfter));
            CountDownLatch first = new CountDownLatch(1);
            Thread readerThread = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                            Matcher m = PROGRESS.matcher(line);
                            if (m.find()) {
                                outcomes.put(m.group(2), m.group(3));
                                first.countDown();
                                if (m.group(3).equals("added")) {
                                    enough.countDown();
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    // the child died
                }
            });
            readerThread.start();
            if (killAfter > 0) {
                assertThat(enough.await(60, TimeUnit.SECONDS)).as("%d progress lines", killAfter).isTrue();
                p.destroyForcibly();
            } else if (killAfter < 0) {
                assertThat(first.await(60, TimeUnit.SECONDS)).as("a progress line").isTrue();
                Thread.sleep(delayMs);
                p.destroyForcibly();
            }
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("child finished").isTrue();
            readerThread.join(5000);
            synchronized (lines) {
                return new Child(p, List.copyOf(lines), Map.copyOf(outcomes));
            }
        }
    }
}
