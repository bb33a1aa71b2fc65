package org.oujiang.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of {@code ontology/oujiang.ttl}, one constant per term, named as in the ontology.
 * {@code OJTest} checks that the two agree.
 */
public final class OJ {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/oujiang/ontology#";
    /** Base of every resource IRI (articles, entities). */
    public static final String ID = "https://w3id.org/oujiang/id/";
    /** Base of the named graphs that hold reference data. */
    public static final String GRAPH = "https://w3id.org/oujiang/graph/";

    private OJ() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    /** One ingested story. */
    public static final Resource Article = r("Article");
    /** Any administrative area. */
    public static final Resource Region = r("Region");
    /** A country. */
    public static final Resource Country = r("Country");
    /** A province-level division. */
    public static final Resource Province = r("Province");
    /** A prefecture-level division (地级市). */
    public static final Resource Prefecture = r("Prefecture");
    /** A county-level division (县, 县级市, 区). */
    public static final Resource County = r("County");
    /** A development zone, new area or high-tech zone. */
    public static final Resource Zone = r("Zone");
    /** A company or group. */
    public static final Resource Company = r("Company");
    /** A government body. */
    public static final Resource GovernmentAgency = r("GovernmentAgency");
    /** A person. */
    public static final Resource Person = r("Person");
    /** An industry or industry cluster. */
    public static final Resource Industry = r("Industry");
    /** A named policy, plan, programme, mechanism or designation. */
    public static final Resource Policy = r("Policy");
    /** An economic indicator. */
    public static final Resource Indicator = r("Indicator");
    /** One figure from a story. */
    public static final Resource Observation = r("Observation");
    /** A sentence of an article, the evidence of facts read from it. */
    public static final Resource Sentence = r("Sentence");
    /** One place in an article's text where an entity is named. */
    public static final Resource Mention = r("Mention");

    // Properties of the contract
    /** Article → entity it names in its body. */
    public static final Property mentions = p("mentions");
    /** Region → the region it belongs to (direct parent). */
    public static final Property partOf = p("partOf");
    /** Company or agency → region. */
    public static final Property locatedIn = p("locatedIn");
    /** Region → industry it is known for. */
    public static final Property hasIndustryCluster = p("hasIndustryCluster");
    /** Company → industry. */
    public static final Property inIndustry = p("inIndustry");
    /** Region or agency → policy it adopts, issues or implements. */
    public static final Property adoptsPolicy = p("adoptsPolicy");
    /** Person → organisation or region whose post they hold. */
    public static final Property holdsPostIn = p("holdsPostIn");
    /** Region → its GB/T 2260 code. */
    public static final Property adminCode = p("adminCode");
    /** Observation → the region, company or policy it is about. */
    public static final Property subject = p("subject");
    /** Observation → indicator. */
    public static final Property indicator = p("indicator");
    /** Observation → the number as written. */
    public static final Property value = p("value");
    /** Observation → the unit as written. */
    public static final Property unit = p("unit");
    /** Observation → the year or a finer period. */
    public static final Property period = p("period");
    /** Statement or observation → the sentence it came from. */
    public static final Property evidence = p("evidence");

    // Properties Oujiang adds
    /** Observation → value × unit multiplier, negative for a decrease. */
    public static final Property normalizedValue = p("normalizedValue");
    /** Observation → the base unit of normalizedValue. */
    public static final Property normalizedUnit = p("normalizedUnit");
    /** Figure value node → an observation giving that value for its key; kept by the store. */
    public static final Property figure = p("figure");
    /** Figure key → a node for one distinct normalised value stories give it; kept by the store. */
    public static final Property statedValue = p("statedValue");
    /** Figure key → true when its observations give more than one value; kept by the store. */
    public static final Property disagreement = p("disagreement");
    /** Figure key with more than one value → how many distinct values; kept by the store for rankings. */
    public static final Property valueCount = p("valueCount");
    /** Entity → how many stored articles mention it; kept by the store in its entities graph. */
    public static final Property articleCount = p("articleCount");
    /** Publication month (id/month/YYYY-MM, or id/month/undated) → a stored article of it; kept by the store. */
    public static final Property story = p("story");
    /** Publication month → how many stored articles it holds; kept by the store. */
    public static final Property storyCount = p("storyCount");
    /** Publication month → its first day, an xsd:date; the undated bucket has none. */
    public static final Property monthStart = p("monthStart");
    /** Entity → the fullest name one article gives it; the store's rdfs:label is chosen among these. */
    public static final Property statedName = p("statedName");
    /** holdsPostIn statement → the post title as written (局长, 市委书记). */
    public static final Property postTitle = p("postTitle");
    /** Article → a credit line removed from its text (reporter, photographer, editor). */
    public static final Property credit = p("credit");
    /** Sentence → start offset in the article text, in UTF-16 code units. */
    public static final Property beginOffset = p("beginOffset");
    /** Sentence → end offset (exclusive) in the article text, in UTF-16 code units. */
    public static final Property endOffset = p("endOffset");
    /** Sentence → its position in the article, from 0. */
    public static final Property sentenceIndex = p("sentenceIndex");
    /** Mention → the entity it names. */
    public static final Property refersTo = p("refersTo");
    /** Mention → every place the article names the entity: "begin-end" offsets, space-separated. */
    public static final Property spans = p("spans");
    /** Sentence → its text as written in the article. */
    public static final Property text = p("text");
    /** Article → SHA-256 of its normalised body, from which its IRI is made. */
    public static final Property contentHash = p("contentHash");
    /**
     * Article → the absolute path of the file it was read from, when the whole file is the story (not for a
     * JSON Lines line, a JSON array item or standard input); ingest replaces a stored story with the same one.
     */
    public static final Property sourceFile = p("sourceFile");
    /** Industry concept → true when it is a broad word that names no particular industry cluster (制造业, 工业). */
    public static final Property generic = p("generic");
}
