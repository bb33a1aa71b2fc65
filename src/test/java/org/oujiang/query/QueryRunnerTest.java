package org.oujiang.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

class QueryRunnerTest {
    static final String ART = OJ.ID + "article/t1";

    private final GraphStore store = GraphStore.inMemory();
    private final QueryRunner runner = new QueryRunner(store, new QueryLibrary(Path.of("queries")));
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A province, a prefecture in it, and an article naming a company located in the prefecture. */
    static void fill(GraphStore store) {
        Model ref = ModelFactory.createDefaultModel();
        Resource zj = ref.createResource(OJ.ID + "region/330000").addProperty(RDF.type, OJ.Province)
                .addProperty(RDFS.label, ref.createLiteral("浙江省", "zh"));
        ref.createResource(OJ.ID + "region/330300").addProperty(RDF.type, OJ.Prefecture)
                .addProperty(RDFS.label, ref.createLiteral("温州市", "zh"))
                .addProperty(SKOS.altLabel, ref.createLiteral("温州", "zh")).addProperty(OJ.partOf, zj);
        store.replaceGraph(OJ.GRAPH + "gazetteer/regions", ref);
        Model m = ModelFactory.createDefaultModel();
        Resource wz = m.createResource(OJ.ID + "region/330300");
        Resource kn = m.createResource(OJ.ID + "company/康奈集团有限公司").addProperty(RDF.type, OJ.Company)
                .addProperty(OJ.statedName, m.createLiteral("康奈集团有限公司", "zh"))
                .addProperty(SKOS.altLabel, m.createLiteral("康奈", "zh")).addProperty(OJ.locatedIn, wz);
        m.createResource(ART).addProperty(RDF.type, OJ.Article)
                .addProperty(m.createProperty("http://purl.org/dc/terms/title"), "温州鞋业的新故事")
                .addProperty(m.createProperty("http://purl.org/dc/terms/date"), "2025-01-02")
                .addProperty(OJ.mentions, kn).addProperty(OJ.mentions, wz);
        store.replaceGraph(ART, m);
    }

    @BeforeEach
    void setUp() {
        fill(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String run(String q, Map<String, String> params, ResultFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(q, params, f, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void companiesInRegionFollowsPartOf() {
        String csv = run("companies-in-region", Map.of("region", "浙江省"), ResultFormat.CSV);
        assertThat(csv).startsWith("company,companyName,place,placeName\r\n")
                .contains("康奈集团有限公司").contains("温州市");
        assertThat(run("companies-in-region", Map.of("region", "温州"), ResultFormat.TSV)).contains("康奈集团有限公司");
        assertThat(run("companies-in-region", Map.of("region", "江苏省"), ResultFormat.CSV).lines()).hasSize(1);
    }

    @Test
    void industryClustersCountStoriesPerRegionBelowTheOneAsked() {
        for (int i = 1; i <= 2; i++) {
            String a = OJ.ID + "article/cluster" + i;
            Model m = ModelFactory.createDefaultModel();
            m.createResource(a).addProperty(RDF.type, OJ.Article);
            m.createResource(OJ.ID + "region/330300").addProperty(OJ.hasIndustryCluster,
                    m.createResource(OJ.ID + "industry/" + (i == 1 ? "shoes" : "pumps")));
            m.createResource(OJ.ID + "region/330300").addProperty(OJ.hasIndustryCluster,
                    m.createResource(OJ.ID + "industry/shoes"));
            store.replaceGraph(a, m);
        }
        String csv = run("industry-clusters", Map.of("region", "浙江省"), ResultFormat.CSV);
        assertThat(csv.lines()).containsExactly("place,placeName,industry,industryName,articles",
                OJ.ID + "region/330300,温州市," + OJ.ID + "industry/shoes,,2",
                OJ.ID + "region/330300,温州市," + OJ.ID + "industry/pumps,,1");
        assertThat(run("industry-clusters", Map.of("region", "江苏省"), ResultFormat.CSV).lines()).hasSize(1);
    }

    @Test
    void injectionAttemptStaysALiteral() {
        String evil = "x\" } ; DROP ALL ; #";
        String json = run("SELECT ?v WHERE { BIND(?p AS ?v) }", Map.of("p", evil), ResultFormat.JSON);
        assertThat(json).contains("\"value\": \"x\\\" } ; DROP ALL ; #\"");
        assertThat(store.contains(ART)).isTrue();
    }

    @Test
    void iriAndTypedParams() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("a", "<" + ART + ">");
        p.put("n", "\"3000\"^^xsd:decimal");
        String csv = run("SELECT ?t ?n WHERE { ?a dcterms:title ?t }", p, ResultFormat.CSV);
        assertThat(csv).contains("温州鞋业的新故事,3000");
        assertThatThrownBy(() -> run("SELECT * { ?s ?p ?o }", Map.of("nope", "1"), ResultFormat.CSV))
                .hasMessageContaining("no variable ?nope");
    }

    @Test
    void updatesAreRefused() {
        assertThatThrownBy(() -> run("DROP ALL", Map.of(), ResultFormat.TABLE))
                .isInstanceOf(QueryException.class).hasMessageContaining("updates are refused");
        assertThatThrownBy(() -> run("SELEC ?x", Map.of(), ResultFormat.TABLE))
                .hasMessageStartingWith("query: line 1, column ");
        assertThat(store.contains(ART)).isTrue();
    }

    @Test
    void askAndConstruct() {
        assertThat(run("ASK { ?a a oj:Article }", Map.of(), ResultFormat.TABLE)).isEqualTo("true\n");
        assertThat(run("ASK { ?a a oj:Article }", Map.of(), ResultFormat.JSON)).contains("\"boolean\" : true");
        assertThat(run("CONSTRUCT { ?a a oj:Article } WHERE { ?a a oj:Article }", Map.of(), ResultFormat.TABLE))
                .contains("oj:Article");
    }

    @Test
    void tableAlignsChineseByDisplayWidth() {
        String table = run("SELECT ?t ?d WHERE { ?a dcterms:title ?t ; dcterms:date ?d }", Map.of(),
                ResultFormat.TABLE);
        String[] lines = table.split("\n");
        assertThat(lines[0]).isEqualTo("t" + " ".repeat(16 + 2 - 1) + "d");
        assertThat(lines[2]).isEqualTo("温州鞋业的新故事  2025-01-02");
        assertThat(ResultTable.width("温州")).isEqualTo(4);
    }

    @Test
    void registryLabelIsVisibleInTheUnion() {
        String csv = run("SELECT ?l WHERE { ?c a oj:Company ; rdfs:label ?l }", Map.of(), ResultFormat.CSV);
        assertThat(csv).isEqualTo("l\r\n康奈集团有限公司\r\n");
    }
}
