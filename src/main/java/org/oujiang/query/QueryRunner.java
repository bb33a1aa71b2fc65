package org.oujiang.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateFactory;
import org.oujiang.store.Store;

/**
 * Runs read-only SPARQL against the store. QUERY is inline SPARQL, a path to a {@code .rq} file, or the
 * name of a library query. Parameters are bound by substitution ({@link QueryParams}), never by splicing
 * text. SELECT results print as a table or as W3C JSON, CSV or TSV; ASK likewise; CONSTRUCT and DESCRIBE
 * print Turtle. Queries stop after {@code -Doujiang.query.timeout} seconds (default 60).
 */
public final class QueryRunner {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final Store store;
    private final QueryLibrary library;

    public QueryRunner(Store store, QueryLibrary library) {
        this.store = store;
        this.library = library;
    }

    /**
     * Parses SPARQL with the standard prefixes and {@code text:} predeclared. Updates are refused with a clear message.
     */
    public static Query parse(String text) {
        Query q = new Query();
        // text: for full-text search (text:query, answered by the store's search index)
        q.setPrefixMapping(Prefixes.standard().setNsPrefix("text", "http://jena.apache.org/text#"));
        try {
            return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new QueryException("updates are refused: query runs SELECT, ASK, CONSTRUCT or DESCRIBE only");
            }
            throw new QueryException("SPARQL syntax error: " + e.getMessage().strip(), e);
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The SPARQL text for QUERY: a library name, a {@code .rq} file, or the text itself. */
    public String resolve(String queryArg) {
        String arg = queryArg.strip();
        if (NAME.matcher(arg).matches() && !arg.endsWith(".rq")) {
            return library.find(arg).map(NamedQuery::text).orElseThrow(() -> new QueryException(
                    "no query named '" + arg + "' in queries/ (known: " + String.join(", ", library.names()) + ")"));
        }
        if (arg.endsWith(".rq")) {
            Path p = Path.of(arg);
            if (!Files.isRegularFile(p)) {
                throw new QueryException("query file " + arg + " not found");
            }
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new QueryException("cannot read " + arg + ": " + e.getMessage(), e);
            }
        }
        return queryArg;
    }

    /** Seconds a query may run: {@code -Doujiang.query.timeout}, default 60. */
    public static long timeoutSeconds() {
        return Long.getLong("oujiang.query.timeout", 60);
    }

    /**
     * Runs QUERY with {@code params} ({@code name → value} as typed) and writes the result to {@code out};
     * notes (such as a truncated table) go to {@code err}.
     */
    public void run(String queryArg, Map<String, String> params, ResultFormat format, OutputStream out,
                    PrintStream err) {
        Query query = parse(resolve(queryArg));
        QueryParams bound = QueryParams.bind(query, params);
        PrefixMapping prefixes = Prefixes.standard().setNsPrefixes(query.getPrefixMapping());
        store.query(r -> {
            QueryExecutionBuilder b = r.execution(query, bound.values()).timeout(timeoutSeconds(), TimeUnit.SECONDS);
            try (QueryExecution qe = b.build()) {
                write(qe, query, format, prefixes, out, err);
            } catch (QueryCancelledException e) {
                throw new QueryException("query stopped after " + timeoutSeconds()
                        + " s (raise it with -Doujiang.query.timeout=SECONDS)", e);
            }
            return null;
        });
    }

    private static void write(QueryExecution qe, Query query, ResultFormat format, PrefixMapping prefixes,
                              OutputStream out, PrintStream err) {
        if (query.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case TABLE -> {
                    ResultTable t = ResultTable.from(rs, prefixes);
                    print(out, t.render());
                    if (t.truncated()) {
                        err.println("showing " + t.rows().size() + " of " + t.total()
                                + " rows; use --format csv, tsv or json for all");
                    }
                }
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                case TABLE -> print(out, b + "\n");
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(prefixes);
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        }
    }

    private static void print(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new QueryException("cannot write results: " + e.getMessage(), e);
        }
    }
}
