package org.oujiang.store;

import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.oujiang.rdf.OJ;

/**
 * The SPARQL 1.1 Update requests {@link RemoteGraphStore} sends. Each write is ONE request, which Fuseki and
 * most servers run as one transaction, so readers see the old state or the new one, never a mix.
 *
 * <p>Registry labels and article counts are recomputed on the server, inside the same request, with the
 * embedded store's rule ({@link EntityRegistry}): the longest {@code oj:statedName} wins, ties broken by the
 * smallest string (by UTF-16 code units on Jena servers, which differs from code-point order only for
 * characters beyond U+FFFF).
 * The entities to recompute are marked in a scratch graph that the same request drops again.
 */
final class RemoteUpdates {
    private static final Pattern SAFE_IRI = Pattern.compile("[^\\s<>\"{}|^`\\\\]+");
    private static final String TMP = OJ.GRAPH + "touched";
    private static final String TOUCHED = OJ.GRAPH + "touched#entity";
    private static final String FIG = "<" + OJ.GRAPH + "touched#figure>";
    private static final String KEY = "BIND (IRI(CONCAT(\"" + FigureIndex.KEY_PREFIX + "\", SUBSTR(SHA256(CONCAT(STR(?s), \"|\", "
            + "STR(?i), \"|\", STR(?p), \"|\", STR(?u))), 1, 16))) AS ?k)";
    /** The value node of key ?k for value ?n: its canonical decimal form hashed, as {@link FigureIndex#canonical}. */
    private static final String VALUE = "BIND (IRI(CONCAT(STR(?k), \"/\", SUBSTR(SHA256(STR(xsd:decimal(?n) + 0.0)), 1, 16))) AS ?v)";
    private static final String MONTH = "<" + OJ.GRAPH + "touched#month>";
    private static final String PREFIXES = "PREFIX oj: <" + OJ.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
    private static final String MARK = """
            INSERT { GRAPH <%2$s> { ?e <%3$s> true } } WHERE { GRAPH <%1$s> { ?e oj:statedName ?n } } ;
            INSERT { GRAPH <%2$s> { ?e <%3$s> true } } WHERE { GRAPH <%1$s> { ?a oj:mentions ?e } } ;
            """;
    private static final String MARK_ALL = """
            INSERT { GRAPH <%2$s> { ?e <%3$s> true } } WHERE { GRAPH ?g { ?e oj:statedName ?n } FILTER (?g != <%1$s>) } ;
            INSERT { GRAPH <%2$s> { ?e <%3$s> true } } WHERE { GRAPH ?g { ?a oj:mentions ?e } FILTER (?g != <%1$s>) } ;
            INSERT { GRAPH <%2$s> { ?e <%3$s> true } } WHERE { GRAPH <%1$s> { ?e rdfs:label|oj:articleCount ?l } } ;
            """;
    /** Unlinks the figures of graph %1$s (about to be dropped) from their value nodes, marking their keys in %2$s. */
    private static final String UNLINK_FIGURES = """
            INSERT { GRAPH <%2$s> { ?k FIG true } } WHERE {
              GRAPH <%1$s> { ?o oj:period ?p } GRAPH <ENTITIES> { ?v oj:figure ?o . ?k oj:statedValue ?v } } ;
            DELETE { GRAPH <ENTITIES> { ?v oj:figure ?o } } WHERE { GRAPH <%1$s> { ?o oj:period ?p } GRAPH <ENTITIES> { ?v oj:figure ?o } } ;
            """.replace("FIG", FIG).replace("ENTITIES", Store.ENTITIES_GRAPH);
    /**
     * Links the figures of graph %1$s ({@code ?g} for all of them, %3$s then excludes the entities graph) to the
     * value nodes of their keys, making keys and value nodes as needed, as {@link FigureIndex} does; the value
     * and unit as written are added by {@link #RECHECK}, from one figure of each new value node.
     */
    private static final String LINK_FIGURES = """
            INSERT { GRAPH <ENTITIES> { ?k oj:subject ?s ; oj:indicator ?i ; oj:period ?p ; oj:normalizedUnit ?u ;
                                          oj:statedValue ?v . ?v oj:normalizedValue ?n ; oj:figure ?o }
                     GRAPH <%2$s> { ?k FIG true } } WHERE {
              GRAPH %1$s { ?o oj:period ?p ; oj:subject ?s ; oj:indicator ?i ; oj:normalizedUnit ?u ; oj:normalizedValue ?n }
              FILTER (%3$s isIRI(?s) && isIRI(?i) && isLiteral(?u) && isNumeric(?n)) KEY VALUE } ;
            """.replace("FIG", FIG).replace("ENTITIES", Store.ENTITIES_GRAPH).replace("KEY", KEY).replace("VALUE", VALUE);
    /**
     * For the keys marked in %2$s: gives new value nodes the value and unit as written of one of their figures,
     * drops value nodes no figure links and keys left without values, and marks the keys with more than one,
     * with their number of values.
     */
    private static final String RECHECK = """
            INSERT { GRAPH <%1$s> { ?v oj:value ?w ; oj:unit ?wu } } WHERE {
              { SELECT ?v (SAMPLE(?w0) AS ?w) (SAMPLE(?wu0) AS ?wu) WHERE {
                  GRAPH <%2$s> { ?k FIG true } GRAPH <%1$s> { ?k oj:statedValue ?v . ?v oj:figure ?o }
                  FILTER NOT EXISTS { GRAPH <%1$s> { ?v oj:value ?x } }
                  GRAPH ?og { ?o oj:value ?w0 OPTIONAL { ?o oj:unit ?wu0 } } } GROUP BY ?v } } ;
            DELETE { GRAPH <%1$s> { ?k oj:statedValue ?v . ?v ?vp ?vo } } WHERE {
              GRAPH <%2$s> { ?k FIG true } GRAPH <%1$s> { ?k oj:statedValue ?v . ?v ?vp ?vo }
              FILTER NOT EXISTS { GRAPH <%1$s> { ?v oj:figure ?any } } } ;
            DELETE { GRAPH <%1$s> { ?k ?kp ?ko } } WHERE {
              GRAPH <%2$s> { ?k FIG true } GRAPH <%1$s> { ?k ?kp ?ko } FILTER NOT EXISTS { GRAPH <%1$s> { ?k oj:statedValue ?any } } } ;
            DELETE { GRAPH <%1$s> { ?k oj:disagreement ?d } } WHERE { GRAPH <%2$s> { ?k FIG true } GRAPH <%1$s> { ?k oj:disagreement ?d } } ;
            DELETE { GRAPH <%1$s> { ?k oj:valueCount ?c } } WHERE { GRAPH <%2$s> { ?k FIG true } GRAPH <%1$s> { ?k oj:valueCount ?c } } ;
            INSERT { GRAPH <%1$s> { ?k oj:disagreement true ; oj:valueCount ?values } } WHERE {
              { SELECT ?k (COUNT(?v) AS ?values) WHERE { GRAPH <%2$s> { ?k FIG true } GRAPH <%1$s> { ?k oj:statedValue ?v } } GROUP BY ?k }
              FILTER (?values > 1) } ;
            """.replace("FIG", FIG);
    /** Takes graph %1$s (about to be dropped) out of its publication month, marking the month in %2$s. */
    private static final String UNLINK_MONTH = """
            INSERT { GRAPH <%2$s> { ?m MONTH true } } WHERE { GRAPH <ENTITIES> { ?m oj:story <%1$s> } } ;
            DELETE WHERE { GRAPH <ENTITIES> { ?m oj:story <%1$s> } } ;
            """.replace("MONTH", MONTH).replace("ENTITIES", Store.ENTITIES_GRAPH);
    /**
     * Files article graphs under their publication months as {@link ArticleMonths} does, marking the months in
     * %2$s: the graph named %1$s, or every article graph for {@code ?g}.
     */
    private static final String LINK_MONTHS = """
            INSERT { GRAPH <ENTITIES> { ?m oj:story ?g } GRAPH <%2$s> { ?m MONTH true } } WHERE {
              VALUES_G GRAPH ?g { ?g a oj:Article OPTIONAL { ?g dcterms:date ?d } }
              BIND (IF(BOUND(?d) && REGEX(STR(?d), "^[0-9]{4}-(0[1-9]|1[0-2])"), SUBSTR(STR(?d), 1, 7), "undated") AS ?ym)
              BIND (IRI(CONCAT("PREFIX", ?ym)) AS ?m) } ;
            """.replace("MONTH", MONTH).replace("ENTITIES", Store.ENTITIES_GRAPH).replace("PREFIX", ArticleMonths.PREFIX);
    /** Recounts the months marked in %2$s; a month left without stories goes. */
    private static final String RECOUNT_MONTHS = """
            DELETE { GRAPH <%1$s> { ?m ?p ?o } } WHERE { GRAPH <%2$s> { ?m MONTH true } GRAPH <%1$s> { ?m ?p ?o }
              FILTER (?p != oj:story) } ;
            INSERT { GRAPH <%1$s> { ?m oj:storyCount ?n ; oj:monthStart ?start } } WHERE {
              { SELECT ?m (COUNT(?a) AS ?n) WHERE { GRAPH <%2$s> { ?m MONTH true } GRAPH <%1$s> { ?m oj:story ?a } } GROUP BY ?m }
              BIND (STRAFTER(STR(?m), "PREFIX") AS ?ym)
              BIND (IF(?ym != "undated", STRDT(CONCAT(?ym, "-01"), xsd:date), ?none) AS ?start) } ;
            """.replace("MONTH", MONTH).replace("PREFIX", ArticleMonths.PREFIX);
    /** Recounts the articles of the marked entities (the embedded store keeps them by increments instead). */
    private static final String RECOUNT = """
            DELETE { GRAPH <%1$s> { ?e oj:articleCount ?c } } WHERE { GRAPH <%2$s> { ?e <%3$s> true } GRAPH <%1$s> { ?e oj:articleCount ?c } } ;
            INSERT { GRAPH <%1$s> { ?e oj:articleCount ?n } } WHERE {
              { SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE {
                  GRAPH <%2$s> { ?e <%3$s> true } GRAPH ?g { ?a oj:mentions ?e } FILTER (?g != <%1$s>) } GROUP BY ?e } } ;
            """;
    private static final String RELABEL = RECOUNT + RECHECK + RECOUNT_MONTHS + """
            DELETE { GRAPH <%1$s> { ?e rdfs:label ?l } } WHERE { GRAPH <%2$s> { ?e <%3$s> true } GRAPH <%1$s> { ?e rdfs:label ?l } } ;
            INSERT { GRAPH <%1$s> { ?e rdfs:label ?label } } WHERE {
              { SELECT ?e (MIN(?name) AS ?best) WHERE {
                  { SELECT ?e (MAX(STRLEN(?s)) AS ?len) WHERE {
                      GRAPH <%2$s> { ?e <%3$s> true }
                      GRAPH ?g { ?e oj:statedName ?n } FILTER (?g != <%1$s>) BIND (STR(?n) AS ?s) } GROUP BY ?e }
                  GRAPH ?g2 { ?e oj:statedName ?n2 } FILTER (?g2 != <%1$s>)
                  BIND (STR(?n2) AS ?name) FILTER (STRLEN(?name) = ?len) } GROUP BY ?e }
              BIND (STRLANG(?best, "zh") AS ?label) } ;
            DROP SILENT GRAPH <%2$s>
            """;

