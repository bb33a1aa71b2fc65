package org.oujiang.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns raw bytes into normalised text: byte-order mark, then strict UTF-8, then juniversalchardet
 * (GBK and GB2312 decoded as GB18030, Big5 as Big5-HKSCS), with GB18030 as the fallback for Chinese
 * news and for short texts the detector guesses as some non-Western single-byte charset. Rejects binary
 * content, and UTF-8 with broken or truncated characters ({@link Utf8Check}: "invalid UTF-8 at byte N",
 * N counted from 0) rather than decoding it as mojibake. A legacy-encoded text with a few bad bytes keeps
 * U+FFFD in their place. Output has {@code \n} line ends and no BOM; NUL characters are removed (a text
 * with more than 5% control characters, NUL included, is binary).
 */
final class TextDecoder {

    /** Detector answers taken as they are; other single-byte guesses lose to a clean GB18030 decode. */
    private static final java.util.regex.Pattern TRUSTED = java.util.regex.Pattern.compile(
            "(?i)GB.*|BIG5.*|EUC-.*|SHIFT_JIS|ISO-2022-.*|HZ-GB-2312|UTF-.*|WINDOWS-1252|ISO-8859-1");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; throws {@link ArticleFormatException} for empty or binary input. */
    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ArticleFormatException("empty file");
        }
        String raw = new String(bytes, charsetOf(bytes));
        if (looksBinary(raw)) {
            throw new ArticleFormatException("not text (binary content)");
        }
        String text = normalise(raw);
        if (text.isBlank()) {
            throw new ArticleFormatException("empty file");
        }
        return text;
    }

    static Charset charsetOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (decodesStrictly(b, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        Utf8Check utf8 = Utf8Check.of(b);
        if (utf8.brokenUtf8()) {
            throw new ArticleFormatException(utf8.reason());
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, b.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset detected = map(name);
        Charset gb = Charset.forName("GB18030");
        boolean trusted = name != null && TRUSTED.matcher(name).matches();
        if (detected != null && trusted && decodesStrictly(b, detected)) {
            return detected;
        }
        // Short Chinese text is often guessed as Cyrillic or Greek: prefer GB18030 when it fits.
        return decodesStrictly(b, gb) || detected == null ? gb : detected;
    }

    private static Charset map(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312") || n.equals("EUC-CN")) {
            return Charset.forName("GB18030");
        }
        if (n.startsWith("BIG5") || n.equals("EUC-TW")) {
            return Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : Charset.forName("Big5");
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean decodesStrictly(byte[] b, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@code \r\n} and lone {@code \r} to {@code \n}; BOM and NUL characters removed. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c != '\uFEFF' && c != '\0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** More than 5% control or replacement characters in the first 64 Ki characters. */
    private static boolean looksBinary(String s) {
        int n = Math.min(s.length(), 65536);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return bad * 20 > n;
    }
}
