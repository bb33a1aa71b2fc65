package org.oujiang.article;

/**
 * One story as read from a file, a JSON line or standard input, before cleaning.
 *
 * @param title  headline, never null (may be empty)
 * @param date   ISO date {@code yyyy-MM-dd} or a prefix of it ({@code yyyy}), or null when unknown
 * @param source publisher or origin as written, or null
 * @param url    the story's address, or null
 * @param body   the raw body text, in the original script (Traditional or Simplified)
 * @param origin where it came from, for messages: a file path, {@code file.jsonl:12} or {@code -}
 */
public record Article(String title, String date, String source, String url, String body, String origin) {
}