    private RemoteUpdates() {
    }

    /**
     * Replaces graph {@code graphIri} by {@code model}, drops the graphs in {@code older} (earlier versions of
     * the story) and recomputes the labels of the entities any of them names.
     */
    static UpdateRequest replace(String graphIri, Graph model, java.util.List<String> older) {
        String g = checked(graphIri);
        StringBuilder drops = new StringBuilder();
        for (String o : older) {
            drops.append(MARK.formatted(checked(o), TMP, TOUCHED)).append(UNLINK_FIGURES.formatted(o, TMP))
                    .append(UNLINK_MONTH.formatted(o, TMP)).append("DROP SILENT GRAPH <").append(o)
                    .append("> ;\n");
        }
        UpdateRequest req = UpdateFactory.create(PREFIXES + "DROP SILENT GRAPH <" + TMP + "> ;\n" + drops
                + MARK.formatted(g, TMP, TOUCHED) + UNLINK_FIGURES.formatted(g, TMP) + UNLINK_MONTH.formatted(g, TMP)
                + "DROP SILENT GRAPH <" + g + ">");
        req.add(insertData(g, model));
        UpdateFactory.parse(req, PREFIXES + MARK.formatted(g, TMP, TOUCHED) + LINK_FIGURES.formatted("<" + g + ">", TMP, "")
                + LINK_MONTHS.replace("VALUES_G", "VALUES ?g { <" + g + "> }").formatted("", TMP)
                + RELABEL.formatted(Store.ENTITIES_GRAPH, TMP, TOUCHED));
        return req;
    }

