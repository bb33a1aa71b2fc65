package org.oujiang.nlp;

/**
 * A span of the document that names an entity. Offsets are UTF-16 indexes into the document text.
 *
 * @param text    the surface form, normalised (Simplified) as found in {@code matchText}
 * @param type    what kind of entity it names
 * @param begin   start offset (inclusive)
 * @param end     end offset (exclusive)
 * @param sentence index of the sentence it lies in
 * @param how     the evidence that found it, for debugging: "gazetteer", "suffix", "hanlp-nr+post", …
 */
public record Mention(String text, EntityType type, int begin, int end, int sentence, String how) {
}
