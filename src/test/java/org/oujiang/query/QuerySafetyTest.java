package org.oujiang.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oujiang.rdf.OJ;
import org.oujiang.store.GraphStore;

/**
 * Query safety (issue 5, item 4): syntax errors as one line with line and column, updates refused with a
 * pointer to {@code update}, a time limit that stops a deliberately slow query, and the table cap with its
 * note while csv, tsv and json give every row.
 */
class QuerySafetyTest {
    private final GraphStore store = GraphStore.inMemory();
    private final QueryRunner runner = new QueryRunner(store, new QueryLibrary(Path.of("queries")));
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        store.close();
    }

    /** {@code n} triples {@code <item/i> oj:value i} in one article graph. */
    private void generate(int n) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < n; i++) {
            m.createResource(OJ.ID + "item/" + i).addLiteral(OJ.value, (long) i);
        }
        store.replaceGraph(OJ.ID + "article/generated", m);
    }

    private String run(String q, ResultFormat f, Duration limit, OutputStream out) {
        runner.run(q, Map.of(), f, limit, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
    }

    private String run(String q, ResultFormat f) {
        return run(q, f, Duration.ofSeconds(60), new ByteArrayOutputStream());
    }

    @Test
    void syntaxErrorIsOneLineWithLineAndColumn() {
        assertThatThrownBy(() -> run("SELECT ?s\nWHERE { ?s ?p }", ResultFormat.TABLE))
                .isInstanceOf(QueryException.class)
                .hasMessageMatching("query: line 2, column \\d+: Encountered .+")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("at line"));
        assertThatThrownBy(() -> run("SELECT * { ?s ?p ?o } LIMT 3", ResultFormat.CSV))
                .hasMessage("query: line 1, column 21: Lexical error: Encountered: '32' (32), after prefix \"LIMT\"");
        assertThatThrownBy(() -> run("SELECT * { ?s nope:p ?o }", ResultFormat.CSV))
                .hasMessageMatching("query: line 1, column \\d+: .*nope:p.*");
    }

    @Test
    void updatesAreRefusedWithAPointerToUpdate() {
        for (String u : new String[] {"DROP ALL", "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
                "DELETE WHERE { ?s ?p ?o }", "CLEAR DEFAULT ; LOAD <file:///etc/hosts>"}) {
            assertThatThrownBy(() -> run(u, ResultFormat.TABLE)).isInstanceOf(QueryException.class)
                    .hasMessageContaining("updates are refused").hasMessageContaining("update command");
        }
        assertThat(SparqlSyntax.update("DELETE WHERE { GRAPH <urn:g> { ?s ?p ?o } }").getOperations()).hasSize(1);
        assertThatThrownBy(() -> SparqlSyntax.update("SELECT * { ?s ?p ?o }")).hasMessageContaining("query command");
        assertThatThrownBy(() -> SparqlSyntax.update("INSERT DATA {\n  <urn:a> <urn:b> }"))
                .hasMessageMatching("update: line 2, column \\d+: Encountered .+");
    }

    @Test
    void aSlowQueryStopsAtItsTimeLimitWithOneLine() {
        generate(400);  // a three-way cross product: 64 million rows
        String slow = "SELECT * { ?a oj:value ?x . ?b oj:value ?y . ?c oj:value ?z }";
        for (ResultFormat f : ResultFormat.values()) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> run(slow, f, Duration.ofSeconds(1), OutputStream.nullOutputStream()))
                    .isInstanceOf(QueryException.class)
                    .hasMessage("query stopped at its time limit of 1 s (raise it with --timeout, e.g. --timeout 5m, "
                            + "or -Doujiang.query.timeout=SECONDS)");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(f.name()).isLessThan(Duration.ofSeconds(15));
        }
        String counting = "SELECT (COUNT(*) AS ?n) { ?a oj:value ?x . ?b oj:value ?y . ?c oj:value ?z }";
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> run(counting, ResultFormat.CSV, Duration.ofSeconds(1), OutputStream.nullOutputStream()))
                .hasMessageStartingWith("query stopped at its time limit of 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        assertThat(run("SELECT (COUNT(*) AS ?n) { ?a oj:value ?x }", ResultFormat.CSV, Duration.ofMillis(5000),
                new ByteArrayOutputStream())).contains("400");
    }

    @Test
    void theDefaultTimeLimitIsSixtySecondsAndSettable() {
        String old = System.getProperty("oujiang.query.timeout");
        try {
            System.clearProperty("oujiang.query.timeout");
            assertThat(QueryRunner.defaultTimeout()).isEqualTo(Duration.ofSeconds(60));
            System.setProperty("oujiang.query.timeout", "7");
            assertThat(QueryRunner.defaultTimeout()).isEqualTo(Duration.ofSeconds(7));
        } finally {
            if (old == null) {
                System.clearProperty("oujiang.query.timeout");
            } else {
                System.setProperty("oujiang.query.timeout", old);
            }
        }
        assertThatThrownBy(() -> run("ASK {}", ResultFormat.TABLE, Duration.ZERO, new ByteArrayOutputStream()))
                .hasMessageContaining("must be positive");
    }

    @Test
    void tablesStopAt500RowsWithANoteAndTheOtherFormatsGiveEveryRow() {
        generate(600);
        String q = "SELECT ?s ?v { ?s oj:value ?v } ORDER BY ?v";
        String table = run(q, ResultFormat.TABLE);
        assertThat(table.lines()).hasSize(2 + ResultTable.MAX_ROWS);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("showing the first 500 of 600 rows (tables "
                + "stop at 500); for all of them use --format csv, tsv or json, or narrow the query with "
                + "LIMIT/OFFSET\n");
        err.reset();
        assertThat(run(q, ResultFormat.CSV).lines()).hasSize(601);
        assertThat(run(q, ResultFormat.TSV).lines()).hasSize(601);
        assertThat(run(q, ResultFormat.JSON).split("\"v\":", -1)).hasSize(601);
        assertThat(run(q + " LIMIT 500", ResultFormat.TABLE).lines()).hasSize(502);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
