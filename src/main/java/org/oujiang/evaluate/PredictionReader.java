package org.oujiang.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.oujiang.rdf.OJ;

/**
 * Reads a {@link Prediction} from a dataset holding one article (plus reference graphs), only through the
 * contract's terms: what the article {@code oj:mentions}, the entities' classes and {@code rdfs:label}s,
 * the six scored predicates and {@code oj:Observation}s. The queries are the classpath resources
 * {@code predicted-*.rq}, run over the union of the named graphs. Call it inside a read transaction.
 */
public final class PredictionReader {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry(OJ.Region.getURI(), "Region"), Map.entry(OJ.Country.getURI(), "Region"),
            Map.entry(OJ.Province.getURI(), "Region"), Map.entry(OJ.Prefecture.getURI(), "Region"),
            Map.entry(OJ.County.getURI(), "Region"), Map.entry(OJ.Zone.getURI(), "Region"),
            Map.entry(OJ.Company.getURI(), "Company"), Map.entry(OJ.GovernmentAgency.getURI(), "GovernmentAgency"),
            Map.entry(OJ.Person.getURI(), "Person"), Map.entry(OJ.Industry.getURI(), "Industry"),
            Map.entry(OJ.Policy.getURI(), "Policy"));
    private static final Query ENTITIES = load("predicted-entities.rq");
    private static final Query RELATIONS = load("predicted-relations.rq");
    private static final Query OBSERVATIONS = load("predicted-observations.rq");

    private PredictionReader() {
    }

    /** Everything the scorer compares, from {@code dataset}'s named graphs. */
    public static Prediction read(Dataset dataset) {
        Model union = dataset.getUnionModel();
        List<Prediction.Entity> entities = new ArrayList<>();
        select(union, ENTITIES, s -> entities.add(new Prediction.Entity(
                TYPES.get(s.getResource("class").getURI()), text(s.get("label")))));
        List<Prediction.Relation> relations = new ArrayList<>();
        select(union, RELATIONS, s -> relations.add(new Prediction.Relation(text(s.get("subjectLabel")),
                s.getResource("predicate").getLocalName(), text(s.get("objectLabel")))));
        List<Prediction.Observation> observations = new ArrayList<>();
        select(union, OBSERVATIONS, s -> observations.add(new Prediction.Observation(text(s.get("subjectLabel")),
                text(s.get("value")), text(s.get("unit")), year(s.get("period")))));
        return new Prediction(entities, relations, observations);
    }

    private static void select(Model model, Query query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /** A literal's lexical form, an IRI's text, or null. */
    private static String text(RDFNode n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** The year a period starts with: its first four characters when they are digits. */
    static Integer year(RDFNode period) {
        String p = text(period);
        if (p == null || p.length() < 4 || !p.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Labels.parseYear(p.substring(0, 4));
    }

    private static Query load(String name) {
        try (InputStream in = PredictionReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