    /** Drops graph {@code graphIri} and recomputes the labels of the entities it named. */
    static UpdateRequest drop(String graphIri) {
        String g = checked(graphIri);
        return UpdateFactory.create(PREFIXES + "DROP SILENT GRAPH <" + TMP + "> ;\n"
                + MARK.formatted(g, TMP, TOUCHED) + UNLINK_FIGURES.formatted(g, TMP) + UNLINK_MONTH.formatted(g, TMP)
                + "DROP SILENT GRAPH <" + g + "> ;\n" + RELABEL.formatted(Store.ENTITIES_GRAPH, TMP, TOUCHED));
    }

    /**
     * A user's update {@code user} followed, in the same request, by the relabelling of every entity some
     * article graph states a name for or the registry labels.
     */
    static UpdateRequest user(UpdateRequest user) {
        UpdateRequest req = UpdateFactory.create("DROP SILENT GRAPH <" + TMP + ">");
        user.getOperations().forEach(req::add);
        UpdateFactory.parse(req, PREFIXES + MARK_ALL.formatted(Store.ENTITIES_GRAPH, TMP, TOUCHED)
                + "DELETE { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?k ?p ?o } } WHERE { GRAPH <" + Store.ENTITIES_GRAPH
                + "> { ?k ?p ?o } FILTER (STRSTARTS(STR(?k), \"" + FigureIndex.KEY_PREFIX + "\")) } ;\n"
                + LINK_FIGURES.formatted("?g", TMP, "?g != <" + Store.ENTITIES_GRAPH + "> &&")
                + "DELETE { GRAPH <" + Store.ENTITIES_GRAPH + "> { ?m oj:story ?a } } WHERE { GRAPH <"
                + Store.ENTITIES_GRAPH + "> { ?m oj:story ?a } } ;\n"
                + "INSERT { GRAPH <" + TMP + "> { ?m " + MONTH + " true } } WHERE { GRAPH <" + Store.ENTITIES_GRAPH
                + "> { ?m oj:storyCount ?n } } ;\n"
                + LINK_MONTHS.replace("VALUES_G", "").formatted("", TMP)
                + RELABEL.formatted(Store.ENTITIES_GRAPH, TMP, TOUCHED));
        return req;
    }

