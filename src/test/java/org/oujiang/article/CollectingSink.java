package org.oujiang.article;

import java.util.ArrayList;
import java.util.List;

/** Test sink: keeps every article and every failure as "origin: reason". */
final class CollectingSink implements ArticleSink {

    final List<Article> articles = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @Override
    public void accept(Article a) {
        articles.add(a);
    }

    @Override
    public void fail(String origin, String reason) {
        failures.add(origin + ": " + reason);
    }
}
