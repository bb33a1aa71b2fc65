package org.oujiang.extract;

/**
 * Where a fact was read: the sentence (original script) and the UTF-16 offsets of that sentence in the
 * document text.
 */
public record Evidence(int sentence, int begin, int end, String text) {
}
