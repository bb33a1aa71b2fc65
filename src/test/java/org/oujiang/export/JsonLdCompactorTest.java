package org.oujiang.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.oujiang.rdf.OJ;

/** Compact JSON-LD with ontology/context.jsonld: short names in the output, the same quads when read back. */
class JsonLdCompactorTest {
    private static final String A = OJ.ID + "article/0123456789abcdef";

    private static Dataset sample() {
        Dataset ds = DatasetFactory.create();
        Model m = ds.getNamedModel(A);
        Resource city = m.createResource(OJ.ID + "region/330300").addProperty(RDF.type, OJ.Prefecture)
                .addProperty(RDFS.label, m.createLiteral("温州市", "zh")).addProperty(RDFS.label, "Wenzhou", "en")
                .addProperty(OJ.adminCode, "330300").addProperty(OJ.partOf, m.createResource(OJ.ID + "region/330000"));
        Resource s = m.createResource(A + "/s/3").addProperty(RDF.type, OJ.Sentence)
                .addProperty(OJ.text, m.createLiteral("温州市地区生产总值8730.6亿元。", "zh"))
                .addLiteral(OJ.beginOffset, 10L).addLiteral(OJ.endOffset, 30L);
        m.createResource(A).addProperty(RDF.type, OJ.Article).addProperty(OJ.mentions, city)
                .addProperty(OJ.contentHash, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        m.createResource(A + "/obs/0").addProperty(RDF.type, OJ.Observation).addProperty(OJ.subject, city)
                .addProperty(OJ.value, m.createTypedLiteral("8730.6", XSDDatatype.XSDdecimal))
                .addProperty(OJ.unit, "亿元").addProperty(OJ.period, m.createTypedLiteral("2023", XSDDatatype.XSDgYear))
                .addProperty(OJ.period, "2023年一季度").addProperty(OJ.evidence, s);
        m.createResource(A + "/r/x").addProperty(RDF.type, RDF.Statement).addProperty(RDF.subject, city)
                .addProperty(RDF.predicate, OJ.partOf).addProperty(RDF.object, m.createResource(OJ.ID + "region/330000"));
        m.createResource().addProperty(RDFS.comment, "a blank node");
        ds.getNamedModel(OJ.GRAPH + "entities").add(city, RDFS.label, m.createLiteral("温州市", "zh"));
        return ds;
    }

    @Test
    void compactOutputUsesShortNamesAndReadsBackToTheSameQuads() {
        Dataset ds = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdCompactor(Path.of("ontology/context.jsonld")).write(ds.asDatasetGraph(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"label\": \"温州市\"", "\"type\": \"Prefecture\"", "\"value\": \"8730.6\"",
                "\"unit\": \"亿元\"", "\"partOf\": \"https://w3id.org/oujiang/id/region/330000\"",
                "\"statementPredicate\": \"partOf\"", "\"@graph\"");
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.JSONLD);
        assertThat(IsoMatcher.isomorphic(ds.asDatasetGraph(), back.asDatasetGraph())).as(json).isTrue();
    }

    @Test
    void exportWithTheContextWritesCompactJsonLdOfTheWholeStore() {
        org.oujiang.store.GraphStore store = org.oujiang.store.GraphStore.inMemory();
        try {
            Dataset ds = sample();
            ds.listModelNames().forEachRemaining(g -> store.replaceGraph(g.getURI(), ds.getNamedModel(g)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(store, Path.of("ontology/context.jsonld")).export(ExportFormat.JSONLD, null, out);
            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\n    \"@context\": {").contains("\"label\": \"温州市\"");
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.JSONLD);
            Dataset stored = store.query(r -> {
                Dataset copy = DatasetFactory.create();
                r.select("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }", q -> copy.asDatasetGraph().add(
                        q.get("g").asNode(), q.get("s").asNode(), q.get("p").asNode(), q.get("o").asNode()));
                return copy;
            });
            assertThat(IsoMatcher.isomorphic(stored.asDatasetGraph(), back.asDatasetGraph())).as(json).isTrue();
        } finally {
            store.close();
        }
    }
}
