package org.oujiang.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.oujiang.report.Reports;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * {@code report NAME [--out FILE]}: a self-contained HTML page on a region, company, industry or policy (facts
 * by relation, neighbourhood graph, indicator charts, evidence), written to {@code FILE} or {@code NAME.html}
 * in the working directory; prints the path written.
 */
@Command
public class ReportCommands {
    private final OujiangServices services;
    private final Console console;

    public ReportCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "report", description = "Write an HTML report on an entity: graph, charts, facts with evidence")
    public void report(
            @Option(longNames = "name", required = true, arity = OptionArity.EXACTLY_ONE,
                    description = "a label, other name or IRI, e.g. 温州市") String name,
            @Option(longNames = "out", arity = OptionArity.EXACTLY_ONE, description = "file to write (default: NAME.html)")
            @OptionValues(provider = "pathCompletion") String out) {
        Optional<String> html = new Reports(services.store()).html(name);
        if (html.isEmpty()) {
            throw new CommandFailedException("no entity is called '" + name + "'", 1, false);
        }
        Path file = Path.of(out == null || out.isBlank() ? defaultFile(name) : out);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + file + ": " + e.getMessage(), 1, false);
        }
        console.out().println(file);
        console.out().flush();
    }

    /** {@code NAME.html}, with characters that cannot be in a file name replaced by {@code _}. */
    static String defaultFile(String name) {
        String safe = name.strip().replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
        return (safe.isEmpty() ? "report" : safe) + ".html";
    }
}
