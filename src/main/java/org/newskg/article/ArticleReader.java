package org.newskg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a news article file into an {@link Article}: strict UTF-8 decoding, metadata, and the body
 * ranges without boilerplate.
 *
 * <p>The text is kept exactly as decoded, so every offset indexes it. A leading byte order mark is
 * accepted and stays in the text as U+FEFF at offset 0 (nothing is stripped, so offsets are never
 * shifted); no body range or headline range covers it.
 *
 * <p>Rejected, with an {@link ArticleException} "FILE: REASON": a missing file or a directory
 * ("unreadable: ..."), an I/O error, an empty or whitespace-only file, binary content (a NUL byte, or
 * more than {@value #MAX_CONTROL_SHARE_PERCENT}% control characters) and invalid UTF-8 (with the byte
 * offset of the first bad sequence).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

    /** Above this share of control characters (other than tab, line and page breaks) a file is binary. */
    public static final int MAX_CONTROL_SHARE_PERCENT = 5;

    private final ArticleAnalyzer analyzer;

    /** A reader with the built-in boilerplate rules. */
    public ArticleReader() {
        this(Boilerplate.defaults());
    }

    /** A reader with the given boilerplate rules (e.g. {@code Boilerplate.defaults().plus(mine)}). */
    public ArticleReader(Boilerplate boilerplate) {
        this.analyzer = new ArticleAnalyzer(boilerplate);
    }

    /** Reads one file; its id comes from the file name, its source is the path as given. */
    public Article read(Path file) throws ArticleException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ArticleException(name, "unreadable: is a directory");
        }
        if (!Files.exists(file)) {
            throw new ArticleException(name, "unreadable: no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleException(name, "unreadable: no such file", e);
        } catch (AccessDeniedException e) {
            throw new ArticleException(name, "unreadable: permission denied", e);
        } catch (IOException e) {
            throw new ArticleException(name, "unreadable: " + describe(e), e);
        }
        return read(name, bytes);
    }

    /**
     * Reads an article from bytes. {@code sourceName} names it in errors and in {@link Article#source()};
     * its last path segment gives the id (see {@link #documentIdFor}).
     */
    public Article read(String sourceName, byte[] bytes) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(sourceName, "empty file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ArticleException(sourceName, "binary content: NUL byte at byte offset " + i);
            }
        }
        String text = decodeStrictUtf8(sourceName, bytes);
        checkNotBinary(sourceName, text);
        if (text.chars().allMatch(c -> TextLines.isGap((char) c))) {
            throw new ArticleException(sourceName, "empty: whitespace only");
        }
        ArticleAnalyzer.Analysis analysis = analyzer.analyze(text);
        Article article = new Article(documentIdFor(sourceName), sourceName, text, sha256Hex(bytes),
                analysis.metadata(), analysis.body());
        log.debug("read {}: {} chars, {} body ranges, headline={}", sourceName, text.length(),
                article.body().size(), analysis.metadata().headline() != null);
        return article;
    }

    /**
     * The document id for a file name: the base name without its extension, lower-cased, every
     * character outside [a-z0-9_-] replaced by '-'. Directories in the name are ignored.
     * "News/Kim Summit.v2.TXT" gives "kim-summit-v2".
     */
    public static String documentIdFor(String fileName) {
        String base = fileName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) { // ".txt" is a name, not an extension
            base = base.substring(0, dot);
        }
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no file name in '" + fileName + "'");
        }
        String lower = base.toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> id.append(
                (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '_' || cp == '-' ? (char) cp : '-'));
        return id.toString();
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Decodes UTF-8, reporting the byte offset of the first malformed or truncated sequence. */
    private static String decodeStrictUtf8(String sourceName, byte[] bytes) throws ArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String what = looksTruncated(bytes, offset) ? "truncated byte sequence" : "malformed byte sequence";
            throw new ArticleException(sourceName, String.format(Locale.ROOT,
                    "not valid UTF-8: %s at byte offset %d (0x%02X)", what, offset, bytes[offset] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    /** A lead byte whose continuation bytes run past the end of the data. */
    private static boolean looksTruncated(byte[] bytes, int offset) {
        int lead = bytes[offset] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (need == 1 || offset + need <= bytes.length) {
            return false;
        }
        for (int i = offset + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void checkNotBinary(String sourceName, String text) throws ArticleException {
        long controls = text.chars().filter(ArticleReader::isBinaryControl).count();
        if (controls * 100 > (long) text.length() * MAX_CONTROL_SHARE_PERCENT) {
            throw new ArticleException(sourceName, "binary content: " + controls + " of " + text.length()
                    + " characters are control characters");
        }
    }

    /** Control characters that do not belong in text (tab, line and page breaks do). */
    private static boolean isBinaryControl(int c) {
        return Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x85;
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : " (" + msg + ")");
    }
}
