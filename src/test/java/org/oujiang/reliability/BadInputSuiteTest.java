package org.oujiang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.store.GraphStore;

/**
 * Issue 5, bad input: a folder of every kind of bad file, generated here (no binaries in git), ingested in
 * one batch through the real {@link IngestService} and pipeline into an in-memory store. Each bad input
 * gives exactly one {@code origin: reason} line, the good files of the same batch are stored, no stack
 * trace reaches the lines, and the report counts the failures.
 */
class BadInputSuiteTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** File name (relative to the folder) → the words its one failure line must hold. */
    private final Map<String, String> bad = new LinkedHashMap<>();
    /** Titles of the articles that must be stored. */
    private final Set<String> goodTitles = new TreeSet<>();

    @Test
    void everyBadFileIsNamedOnceAndTheGoodOnesAreStored(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeGoodFiles(in);
        writeBadFiles(in);
        boolean links = symlinkLoop(in);
        String missing = dir.resolve("missing.txt").toString();

        List<String> progress = new ArrayList<>();
        IngestReport report;
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService service = IngestService.standard(store, Path.of("ontology"), null);
            report = service.ingest(List.of(in.toString(), missing), (n, origin, outcome) -> {
                progress.add("[" + n + "] " + origin + ": " + outcome);
            });
            assertThat(storedTitles(store)).containsAll(goodTitles);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<String> failures = report.failures();
        assertThat(failures).as("one line per bad input").hasSize(bad.size() + 1 + (links ? 1 : 0));
        for (Map.Entry<String, String> e : bad.entrySet()) {
            String origin = in.resolve(e.getKey()).toString();
            assertThat(failures.stream().filter(f -> f.startsWith(origin + ": ") || f.startsWith(origin + ":")))
                    .as(e.getKey()).singleElement().asString().contains(e.getValue());
        }
        assertThat(failures).contains(missing + ": no such file or directory");
        if (links) {
            assertThat(failures).anySatisfy(f -> assertThat(f).contains("symbolic link loop"));
        }
        for (String line : concat(failures, progress)) {
            assertThat(line).doesNotContain("Exception", "\tat ", "\n");
        }
        assertThat(report.failed()).isEqualTo(failures.size()).isPositive();
        assertThat(report.added()).isEqualTo(goodTitles.size());
        assertThat(report.summary()).endsWith("failed " + failures.size());
        assertThat(took).as("the whole batch, 5 MB line included").isLessThan(Duration.ofSeconds(90));
    }

    private void writeGoodFiles(Path in) throws IOException {
        good(in.resolve("good.txt"), "瑞安汽摩配产业升级", "瑞安市的汽摩配企业今年新增技改项目十二个，产值增长百分之八。",
                StandardCharsets.UTF_8);
        good(in.resolve("gbk.txt"), "乐清电气产业集群扩容", "乐清市电气企业超过一千家，龙头企业加快数字化改造。", GBK);
        good(in.resolve("big5.txt"), "永嘉泵閥企業上雲", "永嘉縣泵閥企業積極推進數字化轉型，產值持續增長。", BIG5);
        good(in.resolve("nul.txt"), "鹿城鞋业出口", "鹿城区鞋业企业出口额增长，\u0000全年新增订单超过三百万双。",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("front.md"), "---\ntitle: 苍南仪表产业\ndate: 2024-03-01\n---\n"
                + "苍南县仪表企业加快转型，产业集群规模持续扩大。\n");
        goodTitles.add("苍南仪表产业");
        Files.writeString(in.resolve("lines.jsonl"), "{\"title\":\"文成旅游\",\"body\":\"文成县旅游收入增长。\"}\n"
                + "{\"title\": \"断行\", \"body\": \n"
                + "{\"title\":\"泰顺茶叶\",\"body\":\"泰顺县茶叶产值增长。\"}\n");
        goodTitles.addAll(List.of("文成旅游", "泰顺茶叶"));
        bad.put("lines.jsonl:2", "invalid JSON at line 2");
        // 100 KB through the whole pipeline; 5 MB below through reading, cleaning, splitting and segmenting
        good(in.resolve("run-on.txt"), "一行无标点", runOnLine(100 * 1024), StandardCharsets.UTF_8);
    }

    /**
     * A 5 MB line without punctuation is read, cleaned, cut into sentences of at most 500 characters and
     * segmented in bounded time. The whole pipeline is not run on it: the mention, linking and relation
     * stages are quadratic in the number of mentions (see the disabled test below).
     */
    @Test
    void fiveMegabyteLineIsReadSplitAndSegmentedInBoundedTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run-on.txt");
        Files.writeString(file, "一行五兆\n" + runOnLine(5 * 1024 * 1024));
        long start = System.nanoTime();
        List<org.oujiang.article.Article> read = new ArrayList<>();
        new org.oujiang.article.ArticleReader(Path.of("ontology/lexicon")).read(file.toString(),
                new org.oujiang.article.ArticleSink() {
                    public void accept(org.oujiang.article.Article a) {
                        read.add(a);
                    }

                    public void fail(String origin, String reason) {
                        throw new AssertionError(origin + ": " + reason);
                    }
                });
        var doc = new org.oujiang.article.TextCleaner(Path.of("ontology/lexicon"),
                org.oujiang.nlp.Segmenter::toSimplified).clean(read.get(0));
        assertThat(doc.sentences()).allMatch(s -> s.text().length() <= org.oujiang.article.SentenceSplitter.MAX_CHARS)
                .hasSizeGreaterThan(3000);
        var tokens = org.oujiang.nlp.MentionFinder.load(Path.of("ontology")).segment(doc);
        assertThat(tokens).isNotEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    /**
     * A file listed with its directory that disappears before it is read. Tested on the reader, which
     * lists a directory before reading it; the parallel ingest reads ahead, so a deletion timed by its
     * progress lines would race with it.
     */
    @Test
    void aFileThatDisappearsAfterListingIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-first.txt"), "第一篇\n嘉兴市经济稳步增长。\n");
        Path vanishing = dir.resolve("zz-vanishes.txt");
        Files.writeString(vanishing, "消失的稿件\n这篇稿件在批处理开始后被删除。\n");
        List<String> failures = new ArrayList<>();
        List<String> read = new ArrayList<>();
        new org.oujiang.article.ArticleReader().read(dir.toString(), new org.oujiang.article.ArticleSink() {
            @Override
            public void accept(org.oujiang.article.Article a) {
                read.add(a.title());
                deleteQuietly(vanishing); // listed already: it disappears before it is read
            }

            @Override
            public void fail(String origin, String reason) {
                failures.add(origin + ": " + reason);
            }
        });
        assertThat(read).containsExactly("第一篇");
        assertThat(failures).singleElement().asString().startsWith(vanishing + ": ").contains("no longer exists");
    }

    /** A 5 MB line through every stage: no stage may be quadratic in the number of mentions. */
    @Test
    void fiveMegabyteLineThroughTheWholePipeline() {
        var pipeline = new org.oujiang.pipeline.ArticlePipeline(Path.of("ontology"));
        long start = System.nanoTime();
        pipeline.analyse(new org.oujiang.article.Article("一行五兆", null, null, null, runOnLine(5 * 1024 * 1024), "x"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    private void good(Path file, String title, String body, Charset cs) throws IOException {
        assertThat(cs.newEncoder().canEncode(title + body)).as(file + " in " + cs).isTrue();
        Files.write(file, (title + "\n" + body + "\n").getBytes(cs));
        goodTitles.add(title);
    }

    private void writeBadFiles(Path in) throws IOException {
        badFile(in, "empty.txt", new byte[0], "empty file");
        badFile(in, "blank.md", " \n\t\n\u3000 \n".getBytes(StandardCharsets.UTF_8), "empty file");
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        badFile(in, "binary.txt", noise, "not text (binary content)");
        byte[] utf8 = "温州市经济持续增长，制造业企业加快转型升级。".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] broken = utf8.clone();
        broken[30] = (byte) 0xFF;
        badFile(in, "broken-utf8.txt", broken, "invalid UTF-8 at byte 30");
        badFile(in, "truncated.txt", Arrays.copyOf(utf8, utf8.length - 2), "truncated UTF-8");
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: refused from its size, never read
        }
        bad.put("huge.txt", "larger than the 16 MiB limit");
        badFile(in, "scripts.html", "<html><head><script>var a = 1;</script></head><body><script>go()</script>"
                + "<style>p { color: red }</style><nav>首页</nav></body></html>", "no text");
        badFile(in, "malformed.json", "{\"title\": \"坏\", \"body\": \"正文\",,}", "invalid JSON");
        badFile(in, "broken-front.md", "---\ntitle: [unclosed\ndate: 2024\n---\n正文。\n", "broken front matter");
    }

    private void badFile(Path in, String name, String content, String reason) throws IOException {
        badFile(in, name, content.getBytes(StandardCharsets.UTF_8), reason);
    }

    private void badFile(Path in, String name, byte[] bytes, String reason) throws IOException {
        Files.write(in.resolve(name), bytes);
        bad.put(name, reason);
    }

    /** {@code loop/back → ..}: a directory that contains its own parent. False where links cannot be made. */
    private static boolean symlinkLoop(Path in) throws IOException {
        Path loop = Files.createDirectories(in.resolve("loop"));
        try {
            Files.createSymbolicLink(loop.resolve("back"), in);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** About {@code bytes} bytes of Chinese words without any punctuation or line break. */
    static String runOnLine(int bytes) {
        String[] words = {"温州", "民营", "企业", "数字化", "转型", "产值", "增长", "乐清", "电气", "集群", "龙头",
            "项目", "投资", "亿元", "瑞安", "汽摩配", "产业", "升级"};
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder(bytes / 3 + 16);
        while (sb.length() * 3 < bytes) {
            sb.append(words[r.nextInt(words.length)]);
        }
        return sb.toString();
    }

    private static Set<String> storedTitles(GraphStore store) {
        return store.query(r -> {
            Set<String> titles = new TreeSet<>();
            r.select("SELECT ?t WHERE { ?a a <https://w3id.org/oujiang/ontology#Article> ;"
                    + " <http://purl.org/dc/terms/title> ?t }", s -> titles.add(s.getLiteral("t").getString()));
            return titles;
        });
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
