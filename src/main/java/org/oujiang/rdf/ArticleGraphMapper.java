package org.oujiang.rdf;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.oujiang.article.Article;
import org.oujiang.article.CleanDocument;
import org.oujiang.extract.Evidence;
import org.oujiang.extract.Observation;
import org.oujiang.extract.Relation;
import org.oujiang.linking.LinkedEntity;
import org.oujiang.nlp.EntityType;
import org.oujiang.nlp.Mention;
import org.oujiang.pipeline.ArticleAnalysis;

/**
 * Maps one article's analysis to the RDF of its named graph: the article, the sentences that carry
 * evidence, entities with their surface forms, one mention node per entity with the offsets of every place
 * it is named (UTF-16 code units into the cleaned text), relations with a reified statement pointing at their
 * sentence, and observations. Kept lean on purpose: ingest speed is bound by the quads the store writes.
 * Canonical {@code rdfs:label}s are not written here: reference entities have theirs in the reference
 * graphs, others get theirs in the store's entity registry from {@code oj:statedName}.
 */
public final class ArticleGraphMapper {
    private static final String SCHEMA = "https://schema.org/";
    private static final Map<EntityType, Resource> CLASSES = Map.of(
            EntityType.REGION, OJ.Region, EntityType.COMPANY, OJ.Company,
            EntityType.GOVERNMENT_AGENCY, OJ.GovernmentAgency, EntityType.PERSON, OJ.Person,
            EntityType.INDUSTRY, OJ.Industry, EntityType.POLICY, OJ.Policy, EntityType.INDICATOR, OJ.Indicator);

    private static final Comparator<Mention> BY_PLACE =
            Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end);

    public Model toModel(ArticleAnalysis analysis) {
        CleanDocument doc = analysis.doc();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("oj", OJ.NS);
        String iri = Iris.article(doc.article());
        Resource article = article(m, iri, doc);
        for (LinkedEntity e : analysis.entities()) {
            entity(m, article, iri, e);
        }
        for (Relation r : analysis.relations()) {
            relation(m, iri, r);
        }
        List<Observation> obs = analysis.observations();
        for (int i = 0; i < obs.size(); i++) {
            observation(m, iri, i, obs.get(i));
        }
        return m;
    }

    private static Resource article(Model m, String iri, CleanDocument doc) {
        Article a = doc.article();
        Resource r = m.createResource(iri).addProperty(RDF.type, OJ.Article)
                .addProperty(OJ.contentHash, Iris.contentHash(a.body()));
        if (a.title() != null && !a.title().isBlank()) {
            r.addProperty(DCTerms.title, a.title(), "zh");
        }
        if (a.date() != null) {
            r.addProperty(DCTerms.date, a.date().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? m.createTypedLiteral(a.date(), XSDDatatype.XSDdate) : m.createLiteral(a.date()));
        }
        if (a.source() != null) {
            r.addProperty(DCTerms.source, a.source());
        }
        if (a.url() != null) {
            r.addProperty(m.createProperty(SCHEMA, "url"), m.createResource(Iris.fromUrl(a.url())));
        }
        doc.credits().forEach(c -> r.addProperty(OJ.credit, c, "zh"));
        return r;
    }

    private static void entity(Model m, Resource article, String iri, LinkedEntity e) {
        Resource r = m.createResource(e.iri());
        if (!e.reference()) {
            r.addProperty(RDF.type, CLASSES.get(e.type())).addProperty(OJ.statedName, e.label(), "zh");
        }
        e.names().stream().filter(n -> !n.equals(e.label())).forEach(n -> r.addProperty(SKOS.altLabel, n, "zh"));
        if (e.mentions().isEmpty()) {
            return;
        }
        article.addProperty(OJ.mentions, r);
        // One node per entity and article, its places as one oj:spans literal: a node per place cost six
        // quads each (about half of an article's graph), and the store's write speed is bound by quads.
        String spans = e.mentions().stream().sorted(BY_PLACE).map(mn -> mn.begin() + "-" + mn.end()).distinct()
                .collect(Collectors.joining(" "));
        m.createResource(iri + "/m/" + Iris.contentHash(e.iri()).substring(0, 12)).addProperty(RDF.type, OJ.Mention)
                .addProperty(OJ.refersTo, r).addProperty(OJ.spans, spans);
    }

    private static Resource sentence(Model m, String iri, Evidence ev) {
        return m.createResource(iri + "/s/" + ev.sentence()).addProperty(RDF.type, OJ.Sentence)
                .addProperty(OJ.text, ev.text(), "zh").addLiteral(OJ.sentenceIndex, (long) ev.sentence())
                .addLiteral(OJ.beginOffset, (long) ev.begin()).addLiteral(OJ.endOffset, (long) ev.end());
    }

    private static void relation(Model m, String iri, Relation r) {
        Resource s = m.createResource(r.subject());
        Resource o = m.createResource(r.object());
        s.addProperty(m.createProperty(OJ.NS, r.predicate()), o);
        if (r.evidence() == null && r.detail() == null) {
            return;
        }
        String key = Iris.contentHash(r.subject() + " " + r.predicate() + " " + r.object()).substring(0, 12);
        Resource st = m.createResource(iri + "/r/" + key).addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, s).addProperty(RDF.predicate, m.createProperty(OJ.NS, r.predicate()))
                .addProperty(RDF.object, o);
        if (r.evidence() != null) {
            st.addProperty(OJ.evidence, sentence(m, iri, r.evidence()));
        }
        if (r.detail() != null) {
            st.addProperty(OJ.postTitle, r.detail(), "zh");
        }
    }

    private static void observation(Model m, String iri, int i, Observation o) {
        Resource r = m.createResource(iri + "/obs/" + i).addProperty(RDF.type, OJ.Observation)
                .addProperty(OJ.subject, m.createResource(o.subject()))
                .addProperty(OJ.indicator, m.createResource(o.indicatorIri()))
                .addLiteral(OJ.value, decimal(m, o.value()))
                .addProperty(OJ.unit, o.unit());
        if (o.normalizedValue() != null) {
            r.addLiteral(OJ.normalizedValue, decimal(m, o.normalizedValue()));
            r.addProperty(OJ.normalizedUnit, o.normalizedUnit());
        }
        if (o.period() != null) {
            r.addProperty(OJ.period, o.period().matches("\\d{4}")
                    ? m.createTypedLiteral(o.period(), XSDDatatype.XSDgYear) : m.createLiteral(o.period()));
        }
        if (o.evidence() != null) {
            r.addProperty(OJ.evidence, sentence(m, iri, o.evidence()));
        }
    }

    private static Literal decimal(Model m, java.math.BigDecimal v) {
        return m.createTypedLiteral(v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
