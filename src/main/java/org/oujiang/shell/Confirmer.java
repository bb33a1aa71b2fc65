package org.oujiang.shell;

import java.util.Optional;

/**
 * Asks the person at the terminal a yes/no question. Empty when nobody can be asked (a one-command run,
 * {@code ./oujiang update …}), so the command must refuse unless told to go ahead.
 */
@FunctionalInterface
public interface Confirmer {
    /** The answer to {@code question} (true only for y or yes), or empty when there is no one to ask. */
    Optional<Boolean> ask(String question);

    /** True for "y" and "yes" in any case, false for anything else (the default answer is no). */
    static boolean yes(String answer) {
        String a = answer == null ? "" : answer.strip().toLowerCase(java.util.Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }
}
