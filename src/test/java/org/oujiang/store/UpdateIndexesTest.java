package org.oujiang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.oujiang.rdf.OJ;

/**
 * A user's update brings the registry, the figure index and the month index up to date for the graphs it
 * changes only: what it leaves must equal what writing the same graphs from scratch gives.
 */
class UpdateIndexesTest {
    private static final String PREFIX = "PREFIX oj: <" + OJ.NS + ">\nPREFIX dct: <http://purl.org/dc/terms/>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
    private static final String CITY = OJ.ID + "region/330300";
    private static final String GDP = OJ.ID + "indicator/地区生产总值";

    /**
     * An article dated {@code date} naming company {@code co} and giving a figure of the city in 元. Values
     * have a fraction: TDB2 does not delete a decimal written without one (see FigureIndex), which would
     * leave the old value beside the new one in the updated graph.
     */
    private static Model article(String n, String date, String co, String gdp) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(InMemoryStoreTest.iri(n)).addProperty(RDF.type, OJ.Article)
                .addProperty(DCTerms.date, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        Resource c = m.createResource(OJ.ID + "company/" + co).addProperty(RDF.type, OJ.Company)
                .addProperty(OJ.statedName, m.createLiteral(co, "zh"));
        a.addProperty(OJ.mentions, c);
        m.createResource(InMemoryStoreTest.iri(n) + "/obs/0").addProperty(RDF.type, OJ.Observation)
                .addProperty(OJ.subject, m.createResource(CITY)).addProperty(OJ.indicator, m.createResource(GDP))
                .addProperty(OJ.value, m.createTypedLiteral(new BigDecimal(gdp)))
                .addProperty(OJ.unit, "元")
                .addProperty(OJ.normalizedValue, m.createTypedLiteral(new BigDecimal(gdp)))
                .addProperty(OJ.normalizedUnit, "元")
                .addProperty(OJ.period, m.createTypedLiteral("2024", XSDDatatype.XSDgYear));
        return m;
    }

    /** The entities graph (registry, figure index, months) of {@code store}. */
    private static Graph derived(GraphStore store) {
        return store.read(ds -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(Store.ENTITIES_GRAPH)).find()
                    .forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Model stored(GraphStore store, String n) {
        return store.read(ds -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(ds.getNamedModel(InMemoryStoreTest.iri(n)));
            return copy;
        });
    }

    @Test
    void indexesAfterAnUpdateEqualThoseOfWritingTheResult() {
        try (GraphStore updated = GraphStore.inMemory(); GraphStore written = GraphStore.inMemory()) {
            updated.writeArticles(List.of(
                    ArticleWrite.of(InMemoryStoreTest.iri("a"), article("a", "2024-03-05", "甲", "8000.5")),
                    ArticleWrite.of(InMemoryStoreTest.iri("b"), article("b", "2024-03-09", "乙", "8000.5")),
                    ArticleWrite.of(InMemoryStoreTest.iri("c"), article("c", "2024-04-01", "丙", "8000.5"))));
            // b moves to May, names 丙 instead of 乙 and gives another GDP; c is dropped
            updated.update(PREFIX + "DELETE { GRAPH ?g { ?a dct:date ?d . ?a oj:mentions ?m . ?o oj:value ?v ;"
                    + " oj:normalizedValue ?nv } } INSERT { GRAPH ?g { ?a dct:date \"2024-05-02\"^^xsd:date ;"
                    + " oj:mentions <" + OJ.ID + "company/丙> . ?o oj:value 8100.5 ; oj:normalizedValue 8100.5 } }"
                    + " WHERE { BIND(<" + InMemoryStoreTest.iri("b") + "> AS ?g) GRAPH ?g { ?a dct:date ?d ;"
                    + " oj:mentions ?m . ?o oj:value ?v ; oj:normalizedValue ?nv } }");
            updated.update("DROP GRAPH <" + InMemoryStoreTest.iri("c") + ">");

            List<ArticleWrite> same = new ArrayList<>();
            for (String n : List.of("a", "b")) {
                same.add(ArticleWrite.of(InMemoryStoreTest.iri(n), stored(updated, n)));
            }
            written.writeArticles(same);
            Graph after = derived(updated);
            assertThat(after.contains(NodeFactory.createURI(OJ.ID + "month/2024-05"), Node.ANY, Node.ANY)).isTrue();
            assertThat(after.contains(NodeFactory.createURI(OJ.ID + "month/2024-04"), Node.ANY, Node.ANY)).isFalse();
            assertThat(after.contains(Node.ANY, OJ.disagreement.asNode(), Node.ANY)).isTrue();
            assertThat(after.isIsomorphicWith(derived(written)))
                    .as("entities graph after the update vs written from scratch").isTrue();
        }
    }

    @Test
    void theWatchNamesTheGraphsAnUpdateChanges() {
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Node b = NodeFactory.createURI(InMemoryStoreTest.iri("b"));
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            article("b", "2024-03-09", "乙", "2.5").getGraph().find().forEachRemaining(t -> dsg.add(b, t.getSubject(),
                    t.getPredicate(), t.getObject()));
            UpdateWatch watch = new UpdateWatch(dsg);
            SparqlUpdates.apply(watch, SparqlUpdates.parse("DROP GRAPH <" + b.getURI() + ">"));
            assertThat(watch.unbounded()).isFalse();
            assertThat(watch.before().keySet()).containsExactly(b);
            long size = watch.before().get(b).size();
            assertThat(size).isGreaterThan(5); // the graph as it was
            assertThat(dsg.containsGraph(b)).isFalse();
            assertThat(watch.count()).isEqualTo(new UpdateCount(0, size, 1));
            watch = new UpdateWatch(dsg); // one new quad, one already there
            SparqlUpdates.apply(watch, SparqlUpdates.parse("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 ."
                    + " <urn:x:a> <urn:x:b> 1 } }"));
            SparqlUpdates.apply(watch, SparqlUpdates.parse(
                    "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }"));
            assertThat(watch.count()).isEqualTo(new UpdateCount(1, 0, 1));
            watch = new UpdateWatch(dsg); // derived data edited by hand: rebuilt, never copied
            SparqlUpdates.apply(watch, SparqlUpdates.parse("INSERT DATA { GRAPH <" + Store.ENTITIES_GRAPH
                    + "> { <urn:x:a> <urn:x:b> \"c\" } }"));
            assertThat(watch.unbounded()).isTrue();
            assertThat(watch.before()).isEmpty();
            watch = new UpdateWatch(dsg);
            SparqlUpdates.apply(watch, SparqlUpdates.parse("CLEAR ALL"));
            assertThat(watch.unbounded()).isTrue();
            assertThat(watch.before()).isEmpty();
            assertThat(watch.count()).isEqualTo(new UpdateCount(0, 2, 2)); // urn:x:g and the registry, one by one
        });
    }
}
