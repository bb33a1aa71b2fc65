package org.oujiang.shell;

import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The {@link Confirmer} of the interactive shell: reads one line with the shell's JLine {@link LineReader}
 * (kept out of the history). In a one-command run (program arguments given) nobody is asked.
 */
@Component
public class TerminalConfirmer implements Confirmer {
    private final ObjectProvider<LineReader> reader;
    private final boolean oneShot;

    @Autowired
    public TerminalConfirmer(ObjectProvider<LineReader> reader, ApplicationArguments args) {
        this.reader = reader;
        this.oneShot = args.getSourceArgs().length > 0;
    }

    @Override
    public Optional<Boolean> ask(String question) {
        LineReader r = oneShot ? null : reader.getIfAvailable();
        if (r == null) {
            return Optional.empty();
        }
        Object history = r.getVariable(LineReader.DISABLE_HISTORY);
        r.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            return Optional.of(Confirmer.yes(r.readLine(question)));
        } catch (UserInterruptException | EndOfFileException e) {
            return Optional.of(false);
        } finally {
            r.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
        }
    }
}
