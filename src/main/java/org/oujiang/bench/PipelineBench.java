package org.oujiang.bench;

import java.nio.file.Path;
import java.util.List;
import org.oujiang.article.Article;
import org.oujiang.nlp.Segmenter;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.rdf.ArticleGraphMapper;

/**
 * Single-threaded, warm: HanLP segmentation alone (Viterbi with all its recognisers: person, place and
 * organisation; no custom words; whole body) against the whole analysis (clean, segment, find, link,
 * extract) plus the mapping to RDF, on the same texts, in groups of articles as ingest analyses them. The
 * yardstick stays HanLP as it comes even though the pipeline runs without place recognition
 * ({@link Segmenter}): what the pipeline leaves out is a saving, not a change of the unit. Rounds alternate
 * the two so a shared machine's load hits both alike. Untimed rounds of both come first, for at least
 * {@link #WARM_UP_SECONDS}: the JIT keeps improving the pipeline's many paths for several seconds (with three
 * 200-article rounds, the measured ratio still fell by a tenth from one round to the next). Each round reports
 * wall time and this thread's CPU time, which a loaded machine disturbs much less.
 */
public final class PipelineBench {
    static final int WARM_UP_SECONDS = 20;

    private PipelineBench() {
    }

    /** The pipeline as ingest runs it: groups of {@link ArticlePipeline#GROUP} articles, then each mapped to RDF. */
    private static void analyse(ArticlePipeline pipeline, ArticleGraphMapper mapper, List<Article> articles) {
        for (int from = 0; from < articles.size(); from += ArticlePipeline.GROUP) {
            List<Article> group = articles.subList(from, Math.min(articles.size(), from + ArticlePipeline.GROUP));
            for (var attempt : pipeline.analyseAll(group)) {
                mapper.toModel(attempt.get());
            }
        }
    }

    /** Prints one line per round and a summary. */
    public static void run(Path ontologyDir, List<Article> articles, int rounds) {
        long chars = articles.stream().mapToLong(a -> a.body().length()).sum();
        long t0 = System.nanoTime();
        Segmenter hanlp = Segmenter.hanlpWithAllRecognisers();
        ArticlePipeline pipeline = new ArticlePipeline(ontologyDir);
        ArticleGraphMapper mapper = new ArticleGraphMapper();
        System.out.printf("set-up (HanLP + gazetteers): %.2f s%n", (System.nanoTime() - t0) / 1e9);
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        int warmRounds = 0;
        for (; warmRounds < 3 || System.nanoTime() < warmUntil; warmRounds++) {
            for (Article a : articles) {
                hanlp.segment(a.body(), 0);
            }
            analyse(pipeline, mapper, articles);
        }
        System.out.printf("warm-up: %d rounds%n", warmRounds);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ratios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        double bestSeg = Double.MAX_VALUE;
        double bestPipe = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            for (Article a : articles) {
                hanlp.segment(a.body(), 0);
            }
            double seg = (System.nanoTime() - s) / 1e9;
            double segCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            s = System.nanoTime();
            c = cpu.getCurrentThreadCpuTime();
            analyse(pipeline, mapper, articles);
            double pipe = (System.nanoTime() - s) / 1e9;
            double pipeCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            ratios[r] = pipe / seg;
            cpuRatios[r] = pipeCpu / segCpu;
            bestSeg = Math.min(bestSeg, seg);
            bestPipe = Math.min(bestPipe, pipe);
            System.out.printf("round %d: segmentation %.2f s (%.0f art/s, %.0f chars/s), pipeline %.2f s (%.0f art/s, "
                    + "%.0f chars/s), ratio %.2f (CPU time %.2f)%n", r + 1, seg, articles.size() / seg, chars / seg, pipe,
                    articles.size() / pipe, chars / pipe, ratios[r], cpuRatios[r]);
        }
        java.util.Arrays.sort(ratios);
        java.util.Arrays.sort(cpuRatios);
        System.out.printf("pipeline: %d articles, %d chars; best segmentation %.0f chars/s, best pipeline %.0f art/s "
                + "%.0f chars/s; ratio median %.2f (min %.2f, max %.2f); CPU-time ratio median %.2f%n", articles.size(),
                chars, chars / bestSeg, articles.size() / bestPipe, chars / bestPipe, ratios[rounds / 2], ratios[0],
                ratios[rounds - 1], cpuRatios[rounds / 2]);
    }
}
