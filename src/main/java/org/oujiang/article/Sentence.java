package org.oujiang.article;

/**
 * One sentence of a cleaned document. Offsets are UTF-16 code-unit indexes into
 * {@link CleanDocument#text()} (Java {@code String} offsets), {@code begin} inclusive, {@code end} exclusive.
 */
public record Sentence(int index, int begin, int end, String text) {
}
