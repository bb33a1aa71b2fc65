package org.oujiang.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * {@code --param name=value} values turned into RDF terms, to be substituted for {@code ?name}:
 * <ul>
 *   <li>{@code <iri>}, or a value starting with {@code http://} / {@code https://} → that IRI;</li>
 *   <li>a value starting with {@code "} → read as a SPARQL literal: {@code "温州市"@zh},
 *       {@code "3000"^^xsd:decimal};</li>
 *   <li>anything else → a plain string literal, whatever characters it holds.</li>
 * </ul>
 * Values are never spliced into the query text, so {@code x" } ; DROP ALL ; #} is just a string.
 *
 * @param values variable name (without {@code ?}) → term
 */
public record QueryParams(Map<String, Node> values) {
    private static final Pattern VAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Binds {@code params}, checking each name is a variable of {@code query}. */
    public static QueryParams bind(Query query, Map<String, String> params) {
        Map<String, Node> out = new LinkedHashMap<>();
        String text = query.serialize();
        params.forEach((rawName, value) -> {
            String name = rawName.startsWith("?") || rawName.startsWith("$") ? rawName.substring(1) : rawName;
            if (!VAR.matcher(name).matches()) {
                throw new QueryException("--param " + rawName + ": not a variable name");
            }
            if (!Pattern.compile("[?$]" + name + "\\b").matcher(text).find()) {
                throw new QueryException("--param " + name + ": the query has no variable ?" + name);
            }
            out.put(name, term(name, value));
        });
        return new QueryParams(out);
    }

    /** The RDF term a parameter value stands for (see the class comment). */
    public static Node term(String name, String value) {
        if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
            return NodeFactory.createURI(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return NodeFactory.createURI(value);
        }
        if (value.startsWith("\"")) {
            try {
                var pm = PrefixMapFactory.create(Prefixes.standard());
                Node n = NodeFactoryExtra.parseNode(value, pm);
                if (n.isLiteral()) {
                    return n;
                }
            } catch (RuntimeException e) {
                // fall through to the message below
            }
            throw new QueryException("--param " + name + ": cannot read " + value
                    + " as a literal (write \"text\"@zh or \"3000\"^^xsd:decimal, or leave out the quotes)");
        }
        return NodeFactory.createLiteralString(value);
    }
}
