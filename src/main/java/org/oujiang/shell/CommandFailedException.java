package org.oujiang.shell;

/**
 * A command finished but failed. When {@code reported} is true the details are already on standard error
 * and only the exit code remains to be set.
 */
public final class CommandFailedException extends RuntimeException {
    private final int exitCode;
    private final boolean reported;

    public CommandFailedException(String message, int exitCode, boolean reported) {
        super(message);
        this.exitCode = exitCode;
        this.reported = reported;
    }

    public int exitCode() {
        return exitCode;
    }

    public boolean reported() {
        return reported;
    }
}
