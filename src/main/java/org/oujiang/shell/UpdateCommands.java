package org.oujiang.shell;

import org.oujiang.query.UpdateRunner;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code update} runs SPARQL Update (text or a file) on the store after a y/N question in the interactive
 * shell; {@code --yes} skips the question, and a one-command run without it is refused (exit 2).
 */
@Command
public class UpdateCommands {
    static final String NEEDS_YES = "update changes the store: add --yes to confirm";
    private final OujiangServices services;
    private final Console console;
    private final Confirmer confirmer;

    public UpdateCommands(OujiangServices services, Console console, Confirmer confirmer) {
        this.services = services;
        this.console = console;
        this.confirmer = confirmer;
    }

    @Command(command = "update", description = "Change the store with SPARQL Update (text or file); asks first unless --yes")
    public void update(
            @Option(longNames = "update", arity = OptionArity.EXACTLY_ONE,
                    description = "SPARQL Update text or a file holding it") String update,
            @Option(longNames = "yes", description = "do not ask for confirmation") boolean yes) {
        UpdateRunner runner = services.updates();
        runner.check(update);
        if (!yes) {
            var answer = confirmer.ask("update changes the store " + services.store().location() + "; go on? [y/N] ");
            if (answer.isEmpty()) {
                throw new CommandFailedException(NEEDS_YES, 2, false);
            }
            if (!answer.get()) {
                console.err().println("cancelled; nothing was changed");
                return;
            }
        }
        console.out().println("updated: " + runner.run(update).summary());
    }
}
