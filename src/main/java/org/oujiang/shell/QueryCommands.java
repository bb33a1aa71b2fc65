package org.oujiang.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import org.oujiang.query.NamedQuery;
import org.oujiang.query.QueryException;
import org.oujiang.query.QueryRunner;
import org.oujiang.query.ResultFormat;
import org.oujiang.serve.ServeOptions;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** {@code query} runs SPARQL (text, .rq file or library name); {@code queries} lists the library. */
@Command
public class QueryCommands {
    private static final Pattern PARAM = Pattern.compile("^[?$]?[A-Za-z_][A-Za-z0-9_]*=");
    private final OujiangServices services;
    private final Console console;

    public QueryCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "query", description = "Run SPARQL: inline text, a .rq file, or a query name from queries/")
    public void query(
            @Option(longNames = "query", arity = OptionArity.EXACTLY_ONE,
                    description = "SPARQL text, a .rq file or a query name")
            @OptionValues(provider = "queryCompletion") String query,
            @Option(longNames = "format", defaultValue = "table", arity = OptionArity.EXACTLY_ONE, description = "table, csv, tsv or json")
            String format,
            @Option(longNames = "param", arity = OptionArity.ZERO_OR_MORE,
                    description = "name=value bound to ?name (repeatable)") String[] params,
            @Option(longNames = "timeout", arity = OptionArity.EXACTLY_ONE,
                    description = "time limit, e.g. 5s, 500ms, 2m (default 60 s, or -Doujiang.query.timeout)")
            String timeout) {
        ResultFormat f = ResultFormat.of(format);
        Duration limit = timeout == null || timeout.isBlank() ? QueryRunner.defaultTimeout()
                : ServeOptions.parseTimeout(timeout);
        List<String> ps = params == null ? new ArrayList<>() : new ArrayList<>(List.of(params));
        // "--param a=1 QUERY": the option parser gives QUERY to --param; take it back.
        if ((query == null || query.isBlank()) && !ps.isEmpty() && !PARAM.matcher(ps.get(ps.size() - 1)).find()) {
            query = ps.remove(ps.size() - 1);
        }
        if (query == null || query.isBlank()) {
            throw new QueryException("give a QUERY: SPARQL text, a .rq file or one of " + services.library().names());
        }
        services.queries().run(query, parseParams(ps.toArray(String[]::new)), f, limit, console.out(), console.err());
        console.out().flush();
    }

    @Command(command = "queries", description = "List the named queries of queries/ with their questions")
    public void queries() {
        for (NamedQuery q : services.library().all()) {
            console.out().println(q.name() + "\t" + q.question()
                    + (q.parameters().isBlank() || q.parameters().equals("none") ? "" : "\t[" + q.parameters() + "]"));
        }
    }

    /** {@code name=value} pairs into a map; a value may itself contain '='. */
    static Map<String, String> parseParams(String[] params) {
        Map<String, String> out = new LinkedHashMap<>();
        if (params == null) {
            return out;
        }
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new QueryException("--param " + p + ": write name=value");
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return out;
    }
}
