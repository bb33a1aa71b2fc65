package org.oujiang.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oujiang.export.ExportFormat;
import org.oujiang.store.ArticleInfo;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** {@code export}: the whole store or one article, to standard output or a file. */
@Command
public class ExportCommands {
    private final OujiangServices services;
    private final Console console;

    public ExportCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "export", description = "Write the store (or one article) as RDF")
    public void export(
            @Option(longNames = "format", defaultValue = "trig", arity = OptionArity.EXACTLY_ONE, description = "trig, nq, ttl, nt, jsonld or rdfxml")
            String format,
            @Option(longNames = "out", arity = OptionArity.EXACTLY_ONE, description = "file to write (default: standard output)")
            @OptionValues(provider = "pathCompletion") String out,
            @Option(longNames = "article", arity = OptionArity.EXACTLY_ONE, description = "article IRI, content-hash prefix or part of its title")
            String article) {
        ExportFormat f = ExportFormat.of(format);
        String graph = null;
        if (article != null && !article.isBlank()) {
            ArticleInfo a = services.catalog().resolve(article, true);
            graph = a.iri();
        }
        if (out == null || out.isBlank()) {
            services.exporter().export(f, graph, console.out());
            console.out().flush();
            return;
        }
        Path file = Path.of(out);
        try (OutputStream os = Files.newOutputStream(file)) {
            services.exporter().export(f, graph, os);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + file + ": " + e.getMessage(), 1, false);
        }
        console.err().println("wrote " + file);
    }
}
