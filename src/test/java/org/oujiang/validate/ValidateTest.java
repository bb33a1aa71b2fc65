package org.oujiang.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oujiang.pipeline.IngestReport;
import org.oujiang.pipeline.IngestService;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

/**
 * SHACL validation: the store the real pipeline builds from {@code ../shared/corpus} conforms to
 * {@code ontology/shapes.ttl} (skipped when ../shared is absent); a graph broken on purpose fails with a
 * report naming the node and the path.
 */
class ValidateTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static GraphStore store;

    @BeforeAll
    static void ingestCorpus() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus absent: validation of the corpus store skipped");
        store = GraphStore.inMemory();
        IngestReport r = IngestService.standard(store, Path.of("ontology"), null).ingest(List.of(CORPUS.toString()),
                (n, origin, outcome) -> { });
        assertThat(r.failed()).isZero();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static List<String> articles() {
        return store.listGraphs().stream().filter(g -> g.startsWith(OJ.ID + "article/")).toList();
    }

    @Test
    void theCorpusStoreConforms() {
        ValidationResult all = new StoreValidator(store, SHAPES).validate(null);
        assertThat(all.violations()).as(all.render()).isEmpty();
        assertThat(all.render()).startsWith("conforms: ");
        assertThat(articles()).hasSize(5);
        for (String a : articles()) {
            ValidationResult one = new StoreValidator(store, SHAPES).validate(a);
            assertThat(one.conforms()).as(a + "\n" + one.render()).isTrue();
        }
    }

    @Test
    void aBrokenGraphFailsWithAReadableReport() {
        String article = articles().get(0);
        Model m = store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(article)));
        Resource obs = m.listSubjectsWithProperty(RDF.type, OJ.Observation).next();
        m.removeAll(obs, OJ.unit, null);
        Resource entity = m.listObjectsOfProperty(m.createResource(article), OJ.mentions).next().asResource();
        m.add(entity, RDFS.label, m.createLiteral("多余的名字", "zh"));
        Resource mention = m.listSubjectsWithProperty(RDF.type, OJ.Mention).next();
        m.removeAll(mention, OJ.spans, null);
        m.add(mention, OJ.spans, "12-");

        GraphStore broken = GraphStore.inMemory();
        try {
            broken.loadReference(Path.of("ontology"));
            broken.replaceGraph(article, m);
            ValidationResult r = new StoreValidator(broken, SHAPES).validate(null);
            String report = r.render();
            assertThat(r.conforms()).isFalse();
            String obsName = "ojid:" + obs.getURI().substring(OJ.ID.length());
            assertThat(report).contains(obsName + "  oj:unit  an observation needs exactly one oj:unit");
            assertThat(report).contains("rdfs:label  an entity needs exactly one rdfs:label");
            assertThat(report).contains("oj:spans  a mention needs exactly one oj:spans, begin-end offset pairs");
            assertThat(report.strip().lines().reduce((a, b) -> b).orElseThrow()).matches("3 violations on 3 nodes .*");
            assertThat(new StoreValidator(broken, SHAPES).validate(article).conforms()).isFalse();
        } finally {
            broken.close();
        }
    }

    @Test
    void aLabelledEntityIsNamedByItsLabel() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(OJ.ID + "region/999999").addProperty(RDF.type, OJ.Prefecture)
                .addProperty(RDFS.label, m.createLiteral("测试市", "zh")).addProperty(OJ.adminCode, "99999");
        ValidationResult r = new ShapeValidator(SHAPES).validate(m.add(ModelFactory.createDefaultModel()
                .read(Path.of("ontology/oujiang.ttl").toUri().toString())).getGraph());
        assertThat(r.render()).contains("测试市 (ojid:region/999999)  oj:adminCode  a region has at most one "
                + "oj:adminCode, six digits");
    }
}
