package org.oujiang.validate;

/**
 * One SHACL result, ready to print: the focus node (its label when it has one, else a prefixed IRI), the
 * property path ({@code -} for a constraint on the node itself), the shape's message and the severity.
 */
public record Violation(String focus, String path, String message, String severity) {
    /** {@code focus  path  message}. */
    public String line() {
        return focus + "  " + path + "  " + message;
    }
}
