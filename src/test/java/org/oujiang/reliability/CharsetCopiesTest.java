package org.oujiang.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hankcs.hanlp.HanLP;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.article.ArticleReader;
import org.oujiang.pipeline.ArticlePipeline;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.rdf.ArticleGraphMapper;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

/**
 * GBK-, GB18030- and Big5-encoded copies of a shared article give the same entities (IRIs and labels) as
 * the UTF-8 original, each ingested through the real reader (charset detection, no declaration) into its
 * own in-memory store. Big5 holds Traditional characters only, so its copy is of the article converted to
 * Traditional (HanLP, in this test) and is compared with that text in UTF-8. Characters a charset cannot
 * encode are replaced, and the comparison is with the UTF-8 of exactly what was encoded. Skipped when
 * {@code ../shared/corpus/wenzhou-remodel.txt} is absent.
 */
class CharsetCopiesTest {
    private static final Path ARTICLE = Path.of("..", "shared", "corpus", "wenzhou-remodel.txt");
    private static final Path ONTOLOGY = Path.of("ontology");
    private static ArticlePipeline pipeline;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = new ArticlePipeline(ONTOLOGY);
    }

    /** {@code text} in {@code cs}, unmappable characters replaced by the charset's replacement. */
    static byte[] encode(String text, Charset cs) throws CharacterCodingException {
        ByteBuffer b = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(text));
        return Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
    }

    /** Ingests {@code bytes} as {@code name} into a fresh in-memory store; every entity mentioned with its label. */
    private Set<String> entities(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        ArticleGraphMapper mapper = new ArticleGraphMapper();
        try (GraphStore store = GraphStore.inMemory()) {
            IngestService ingest = new IngestService(store, ONTOLOGY, new ArticleReader(ONTOLOGY.resolve("lexicon")),
                    a -> mapper.toModel(pipeline.analyse(a)));
            IngestReport r = ingest.ingest(List.of(file.toString()), (n, o, x) -> { });
            assertThat(r.failed()).as(name).isZero();
            assertThat(r.added()).as(name).isEqualTo(1);
            Set<String> out = new TreeSet<>();
            store.query(q -> {
                q.select("PREFIX oj: <" + OJ.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?e ?l { GRAPH ?a { ?a oj:mentions ?e } OPTIONAL { ?e rdfs:label ?l } }",
                        s -> out.add(s.getResource("e").getURI() + "  "
                                + (s.contains("l") ? s.getLiteral("l").getLexicalForm() : "-")));
                return null;
            });
            return out;
        }
    }

    /** The entities of {@code text} encoded in {@code cs} equal those of what was encoded, read as UTF-8. */
    private Set<String> sameAsUtf8(String text, Charset cs) throws Exception {
        byte[] copy = encode(text, cs);
        String encoded = new String(copy, cs);
        Set<String> expected = entities("utf8-" + cs.name() + ".txt", encoded.getBytes(StandardCharsets.UTF_8));
        Set<String> actual = entities("copy-" + cs.name() + ".txt", copy);
        assertThat(actual).as(cs.name() + " copy against UTF-8").isEqualTo(expected);
        assertThat(expected).as(cs.name()).isNotEmpty();
        return actual;
    }

    @Test
    void gbkGb18030AndBig5CopiesGiveTheEntitiesOfTheUtf8Original() throws Exception {
        assumeTrue(Files.isRegularFile(ARTICLE), ARTICLE + " is absent");
        String simplified = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        Set<String> original = entities("original.txt", Files.readAllBytes(ARTICLE));

        assertThat(new String(encode(simplified, Charset.forName("GB18030")), "GB18030")).isEqualTo(simplified);
        assertThat(sameAsUtf8(simplified, Charset.forName("GB18030"))).isEqualTo(original);
        Set<String> gbk = sameAsUtf8(simplified, Charset.forName("GBK"));
        if (new String(encode(simplified, Charset.forName("GBK")), "GBK").equals(simplified)) {
            assertThat(gbk).isEqualTo(original);
        }
        sameAsUtf8(HanLP.convertToTraditionalChinese(simplified), Charset.forName("Big5"));
    }
}
