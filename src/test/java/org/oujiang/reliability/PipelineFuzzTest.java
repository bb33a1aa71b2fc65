package org.oujiang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.query.QueryException;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.Iris;
import org.oujiang.store.GraphStore;
import org.oujiang.store.StoreException;

/**
 * Fuzzing (issue 5, item 5): 300 random and mutated articles, from a fixed seed, through the whole path:
 * {@link ArticleReader} (every other case, as file bytes), {@link ArticlePipeline}, {@link ArticleGraphMapper}
 * and a write into an in-memory store. No exception may escape but the project's own typed errors; every
 * failing case is listed with its number, exception and stack top (re-run one with {@link #input(int)}).
 * Seed sentences are written for this test.
 */
class PipelineFuzzTest {
    static final long SEED = 20_251_126L;
    static final int CASES = 300;
    private static final String[] SEEDS = {
        "温州市经信局局长陈立新表示，乐清市电气产业集群产值突破1500亿元，同比增长8.2%。",
        "浙江海翼科技有限公司在鹿城区投资12亿元建设智能工厂，预计2025年投产。",
        "2023年，合肥市地区生产总值达到12673.8亿元，新能源汽车产量74.6万辆。",
        "瑞安市的汽车零部件产业和永嘉县的泵阀产业加快数字化转型。",
        "省发展改革委印发《关于推动制造业高质量发展的实施意见》，支持专精特新企业。",
        "晋江市市长张文贤说，鞋服企业出口额增长12%，规模以上工业增加值增速为6.5%。",
        "昆山开发区引进电子信息项目32个，总投资超过300亿元人民币。",
        "宁波舟山港货物吞吐量12.6亿吨，连续多年位居全球第一。",
    };
    private static final String[] PUNCT = {"，", ",", "。", ".", "、", "；", ";", "：", ":", "！", "!", "？", "?",
        "（", "(", "）", ")", "《", "》", "“", "”", "「", "」", "\"", "'", "—", "-", "…", "·", "%", "％", "\t", " ",
        "\u3000", "\n", "\n\n", "\r\n"};
    private static final String[] UNITS = {"亿元", "万元", "元", "%", "万辆", "吨", "万吨", "个百分点", "平方公里",
        "万人", "美元", "倍", "亿美元", "千瓦时"};
    private static final String[] HUGE = {"9999999亿元", "1e400", "0.0000001%", "-0", "NaN", "Infinity亿元",
        "99999999999999999999999999999万元", "１２３４５亿元", "三千五百亿元", "1,234,567.89万元", "2023年第13季度",
        "增长-999.9%", "0x7fffffff", "9".repeat(400), "1.7976931348623157e308亿元"};
    private static final String[] ODD = {"\uD800", "\uDFFF", "\uDBFF\uDFFF", "😀", "🏭💰", "👨‍👩‍👧", "\u0000",
        "\u200B", "\uFEFF", "\u202E", "溫州市經濟和信息化局", "臺灣", "發展改革委", "Apple Inc.", "GDP", "CPI",
        "Zhejiang Province", "ＡＢＣ有限公司", "<script>alert(1)</script>", "&amp;", "\\u0000", "{}[]", "`", "\u3007",
        "𠀀𠀁", "ÀÉÎ", "Ⅻ", "①②③"};
    private static ArticlePipeline pipeline;
    private static GraphStore store;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();
    private final ArticleReader reader = new ArticleReader(Path.of("ontology", "lexicon"));

    @BeforeAll
    static void load() {
        pipeline = org.oujiang.pipeline.SharedPipeline.get();
        store = GraphStore.inMemory();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The body of case {@code n}: random text, or seed sentences with 1 to 30 mutations. */
    static String input(int n) {
        Random r = new Random(SEED * 31 + n);
        if (n % 10 == 0) {
            return randomText(r, r.nextInt(400));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0, k = 1 + r.nextInt(6); i < k; i++) {
            sb.append(SEEDS[r.nextInt(SEEDS.length)]);
            if (r.nextInt(4) == 0) {
                sb.append('\n');
            }
        }
        for (int i = 0, k = 1 + r.nextInt(30); i < k; i++) {
            mutate(sb, r);
        }
        return sb.toString();
    }

    private static void mutate(StringBuilder sb, Random r) {
        int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
        switch (r.nextInt(9)) {
            case 0 -> sb.insert(at, PUNCT[r.nextInt(PUNCT.length)]);
            case 1 -> sb.insert(at, r.nextInt(100_000) + UNITS[r.nextInt(UNITS.length)]);
            case 2 -> sb.insert(at, HUGE[r.nextInt(HUGE.length)]);
            case 3 -> sb.insert(at, ODD[r.nextInt(ODD.length)]);
            case 4 -> sb.insert(at, String.valueOf((char) ('一' + r.nextInt(20_000))).repeat(1 + r.nextInt(800)));
            case 5 -> sb.insert(at, "\n".repeat(1 + r.nextInt(5)));
            case 6 -> sb.insert(at, randomText(r, 1 + r.nextInt(40)));
            case 7 -> {
                if (sb.length() > 2) {
                    int from = r.nextInt(sb.length() - 1);
                    sb.delete(from, Math.min(sb.length(), from + 1 + r.nextInt(20)));
                }
            }
            default -> {
                if (sb.length() > 2) {
                    int from = r.nextInt(sb.length() - 1);
                    String piece = sb.substring(from, Math.min(sb.length(), from + 1 + r.nextInt(30)));
                    sb.insert(r.nextInt(sb.length() + 1), piece);
                }
            }
        }
    }

    /** Random UTF-16 units: CJK, ASCII, punctuation and anything else, lone surrogates included. */
    private static String randomText(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            switch (r.nextInt(5)) {
                case 0, 1 -> sb.append((char) ('一' + r.nextInt(20_000)));
                case 2 -> sb.append((char) (32 + r.nextInt(95)));
                case 3 -> sb.append(PUNCT[r.nextInt(PUNCT.length)]);
                default -> sb.append((char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    /** Runs case {@code n}; returns null when it passed, else the failure in one line with its stack top. */
    String runCase(int n) {
        String body = input(n);
        List<Article> articles = new ArrayList<>();
        try {
            if (n % 2 == 1) {
                reader.read("fuzz-" + n + ".txt", ("标题" + n + "\n\n" + body).getBytes(StandardCharsets.UTF_8),
                        new ArticleSink() {
                            public void accept(Article a) {
                                articles.add(a);
                            }

                            public void fail(String origin, String reason) {
                                // a reason on one line is the reader's typed outcome
                            }
                        });
            } else {
                articles.add(new Article("标题" + n, "2024-05-01", "测试", null, body, "fuzz-" + n));
            }
            for (Article a : articles) {
                Model m = mapper.toModel(pipeline.analyse(a));
                store.replaceGraph(Iris.article(a), m);
            }
            return null;
        } catch (StoreException | QueryException e) {
            return null;    // the project's own typed errors
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return "case " + n + ": " + e + " at " + top;
        }
    }

    @Test
    void noUntypedExceptionEscapesThePipeline() {
        long t0 = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            String f = runCase(n);
            if (f != null) {
                failures.add(f);
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("PipelineFuzzTest: " + CASES + " cases in " + ms + " ms, " + failures.size() + " failed");
        assertThat(failures).as("cases whose exception escaped (reproduce with input(n))").isEmpty();
        assertThat(store.listGraphs()).anyMatch(g -> g.contains("/article/"));
    }
}
