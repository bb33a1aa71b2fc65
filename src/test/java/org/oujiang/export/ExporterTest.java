package org.oujiang.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

class ExporterTest {
    static final String A1 = OJ.ID + "article/a1";
    static final String A2 = OJ.ID + "article/a2";
    private final GraphStore store = GraphStore.inMemory();
    private final Exporter exporter = new Exporter(store);

    @BeforeEach
    void fill() {
        for (String a : new String[] {A1, A2}) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(a).addProperty(RDF.type, OJ.Article)
                    .addProperty(OJ.mentions, m.createResource(OJ.ID + "company/康奈集团有限公司")
                            .addProperty(OJ.statedName, m.createLiteral("康奈集团有限公司", "zh"))
                            .addProperty(RDFS.comment, "第" + a.charAt(a.length() - 1) + "篇"));
            store.replaceGraph(a, m);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] export(ExportFormat f, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(f, graph, out);
        return out.toByteArray();
    }

    @Test
    void datasetFormatsRoundTripWithGraphs() {
        for (ExportFormat f : new ExportFormat[] {ExportFormat.TRIG, ExportFormat.NQ, ExportFormat.JSONLD}) {
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, new ByteArrayInputStream(export(f, null)),
                    f == ExportFormat.TRIG ? Lang.TRIG : f == ExportFormat.NQ ? Lang.NQUADS : Lang.JSONLD);
            long quads = 0;
            for (var it = back.asDatasetGraph().find(); it.hasNext(); it.next()) {
                quads++;
            }
            assertThat(quads).as(f.name()).isEqualTo(store.quadCount());
            assertThat(back.containsNamedModel(A1)).isTrue();
            assertThat(back.containsNamedModel(GraphStore.ENTITIES_GRAPH)).isTrue();
        }
    }

    @Test
    void everyFormatLeavesTheCallersStreamOpen() {
        for (ExportFormat f : ExportFormat.values()) {
            // like a file stream: writing after close fails
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                private boolean closed;

                @Override
                public void close() {
                    closed = true;
                }

                @Override
                public synchronized void write(byte[] b, int off, int len) {
                    if (closed) {
                        throw new IllegalStateException("written after close");
                    }
                    super.write(b, off, len);
                }

                @Override
                public synchronized void write(int b) {
                    if (closed) {
                        throw new IllegalStateException("written after close");
                    }
                    super.write(b);
                }
            };
            new Exporter(store, java.nio.file.Path.of("ontology/context.jsonld")).export(f, null, out);
            out.write('\n');
            assertThat(out.size()).as(f.name()).isGreaterThan(1);
        }
    }

    @Test
    void jsonldOfOneArticleKeepsItsGraphName() {
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(export(ExportFormat.JSONLD, A2)), Lang.JSONLD);
        Model g = back.getNamedModel(A2);
        assertThat(g.contains(g.createResource(A2), RDF.type, OJ.Article)).isTrue();
    }

    @Test
    void oneArticleInEveryFormat() {
        for (ExportFormat f : ExportFormat.values()) {
            byte[] b = export(f, A1);
            assertThat(b).as(f.name()).isNotEmpty();
            String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(s).as(f.name()).doesNotContain("第2篇");
        }
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(export(ExportFormat.RDFXML, A1)), Lang.RDFXML);
        assertThat(back.size()).isEqualTo(4);
    }

    @Test
    void unknownFormatListsChoices() {
        assertThatThrownBy(() -> ExportFormat.of("xml")).hasMessageContaining("trig, nq, ttl, nt, jsonld, rdfxml");
    }
}
