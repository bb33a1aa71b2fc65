package org.oujiang.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Parses SPARQL queries and updates with the standard prefixes (and {@code text:}) predeclared, turning
 * Jena's parse errors into one line: {@code query: line 2, column 5: Encountered "..."}. Updates given to
 * {@link #query} are refused with a pointer to the {@code update} command, and queries given to
 * {@link #update} the other way round.
 */
public final class SparqlSyntax {
    private static final Pattern AT = Pattern.compile("\\s*\\bat line (-?\\d+), column (-?\\d+)\\.?");

    private SparqlSyntax() {
    }

    /** The prefixes every query and update may use without declaring them. */
    static PrefixMapping prefixes() {
        // text: for full-text search (text:query, answered by the store's search index)
        return Prefixes.standard().setNsPrefix("text", "http://jena.apache.org/text#");
    }

    /** A read query (SELECT, ASK, CONSTRUCT, DESCRIBE); updates are refused. */
    public static Query query(String text) {
        Query q = new Query();
        q.setPrefixMapping(prefixes());
        try {
            return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (parsesAsUpdate(text)) {
                throw new QueryException("updates are refused: query runs SELECT, ASK, CONSTRUCT or DESCRIBE; "
                        + "use the update command (update SPARQL --yes) to change the store");
            }
            throw new QueryException("query: " + oneLine(e), e);
        }
    }

    /** A SPARQL Update request; a read query is refused with a pointer to {@code query}. */
    public static UpdateRequest update(String text) {
        UpdateRequest req = new UpdateRequest();
        req.setPrefixMapping(prefixes());
        try {
            UpdateFactory.parse(req, text);
            return req;
        } catch (QueryParseException e) {
            if (parsesAsQuery(text)) {
                throw new QueryException("update: this is a read query; run it with the query command");
            }
            throw new QueryException("update: " + oneLine(e), e);
        }
    }

    /** "line L, column C: reason" (without the position when Jena gives none), one line. */
    static String oneLine(QueryParseException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        String first = m.lines().findFirst().orElse(m);
        String reason = AT.matcher(first).replaceAll("").replaceAll("\\s+", " ").strip();
        if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        if (reason.startsWith("Lexical error ")) {
            reason = "Lexical error: " + reason.substring("Lexical error ".length());
        }
        if (reason.isEmpty()) {
            reason = "syntax error";
        }
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = AT.matcher(first);
        if (line <= 0 && at.find()) {
            // lexical errors carry their position in the message only
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        return line > 0 ? "line " + line + ", column " + column + ": " + reason : reason;
    }

    private static boolean parsesAsUpdate(String text) {
        try {
            UpdateRequest req = new UpdateRequest();
            req.setPrefixMapping(prefixes());
            UpdateFactory.parse(req, text);
            return !req.getOperations().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean parsesAsQuery(String text) {
        try {
            Query q = new Query();
            q.setPrefixMapping(prefixes());
            QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
