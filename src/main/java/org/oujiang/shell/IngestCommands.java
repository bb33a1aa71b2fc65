package org.oujiang.shell;

import java.util.List;
import org.oujiang.pipeline.IngestReport;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** {@code ingest PATH...}: progress on standard error, the summary on standard output. */
@Command
public class IngestCommands {
    private final OujiangServices services;
    private final Console console;

    public IngestCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "ingest", description = "Ingest article files, directories (recursive) or - for standard input")
    public void ingest(@Option(longNames = "paths", required = true, arity = OptionArity.ONE_OR_MORE,
            description = "files, directories or -") @OptionValues(provider = "pathCompletion") String[] paths) {
        Progress progress = new Progress(console);
        IngestReport report = services.ingest().ingest(List.of(paths), progress::report);
        progress.finish();
        report.failures().forEach(f -> console.err().println(f));
        console.out().println(report.summary());
        if (report.failed() > 0) {
            throw new CommandFailedException(report.failed() + " input(s) failed", 1, true);
        }
    }

    /** A progress line per article: redrawn in place on a terminal, one plain line each otherwise. */
    static final class Progress {
        private final Console console;
        private boolean drawn;

        Progress(Console console) {
            this.console = console;
        }

        void report(int done, String origin, String outcome) {
            String line = String.format("[%d] %s: %s", done, origin, outcome);
            if (console.terminal()) {
                int width = 100;
                String shown = line.length() > width ? line.substring(0, width - 1) + "…" : line;
                console.err().print("\r\033[K" + shown);
                drawn = true;
            } else {
                console.err().println(line);
            }
            console.err().flush();
        }

        void finish() {
            if (drawn) {
                console.err().println();
            }
        }
    }
}
