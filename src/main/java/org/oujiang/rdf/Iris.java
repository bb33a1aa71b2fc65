package org.oujiang.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.oujiang.article.Article;
import org.oujiang.nlp.EntityType;

/**
 * Deterministic IRIs: articles from a hash of their normalised body, entities from their canonical key,
 * so re-running the pipeline mints the same names. Entity IRIs keep their Chinese characters (IRIs allow
 * them); characters IRIs forbid are percent-encoded.
 */
public final class Iris {
    private Iris() {
    }

    /** SHA-256 (hex) of the body after NFKC normalisation with all whitespace removed. */
    public static String contentHash(String body) {
        // the quick check first: entity keys are NFKC already (normalising copies the text); Chinese bodies
        // mostly are not (full-width punctuation) and are normalised
        String norm = Normalizer.isNormalized(body, Normalizer.Form.NFKC) ? body
                : Normalizer.normalize(body, Normalizer.Form.NFKC);
        // whitespace as the regex \s means it (ASCII only), dropped without a regex: this runs for every
        // entity and relation of every article
        // into a char array: a StringBuilder checks its coder and capacity for every character of the body
        char[] kept = new char[norm.length()];
        int n = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (!(c == ' ' || c >= '\t' && c <= '\r')) {
                kept[n++] = c;
            }
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(new String(kept, 0, n).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The article's IRI, which is also the name of its graph. */
    public static String article(Article a) {
        return articleFromHash(contentHash(a.body()));
    }

    /** The article IRI for the {@link #contentHash} of its body, for callers that need both. */
    public static String articleFromHash(String contentHash) {
        return OJ.ID + "article/" + contentHash.substring(0, 16);
    }

    /** IRI of an entity that is not in a reference scheme, from its type and canonical key. */
    public static String entity(EntityType type, String key) {
        return OJ.ID + segment(type) + "/" + encode(key);
    }

    /** IRI of an indicator concept minted from its label (scheme indicators keep their own IRIs). */
    public static String indicator(String label) {
        return entity(EntityType.INDICATOR, label);
    }

    /**
     * A URL as written made into a valid IRI: characters an IRI forbids (spaces, quotes, angle brackets,
     * a '%' that starts no escape) are percent-encoded; letters of any script are kept.
     */
    public static String fromUrl(String url) {
        String u = url.strip();
        StringBuilder sb = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            boolean escape = c == '%' && isHex(u, i + 1) && isHex(u, i + 2);
            if (c == '%' && !escape || c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static String segment(EntityType type) {
        return switch (type) {
            case REGION -> "region";
            case COMPANY -> "company";
            case GOVERNMENT_AGENCY -> "agency";
            case PERSON -> "person";
            case INDUSTRY -> "industry";
            case POLICY -> "policy";
            case INDICATOR -> "indicator";
        };
    }

    /** Percent-encodes what an IRI path segment may not hold; keeps letters of any script. */
    static String encode(String key) {
        StringBuilder sb = new StringBuilder();
        for (byte b : key.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c >= 0x80 || Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        // Re-decode the kept UTF-8 bytes so non-ASCII letters stay readable.
        byte[] raw = new byte[sb.length()];
        for (int i = 0; i < sb.length(); i++) {
            raw[i] = (byte) sb.charAt(i);
        }
        return new String(raw, StandardCharsets.UTF_8);
    }
}
