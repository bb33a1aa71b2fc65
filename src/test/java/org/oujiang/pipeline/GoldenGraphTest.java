package org.oujiang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oujiang.article.Article;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.Iris;

/**
 * Golden graphs: each {@code src/test/resources/golden/NAME.txt} (first line the title, the rest the body)
 * must map to a graph isomorphic to the named graph of {@code NAME.trig}. On a mismatch both graphs are
 * printed as sorted N-Triples with the lines only one of them has. Run with
 * {@code -Doujiang.golden.update=true} to rewrite the expected files from the current output (read the diff
 * before committing it). See {@code src/test/resources/golden/README.md}.
 */
class GoldenGraphTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("oujiang.golden.update");
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = SharedPipeline.get();
    }

    static Stream<String> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void graphMatchesGolden(String name) throws IOException {
        String input = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
        String[] parts = input.split("\\R", 2);
        Article article = new Article(parts[0].strip(), null, null, null, parts.length > 1 ? parts[1] : "",
                "golden/" + name + ".txt");
        Model actual = new ArticleGraphMapper().toModel(pipeline.analyse(article));
        String graph = Iris.article(article);
        Path expectedFile = DIR.resolve(name + ".trig");
        if (UPDATE) {
            Files.writeString(expectedFile, trig(name, graph, actual), StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("expected graph; generate with -Doujiang.golden.update=true").exists();
        Dataset ds = RDFParser.source(expectedFile).lang(Lang.TRIG).toDataset();
        assertThat(ds.containsNamedModel(graph)).as("%s holds the graph %s", expectedFile, graph).isTrue();
        Model expected = ds.getNamedModel(graph);
        if (!expected.isIsomorphicWith(actual)) {
            throw new AssertionError(report(name, expected, actual));
        }
    }

    /** TriG with one GRAPH block of sorted N-Triples lines: stable, so diffs between versions stay small. */
    private static String trig(String name, String graph, Model m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Expected graph of golden/").append(name).append(".txt, written by GoldenGraphTest with\n")
                .append("# -Doujiang.golden.update=true and checked by hand. See README.md in this directory.\n")
                .append("<").append(graph).append("> {\n");
        for (String line : sortedLines(m)) {
            sb.append("    ").append(line).append('\n');
        }
        return sb.append("}\n").toString();
    }

    static List<String> sortedLines(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(w.toString().lines().filter(l -> !l.isBlank()).toList());
        lines.sort(null);
        return lines;
    }

    private static String report(String name, Model expected, Model actual) {
        List<String> exp = sortedLines(expected);
        List<String> act = sortedLines(actual);
        StringBuilder sb = new StringBuilder("graph of golden/" + name + ".txt differs from " + name + ".trig\n");
        sb.append("--- only expected:\n");
        exp.stream().filter(l -> !act.contains(l)).forEach(l -> sb.append("- ").append(l).append('\n'));
        sb.append("+++ only actual:\n");
        act.stream().filter(l -> !exp.contains(l)).forEach(l -> sb.append("+ ").append(l).append('\n'));
        sb.append("=== expected (sorted N-Triples):\n");
        exp.forEach(l -> sb.append(l).append('\n'));
        sb.append("=== actual (sorted N-Triples):\n");
        act.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
