package org.oujiang.pipeline;

/**
 * What became of one article of a group: its result, or the error it failed with (exactly one is null).
 * The other articles of the group do not share its fate.
 */
public record Attempt<T>(T value, Throwable failure) {
    /** The result, or the failure thrown again (only runtime exceptions and linkage errors are kept as one). */
    public T get() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return value;
    }
}
