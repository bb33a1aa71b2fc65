package org.oujiang.nlp;

/** One word from the segmenter: its text, HanLP nature tag, and UTF-16 offsets into the document text. */
public record Token(String text, String nature, int begin, int end) {
}
