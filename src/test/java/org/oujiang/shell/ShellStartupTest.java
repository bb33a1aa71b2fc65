package org.oujiang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.command.CommandCatalog;

/** The application context starts (non-interactive in tests) and registers every command. */
@SpringBootTest
class ShellStartupTest {
    @Autowired
    CommandCatalog catalog;

    @Test
    void everyCommandIsRegistered() {
        assertThat(catalog.getRegistrations().keySet()).contains("ingest", "query", "queries", "export",
                "articles", "describe", "stats", "remove", "version", "help");
    }
}
