package org.oujiang.shell;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.CommandNotFound;

/**
 * The process exit code for an exception that ended a one-command run: the code a command asked for
 * (Spring Shell wraps it in an {@link ExitCodeGenerator}), 2 for a command line that does not parse, else 1.
 * The message itself was already printed on standard error.
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static int of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator g && g.getExitCode() != 0) {
                return g.getExitCode();
            }
            if (t instanceof CommandNotFound) {
                return 2;
            }
            if (t.getClass().getName().endsWith("CommandParserExceptionsException")) {
                return 2;
            }
        }
        return 1;
    }
}
