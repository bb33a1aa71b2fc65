package org.oujiang.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oujiang.query.QueryException;
import org.oujiang.store.GraphStore;

/** {@code update}: asks in the shell, refuses a one-command run without --yes (exit 2), one-line errors. */
class UpdateCommandsTest {
    private static final String INSERT = "INSERT DATA { GRAPH <https://w3id.org/oujiang/id/article/x> "
            + "{ <urn:a> <urn:b> \"c\" } }";
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false);
    private final GraphStore store = GraphStore.inMemory();
    private final OujiangServices services = new OujiangServices(Path.of("."), store);
    private final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() {
        services.close();
    }

    private UpdateCommands commands(Optional<Boolean> answer) {
        return new UpdateCommands(services, console, q -> {
            asked.add(q);
            return answer;
        });
    }

    @Test
    void aOneCommandRunWithoutYesIsRefusedWithExitTwo() {
        assertThatThrownBy(() -> commands(Optional.empty()).update(INSERT, false))
                .isInstanceOfSatisfying(CommandFailedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.reported()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("update changes the store: add --yes to confirm");
                });
        assertThat(store.quadCount()).isZero();
    }

    @Test
    void theShellAsksAndNoChangesNothing() {
        commands(Optional.of(false)).update(INSERT, false);
        assertThat(asked).singleElement().asString().contains("[y/N]");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("cancelled; nothing was changed\n");
        assertThat(store.quadCount()).isZero();
        commands(Optional.of(true)).update(INSERT, false);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("updated: 1 quad added, 0 removed, in 1 graph\n");
        assertThat(Confirmer.yes(" Y ")).isTrue();
        assertThat(Confirmer.yes("")).isFalse();
        assertThat(Confirmer.yes("no")).isFalse();
    }

    @Test
    void yesSkipsTheQuestionAndAFileWorksToo() throws Exception {
        Path ru = Files.writeString(dir.resolve("fix.ru"), INSERT);
        commands(Optional.empty()).update(ru.toString(), true);
        assertThat(asked).isEmpty();
        assertThat(store.quadCount()).isEqualTo(1);
        commands(Optional.empty()).update("DELETE WHERE { GRAPH ?g { <urn:a> ?p ?o } }", true);
        assertThat(store.quadCount()).isZero();
    }

    @Test
    void badTextFailsInOneLineBeforeAnyQuestion() {
        assertThatThrownBy(() -> commands(Optional.of(true)).update("INSERT DATA {\n <urn:a> }", false))
                .isInstanceOf(QueryException.class).hasMessageMatching("update: line 2, column \\d+: Encountered .+");
        assertThatThrownBy(() -> commands(Optional.of(true)).update("SELECT * { ?s ?p ?o }", false))
                .hasMessageContaining("query command");
        assertThatThrownBy(() -> commands(Optional.of(true)).update("missing.ru", true))
                .hasMessage("update file missing.ru not found");
        assertThat(asked).isEmpty();
    }

    @Test
    void argvKeepsYesAsAFlag() {
        assertThat(ArgvRewriter.rewrite(List.of("update", INSERT, "--yes"))).containsExactly("update", "--yes",
                "--update", INSERT);
        assertThat(ArgvRewriter.rewrite(List.of("update", "--yes", INSERT))).containsExactly("update", "--yes",
                "--update", INSERT);
    }
}