    /** Replaces reference graph {@code graphIri} by {@code content} and records its file's SHA-256. */
    static UpdateRequest reference(String graphIri, Graph content, String sha256) {
        String g = checked(graphIri);
        UpdateRequest req = UpdateFactory.create("DROP SILENT GRAPH <" + g + ">");
        req.add(insertData(g, content));
        UpdateFactory.parse(req, forget(g) + " ;\nINSERT DATA { GRAPH <" + Store.META_GRAPH + "> { <" + g + "> <"
                + ReferenceLoader.SHA256.getURI() + "> \"" + sha256.replaceAll("[^0-9a-f]", "") + "\" } }");
        return req;
    }

    /** Drops reference graph {@code graphIri}, whose file is gone, and its hash. */
    static UpdateRequest dropReference(String graphIri) {
        String g = checked(graphIri);
        return UpdateFactory.create("DROP SILENT GRAPH <" + g + "> ;\n" + forget(g));
    }

    private static String forget(String g) {
        return "DELETE WHERE { GRAPH <" + Store.META_GRAPH + "> { <" + g + "> <" + ReferenceLoader.SHA256.getURI()
                + "> ?h } }";
    }

    private static UpdateDataInsert insertData(String graphIri, Graph content) {
        Node g = NodeFactory.createURI(graphIri);
        QuadDataAcc acc = new QuadDataAcc();
        content.find().forEachRemaining(t -> acc.addQuad(Quad.create(g, t)));
        return new UpdateDataInsert(acc);
    }

    private static String checked(String iri) {
        if (!SAFE_IRI.matcher(iri).matches()) {
            throw new StoreException("not a graph name Oujiang writes: " + iri);
        }
        return iri;
    }
}
