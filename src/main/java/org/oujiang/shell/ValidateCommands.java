package org.oujiang.shell;

import org.oujiang.store.ArticleInfo;
import org.oujiang.validate.StoreValidator;
import org.oujiang.validate.ValidationResult;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code validate}: checks the store (or one article with the reference data) against
 * {@code ontology/shapes.ttl}; one line per violation and a summary on standard output, exit 1 on violations.
 */
@Command
public class ValidateCommands {
    private final OujiangServices services;
    private final Console console;

    public ValidateCommands(OujiangServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Command(command = "validate", description = "Check the store against the SHACL shapes of ontology/shapes.ttl")
    public void validate(
            @Option(longNames = "article", arity = OptionArity.EXACTLY_ONE, description = "article IRI, content-hash prefix or part of its title")
            String article) {
        String graph = null;
        if (article != null && !article.isBlank()) {
            ArticleInfo a = services.catalog().resolve(article, true);
            graph = a.iri();
        }
        StoreValidator validator = new StoreValidator(services.store(), services.ontologyDir().resolve("shapes.ttl"));
        ValidationResult result = validator.validate(graph);
        console.out().print(result.render());
        console.out().flush();
        if (!result.conforms()) {
            throw new CommandFailedException(result.violations().size() + " violations", 1, true);
        }
    }
}
