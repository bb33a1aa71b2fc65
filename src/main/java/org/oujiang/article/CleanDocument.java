package org.oujiang.article;

import java.util.List;

/**
 * An article with its boilerplate removed.
 *
 * @param article   the article as read
 * @param text      the story text kept for analysis, in its original script: headline excluded,
 *                  paragraphs separated by {@code \n}
 * @param matchText the same text normalised for matching: Traditional converted to Simplified,
 *                  full-width ASCII to half-width. Same length as {@code text}, so offsets carry over.
 * @param sentences the sentences of {@code text}, in order, offsets into {@code text}
 * @param credits   reporter, photographer and editor lines removed from the text ("王某 摄", "责任编辑：…")
 */
public record CleanDocument(Article article, String text, String matchText, List<Sentence> sentences,
                            List<String> credits) {
    public CleanDocument {
        if (text.length() != matchText.length()) {
            throw new IllegalArgumentException("matchText must keep the offsets of text");
        }
        sentences = List.copyOf(sentences);
        credits = List.copyOf(credits);
    }
}
