package org.oujiang.shell;

import java.util.List;
import org.oujiang.search.SearchResult;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** {@code search WORDS [--limit N]}: full-text search over article bodies and entity names. */
@Command
public class SearchCommands {
    private final OujiangServices services;
    private final Console console;

    public SearchCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "search", description = "Full-text search (Chinese words) over articles and entity names")
    public void search(@Option(longNames = "words", required = true, arity = OptionArity.ONE_OR_MORE,
                               description = "words to find") String[] words,
                       @Option(longNames = "limit", defaultValue = "10", arity = OptionArity.EXACTLY_ONE,
                               description = "most results shown") int limit) {
        if (limit < 1) {
            throw new CommandFailedException("--limit must be at least 1, not " + limit, 2, false);
        }
        List<SearchResult> found = services.search().search(String.join(" ", words), limit);
        if (found.isEmpty()) {
            throw new CommandFailedException("no article matches '" + String.join(" ", words) + "'", 1, false);
        }
        int i = 0;
        for (SearchResult r : found) {
            console.out().printf("%d. %s  %s  <%s>%n", ++i, r.title(), r.date().isEmpty() ? "-" : r.date(), r.iri());
            console.out().println("   " + r.snippet() + (r.partial() ? "  (evidence sentences only: re-ingest "
                    + "for the full text)" : ""));
            if (!r.entities().isEmpty()) {
                console.out().println("   entities: " + String.join(", ", r.entities()));
            }
        }
        console.out().flush();
    }
}
