package org.oujiang.rdf;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
 *
 * <p>Triples go straight into the graph as {@link Node}s: the Model API's wrapper objects cost about as
 * much as the graph's own indexing. Nodes and literals are made exactly as the Model API makes them
 * (typed literals by value or by lexical form alike), so the triples are those the Model API would write.
 */
public final class ArticleGraphMapper {
    private static final String SCHEMA = "https://schema.org/";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Map<EntityType, Node> CLASSES = new EnumMap<>(Map.of(
            EntityType.REGION, OJ.Region.asNode(), EntityType.COMPANY, OJ.Company.asNode(),
            EntityType.GOVERNMENT_AGENCY, OJ.GovernmentAgency.asNode(), EntityType.PERSON, OJ.Person.asNode(),
            EntityType.INDUSTRY, OJ.Industry.asNode(), EntityType.POLICY, OJ.Policy.asNode(),
            EntityType.INDICATOR, OJ.Indicator.asNode()));

    private static final Comparator<Mention> BY_PLACE =
            Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end);

    private static final Node TYPE = RDF.type.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node URL = NodeFactory.createURI(SCHEMA + "url");

    public Model toModel(ArticleAnalysis analysis) {
        CleanDocument doc = analysis.doc();
        // Term-based, as Jena's default in-memory graph: each value is written in one lexical form only (decimals
        // normalised), so value matching would merge nothing more. ArticleGraph indexes by predicate only.
        Graph g = new ArticleGraph();
        // The body's hash (NFKC, SHA-256) is both the article IRI and oj:contentHash: computed once.
        String hash = Iris.contentHash(doc.article().body());
        Article articleIn = doc.article();
        String iri = Iris.articleFromHash(hash);
        Builder b = new Builder(g, iri);
        Node article = b.article(articleIn, hash, doc);
        for (LinkedEntity e : analysis.entities()) {
            b.entity(article, e);
        }
        for (Relation r : analysis.relations()) {
            b.relation(r);
        }
        List<Observation> obs = analysis.observations();
        for (int i = 0; i < obs.size(); i++) {
            b.observation(i, obs.get(i));
        }
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefix("oj", OJ.NS);
        return m;
    }

    /** The IRI of the article a graph made by {@link #toModel} describes (its one {@code oj:Article}). */
    public static String articleIri(Model m) {
        return m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, OJ.Article).next().getURI();
    }

    /** One article's graph being built; remembers the sentences already written. */
    private static final class Builder {
        private final Graph g;
        private final String iri;
        private final Map<Evidence, Node> sentences = new HashMap<>();

        Builder(Graph g, String iri) {
            this.g = g;
            this.iri = iri;
        }

        private void add(Node s, org.apache.jena.rdf.model.Property p, Node o) {
            g.add(s, p.asNode(), o);
        }

        Node article(Article a, String hash, CleanDocument doc) {
            Node r = NodeFactory.createURI(iri);
            add(r, RDF.type, OJ.Article.asNode());
            add(r, OJ.contentHash, NodeFactory.createLiteralString(hash));
            if (a.title() != null && !a.title().isBlank()) {
                add(r, DCTerms.title, zh(a.title()));
            }
            if (a.date() != null) {
                add(r, DCTerms.date, DATE.matcher(a.date()).matches()
                        ? typed(a.date(), XSDDatatype.XSDdate) : NodeFactory.createLiteralString(a.date()));
            }
            if (a.source() != null) {
                add(r, DCTerms.source, NodeFactory.createLiteralString(a.source()));
            }
            if (a.url() != null) {
                g.add(r, URL, NodeFactory.createURI(Iris.fromUrl(a.url())));
            }
            doc.credits().forEach(c -> add(r, OJ.credit, zh(c)));
            return r;
        }

        void entity(Node article, LinkedEntity e) {
            Node r = NodeFactory.createURI(e.iri());
            if (!e.reference()) {
                g.add(r, TYPE, CLASSES.get(e.type()));
                add(r, OJ.statedName, zh(e.label()));
            }
            for (String n : e.names()) {
                if (!n.equals(e.label())) {
                    g.add(r, ALT_LABEL, zh(n));
                }
            }
            if (e.mentions().isEmpty()) {
                return;
            }
            add(article, OJ.mentions, r);
            // One node per entity and article, its places as one oj:spans literal: a node per place cost six
            // quads each (about half of an article's graph), and the store's write speed is bound by quads.
            TreeSet<Mention> places = new TreeSet<>(BY_PLACE); // sorted, one per place
            places.addAll(e.mentions());
            StringBuilder spans = new StringBuilder();
            for (Mention p : places) {
                spans.append(spans.isEmpty() ? "" : " ").append(p.begin()).append('-').append(p.end());
            }
            Node mention = NodeFactory.createURI(iri + "/m/" + Iris.contentHash(e.iri()).substring(0, 12));
            add(mention, RDF.type, OJ.Mention.asNode());
            add(mention, OJ.refersTo, r);
            add(mention, OJ.spans, NodeFactory.createLiteralString(spans.toString()));
        }

        /** The sentence's node; its triples are written the first time it is evidence. */
        private Node sentence(Evidence ev) {
            Node known = sentences.get(ev);
            if (known != null) {
                return known;
            }
            Node s = NodeFactory.createURI(iri + "/s/" + ev.sentence());
            add(s, RDF.type, OJ.Sentence.asNode());
            add(s, OJ.text, zh(ev.text()));
            add(s, OJ.sentenceIndex, longLiteral(ev.sentence()));
            add(s, OJ.beginOffset, longLiteral(ev.begin()));
            add(s, OJ.endOffset, longLiteral(ev.end()));
            sentences.put(ev, s);
            return s;
        }

        void relation(Relation r) {
            Node s = NodeFactory.createURI(r.subject());
            Node o = NodeFactory.createURI(r.object());
            Node p = NodeFactory.createURI(OJ.NS + r.predicate());
            g.add(s, p, o);
            if (r.evidence() == null && r.detail() == null) {
                return;
            }
            String key = Iris.contentHash(r.subject() + " " + r.predicate() + " " + r.object()).substring(0, 12);
            Node st = NodeFactory.createURI(iri + "/r/" + key);
            add(st, RDF.type, RDF.Statement.asNode());
            add(st, RDF.subject, s);
            add(st, RDF.predicate, p);
            add(st, RDF.object, o);
            if (r.evidence() != null) {
                add(st, OJ.evidence, sentence(r.evidence()));
            }
            if (r.detail() != null) {
                add(st, OJ.postTitle, zh(r.detail()));
            }
        }

        void observation(int i, Observation o) {
            Node r = NodeFactory.createURI(iri + "/obs/" + i);
            add(r, RDF.type, OJ.Observation.asNode());
            add(r, OJ.subject, NodeFactory.createURI(o.subject()));
            add(r, OJ.indicator, NodeFactory.createURI(o.indicatorIri()));
            add(r, OJ.value, decimal(o.value()));
            add(r, OJ.unit, NodeFactory.createLiteralString(o.unit()));
            if (o.normalizedValue() != null) {
                add(r, OJ.normalizedValue, decimal(o.normalizedValue()));
                add(r, OJ.normalizedUnit, NodeFactory.createLiteralString(o.normalizedUnit()));
            }
            if (o.period() != null) {
                add(r, OJ.period, YEAR.matcher(o.period()).matches()
                        ? typed(o.period(), XSDDatatype.XSDgYear) : NodeFactory.createLiteralString(o.period()));
            }
            if (o.evidence() != null) {
                add(r, OJ.evidence, sentence(o.evidence()));
            }
        }
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }

    /**
     * The node {@code Model.createTypedLiteral(long)} makes ("12"^^xsd:long), from its lexical form: made by
     * value, Jena looks the datatype up by class and prints the value back, for three offsets of every sentence.
     */
    private static Node longLiteral(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDlong);
    }

    /** As {@code Model.createTypedLiteral(lex, type)}, which also rejects an ill-formed lexical form. */
    private static Node typed(String lex, RDFDatatype type) {
        Node n = NodeFactory.createLiteralDT(lex, type);
        n.getLiteralValue();
        return n;
    }

    /**
     * The canonical xsd:decimal form (8000.0, 0.1: no trailing zeros, at least one digit after the point), which
     * is always well formed, so no check unlike {@link #typed}. TDB2 keeps other forms (8000) as the value and
     * hands them back canonical, and then cannot delete them by pattern: a user's SPARQL DELETE of a figure
     * written as 8000 left it in place.
     */
    private static Node decimal(BigDecimal v) {
        String plain = v.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.indexOf('.') < 0 ? plain + ".0" : plain, XSDDatatype.XSDdecimal);
    }
}
