package org.oujiang.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.oujiang.store.Store;

/**
 * Runs read-only SPARQL against the store. QUERY is inline SPARQL, a path to a {@code .rq} file, or the
 * name of a library query. Parameters are bound by substitution ({@link QueryParams}), never by splicing
 * text. SELECT results print as a table or as W3C JSON, CSV or TSV; ASK likewise; CONSTRUCT and DESCRIBE
 * print Turtle; tables show at most {@link ResultTable#MAX_ROWS} rows, the other formats every row. Queries stop
 * after a time limit: {@code --timeout}, else {@code -Doujiang.query.timeout} seconds (default 60).
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
     * Parses SPARQL with the standard prefixes and {@code text:} predeclared ({@link SparqlSyntax}): a syntax
     * error is one line with its line and column; updates are refused with a pointer to {@code update}.
     */
    public static Query parse(String text) {
        return SparqlSyntax.query(text);
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

    /** The default time limit of a query ({@link #timeoutSeconds()}). */
    public static Duration defaultTimeout() {
        return Duration.ofSeconds(timeoutSeconds());
    }

    /**
     * Runs QUERY with {@code params} ({@code name → value} as typed) and writes the result to {@code out};
     * notes (such as a truncated table) go to {@code err}. Stops after the default time limit.
     */
    public void run(String queryArg, Map<String, String> params, ResultFormat format, OutputStream out,
                    PrintStream err) {
        run(queryArg, params, format, defaultTimeout(), out, err);
    }

    /** Like {@link #run(String, Map, ResultFormat, OutputStream, PrintStream)}, stopping after {@code limit}. */
    public void run(String queryArg, Map<String, String> params, ResultFormat format, Duration limit,
                    OutputStream out, PrintStream err) {
        if (limit.isNegative() || limit.isZero()) {
            throw new QueryException("the query time limit must be positive, e.g. 5s, 500ms, 2m");
        }
        Query query = parse(resolve(queryArg));
        QueryParams bound = QueryParams.bind(query, params);
        PrefixMapping prefixes = Prefixes.standard().setNsPrefixes(query.getPrefixMapping());
        store.query(r -> {
            QueryExecutionBuilder b = r.execution(query, bound.values()).timeout(limit.toMillis(),
                    TimeUnit.MILLISECONDS);
            try (QueryExecution qe = b.build()) {
                write(qe, query, format, prefixes, out, err);
            } catch (QueryCancelledException e) {
                throw new QueryException("query stopped at its time limit of " + describe(limit)
                        + " (raise it with --timeout, e.g. --timeout 5m, or -Doujiang.query.timeout=SECONDS)", e);
            }
            return null;
        });
    }

    /** "1 s", "500 ms", "2.5 s". */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0)) + " s";
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
                        err.println(truncationNote(t));
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

    /** The note printed on standard error under a capped table, naming the ways to get every row. */
    static String truncationNote(ResultTable t) {
        return "showing the first " + t.rows().size() + " of " + t.total() + " rows (tables stop at "
                + ResultTable.MAX_ROWS + "); for all of them use --format csv, tsv or json, or narrow the query "
                + "with LIMIT/OFFSET";
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
