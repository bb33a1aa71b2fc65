package org.oujiang.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oujiang.article.Article;
import org.oujiang.article.ArticleReader;
import org.oujiang.article.ArticleSink;
import org.oujiang.linking.LinkedEntity;

/** Developer aid: prints what the pipeline finds in the given files (mentions, relations, figures). */
public final class PipelineDump {
    public static void main(String[] args) {
        ArticlePipeline p = new ArticlePipeline(Path.of("ontology"));
        List<Article> articles = new ArrayList<>();
        for (String a : args) {
            new ArticleReader().read(a, new ArticleSink() {
                public void accept(Article x) { articles.add(x); }
                public void fail(String o, String r) { System.err.println(o + ": " + r); }
            });
        }
        for (Article a : articles) {
            ArticleAnalysis an = p.analyse(a);
            System.out.println("== " + a.origin());
            for (LinkedEntity e : an.entities()) {
                System.out.println("E " + e.type() + " " + e.label() + " " + e.names() + " x" + e.mentions().size()
                        + " " + e.mentions().stream().map(m -> m.how()).distinct().toList());
            }
            an.relations().forEach(r -> System.out.println("R " + r.subject().replaceAll(".*/", "") + " "
                    + r.predicate() + " " + r.object().replaceAll(".*/", "") + (r.detail() == null ? "" : " [" + r.detail() + "]")));
            an.observations().forEach(o -> System.out.println("O " + o.subject().replaceAll(".*/", "") + " "
                    + o.indicatorLabel() + " " + o.value() + o.unit() + " " + o.period()));
        }
    }
}
