package org.oujiang.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oujiang.article.Article;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.pipeline.ArticleAnalysis;
import org.oujiang.pipeline.ArticlePipeline;

/** The RDF of one article's graph, from a story written for these tests (names of people and firms invented). */
class ArticleGraphMapperTest {
    private static final String BODY = """
            温州市经信局党委书记、局长陈立新表示，温州的鞋业和服装产业正加快数字化转型。
            2023年，温州市规上工业增加值达到1500亿元，同比增长6.5%。
            温州市经信局发布《鞋业高质量发展行动方案》，龙头企业星曜在鹿城区建成智能工厂。""";
    private static ArticlePipeline pipeline;
    private static final ArticleGraphMapper mapper = new ArticleGraphMapper();

    @BeforeAll
    static void load() {
        pipeline = org.oujiang.pipeline.SharedPipeline.get();
    }

    private static Article article(String body) {
        return new Article("温州鞋业加快转型", "2024-05-01", "测试", "https://example.org/news/1", body, "test");
    }

    private static Model model(Article a) {
        return mapper.toModel(pipeline.analyse(a));
    }

    @Test
    void sameArticleTwiceGivesIsomorphicModels() {
        Model first = model(article(BODY));
        Model second = model(article(BODY));
        assertThat(first.size()).isGreaterThan(50);
        assertThat(first.isIsomorphicWith(second)).isTrue();
    }

    @Test
    void articleIriDependsOnlyOnTheNormalisedBody() {
        String iri = Iris.article(article(BODY));
        assertThat(iri).startsWith("https://w3id.org/oujiang/id/article/");
        Article spaced = article("  " + BODY.replace("\n", "\n\n  ").replace("，", "， ") + "\n");
        assertThat(Iris.article(spaced)).isEqualTo(iri);
        Article otherMeta = new Article("另一个标题", "2020-01-01", "别处", null, BODY, "elsewhere");
        assertThat(Iris.article(otherMeta)).isEqualTo(iri);
        Article changed = article(BODY.replace("1500亿元", "1501亿元"));
        assertThat(Iris.article(changed)).isNotEqualTo(iri);
        Model m = model(spaced);
        assertThat(m.contains(m.createResource(iri), RDF.type, OJ.Article)).isTrue();
    }

    @Test
    void everyObservationIsComplete() {
        Model m = model(article(BODY));
        List<Resource> obs = m.listSubjectsWithProperty(RDF.type, OJ.Observation).toList();
        assertThat(obs).hasSizeGreaterThanOrEqualTo(2);
        for (Resource o : obs) {
            assertThat(o.getPropertyResourceValue(OJ.subject)).as("subject of %s", o).isNotNull();
            assertThat(o.getPropertyResourceValue(OJ.indicator)).as("indicator of %s", o).isNotNull();
            Statement v = o.getProperty(OJ.value);
            assertThat(v).as("value of %s", o).isNotNull();
            assertThat(v.getLiteral().getDatatypeURI()).isEqualTo(XSDDatatype.XSDdecimal.getURI());
            assertThat(o.getProperty(OJ.unit)).as("unit of %s", o).isNotNull();
            Resource ev = o.getPropertyResourceValue(OJ.evidence);
            assertThat(ev).as("evidence of %s", o).isNotNull();
            assertThat(ev.getProperty(OJ.text)).isNotNull();
        }
        Resource gdp = obs.stream().filter(o -> o.getProperty(OJ.unit).getString().equals("亿元")).findFirst().orElseThrow();
        assertThat(gdp.getProperty(OJ.value).getLiteral().getLexicalForm()).isEqualTo("1500.0"); // canonical
        assertThat(gdp.getPropertyResourceValue(OJ.subject).getURI()).isEqualTo("https://w3id.org/oujiang/id/region/330300");
        assertThat(gdp.getProperty(OJ.period).getLiteral().getDatatypeURI()).isEqualTo(XSDDatatype.XSDgYear.getURI());
    }

