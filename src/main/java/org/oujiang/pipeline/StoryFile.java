package org.oujiang.pipeline;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Resource;
import org.oujiang.article.Article;
import org.oujiang.rdf.Iris;
import org.oujiang.rdf.OJ;
import org.oujiang.store.ArticleWrite;

/**
 * Turns one article into what the writer stores: analyses it, and records where it came from so a later
 * edit of the same story replaces it: its {@code schema:url} (which the mapper writes too) and its file. An article that is a whole file (its origin names a regular file) gets
 * {@code oj:sourceFile} with the file's absolute, normalised path; a JSON Lines line ({@code file.jsonl:12}),
 * a JSON array item ({@code file.json#3}) and standard input get none, so only their URL identifies them.
 */
final class StoryFile {
    private static final String SCHEMA_URL = "https://schema.org/url";

    private StoryFile() {
    }

    /** The analysed article ready to write, or a failed item naming the reason; runs on analysis threads. */
    static AnalysisQueue.Item prepare(Article a, Function<Article, IngestService.Analysed> analyser) {
        try {
            return item(a, analyser.apply(a));
        } catch (RuntimeException | LinkageError e) {
            return AnalysisQueue.Item.failed(a.origin(), IngestService.reason(e));
        }
    }

    /** As {@link #prepare} for each article of a group, analysed at once when the analyser can. */
    static List<AnalysisQueue.Item> prepareAll(List<Article> group,
                                               Function<Article, IngestService.Analysed> analyser) {
        if (!(analyser instanceof IngestService.GroupAnalyser g) || group.size() < 2) {
            return group.stream().map(a -> prepare(a, analyser)).toList();
        }
        List<Attempt<IngestService.Analysed>> attempts;
        try {
            attempts = g.applyAll(group);
        } catch (RuntimeException | LinkageError e) { // the analyser itself (HanLP failing to load): each fails
            return group.stream().map(a -> AnalysisQueue.Item.failed(a.origin(), IngestService.reason(e))).toList();
        }
        List<AnalysisQueue.Item> items = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            Attempt<IngestService.Analysed> done = attempts.get(i);
            items.add(prepare(group.get(i), a -> done.get())); // a failure is thrown again and reported as one
        }
        return items;
    }

    private static AnalysisQueue.Item item(Article a, IngestService.Analysed an) {
        String iri = an.graphIri();
        String file = sourceFile(a.origin());
        Resource node = an.graph().createResource(iri);
        if (file != null) {
            node.addProperty(OJ.sourceFile, file);
        }
        String url = a.url() == null || a.url().isBlank() ? null : Iris.fromUrl(a.url());
        if (url != null) {
            node.addProperty(an.graph().createProperty(SCHEMA_URL), an.graph().createResource(url));
        }
        return new AnalysisQueue.Item(a.origin(), new ArticleWrite(iri, an.graph(), url, file), an.text(), null, a);
    }

    /** The absolute path of the file {@code origin} names when it is a regular file, else null. */
    static String sourceFile(String origin) {
        if (origin == null || origin.isBlank() || "-".equals(origin)) {
            return null;
        }
        try {
            Path p = Path.of(origin);
            return Files.isRegularFile(p) ? p.toAbsolutePath().normalize().toString() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