    /** TDB2 cannot delete a decimal by pattern unless it was written in canonical form (8000.0, not 8000). */
    @Test
    void figureValuesCanBeDeletedFromATdb2Store() {
        Model m = model(article(BODY));
        var dsg = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        var g = org.apache.jena.graph.NodeFactory.createURI("urn:test:article");
        org.apache.jena.system.Txn.executeWrite(dsg, () -> m.getGraph().find().forEachRemaining(t ->
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
        org.apache.jena.system.Txn.executeWrite(dsg, () -> org.apache.jena.update.UpdateAction.parseExecute(
                "PREFIX oj: <" + OJ.NS + "> DELETE WHERE { GRAPH ?g { ?o oj:value ?v } };"
                        + " DELETE WHERE { GRAPH ?g { ?o oj:normalizedValue ?n } }", dsg));
        long left = org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.stream()
                .filter(q -> q.getPredicate().equals(OJ.value.asNode())
                        || q.getPredicate().equals(OJ.normalizedValue.asNode())).count());
        assertThat(left).isZero();
    }

    @Test
    void everyReifiedStatementHasAnEvidenceSentenceWithText() {
        Model m = model(article(BODY));
        List<Resource> statements = m.listSubjectsWithProperty(RDF.type, RDF.Statement).toList();
        assertThat(statements).isNotEmpty();
        for (Resource st : statements) {
            Resource ev = st.getPropertyResourceValue(OJ.evidence);
            assertThat(ev).as("evidence of %s", st).isNotNull();
            assertThat(ev.hasProperty(RDF.type, OJ.Sentence)).isTrue();
            assertThat(ev.getProperty(OJ.text).getString()).isNotBlank();
            // the statement it reifies is asserted too
            Statement asserted = m.createStatement(st.getPropertyResourceValue(RDF.subject),
                    m.createProperty(st.getPropertyResourceValue(RDF.predicate).getURI()),
                    st.getProperty(RDF.object).getObject());
            assertThat(m.contains(asserted)).as("asserted %s", asserted).isTrue();
        }
    }

    @Test
    void postTitleIsKeptOnTheStatement() {
        Model m = model(article(BODY));
        Resource st = m.listSubjectsWithProperty(OJ.postTitle).toList().get(0);
        assertThat(st.getProperty(OJ.postTitle).getString()).isEqualTo("党委书记、局长");
        assertThat(st.getPropertyResourceValue(RDF.subject).getURI()).isEqualTo("https://w3id.org/oujiang/id/person/陈立新");
    }

    @Test
    void nonReferenceEntitiesCarryStatedNameAndNoLabel() {
        ArticleAnalysis a = pipeline.analyse(article(BODY));
        Model m = mapper.toModel(a);
        assertThat(m.listStatements(null, RDFS.label, (RDFNode) null).toList()).isEmpty();
        a.entities().stream().filter(e -> !e.reference()).forEach(e -> {
            Resource r = m.getResource(e.iri());
            assertThat(r.getProperty(OJ.statedName)).as("statedName of %s", e.iri()).isNotNull();
            assertThat(r.getProperty(OJ.statedName).getString()).isEqualTo(e.label());
            assertThat(r.getProperty(OJ.statedName).getLanguage()).isEqualTo("zh");
            assertThat(r.hasProperty(RDF.type)).isTrue();
        });
        a.entities().stream().filter(e -> e.reference()).forEach(e ->
                assertThat(m.getResource(e.iri()).hasProperty(OJ.statedName)).as("reference %s", e.iri()).isFalse());
        assertThat(a.entities()).anyMatch(e -> !e.reference()).anyMatch(e -> e.reference());
    }

    @Test
    void mentionSpansSliceTheCleanedTextToNamesOfTheirEntity() {
        ArticleAnalysis a = pipeline.analyse(article(BODY));
        String text = a.doc().text();
        Model m = mapper.toModel(a);
        List<Resource> mentions = m.listSubjectsWithProperty(RDF.type, OJ.Mention).toList();
        assertThat(mentions).hasSizeGreaterThan(5);
        for (Resource mn : mentions) {
            Resource entity = mn.getPropertyResourceValue(OJ.refersTo);
            LinkedEntity e = a.entities().stream().filter(x -> x.iri().equals(entity.getURI())).findFirst().orElseThrow();
            assertThat(m.contains(m.getResource(Iris.article(a.doc().article())), OJ.mentions, entity)).isTrue();
            int last = -1;
            for (String span : mn.getProperty(OJ.spans).getString().split(" ")) {
                int b = Integer.parseInt(span.substring(0, span.indexOf('-')));
                int end = Integer.parseInt(span.substring(span.indexOf('-') + 1));
                assertThat(b).as("spans in text order in %s", mn).isGreaterThanOrEqualTo(last);
                last = b;
                assertThat(text.substring(b, end)).isNotBlank();
                assertThat(e.mentions()).anyMatch(x -> x.begin() == b && x.end() == end);
            }
        }
    }

    @Test
    void traditionalMentionSpansSliceTheOriginalScript() {
        ArticleAnalysis a = pipeline.analyse(article("溫州市經信局近日召開座談會。"));
        Model m = mapper.toModel(a);
        List<String> named = new java.util.ArrayList<>();
        for (Resource mn : m.listSubjectsWithProperty(RDF.type, OJ.Mention).toList()) {
            for (String span : mn.getProperty(OJ.spans).getString().split(" ")) {
                String[] be = span.split("-");
                named.add(a.doc().text().substring(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
            }
        }
        assertThat(named).contains("溫州市經信局", "溫州市");
    }

    @Test
    void urlWithBarePercentStillGivesAValidIri() {
        Article a = new Article("标题", "2024-05-01", "测试", "https://example.org/news?rate=5%&city=温州 市&x=%41",
                "温州市经信局召开座谈会。", "test");
        Model m = model(a);
        Resource article = m.getResource(Iris.article(a));
        Resource url = article.getPropertyResourceValue(m.createProperty("https://schema.org/", "url"));
        assertThat(url).isNotNull();
        assertThat(url.getURI()).isEqualTo("https://example.org/news?rate=5%25&city=温州%20市&x=%41");
        assertThat(IRIx.create(url.getURI()).isReference()).isTrue();
        // the whole graph survives an N-Triples round trip, which checks every IRI strictly
        StringWriter nt = new StringWriter();
        RDFDataMgr.write(nt, m, Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(nt.toString())).lang(Lang.NTRIPLES).strict(true).parse(back);
        assertThat(back.isIsomorphicWith(m)).isTrue();
    }

    @Test
    void articleMetadataIsMapped() {
        Model m = model(article(BODY));
        Resource r = m.getResource(Iris.article(article(BODY)));
        assertThat(r.getProperty(org.apache.jena.vocabulary.DCTerms.title).getString()).isEqualTo("温州鞋业加快转型");
        assertThat(r.getProperty(org.apache.jena.vocabulary.DCTerms.date).getLiteral().getDatatypeURI())
                .isEqualTo(XSDDatatype.XSDdate.getURI());
        assertThat(r.getProperty(OJ.contentHash).getString()).isEqualTo(Iris.contentHash(BODY));
        assertThat(m.listObjectsOfProperty(r, OJ.mentions).toList()).hasSizeGreaterThan(5);
    }
}
