package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files are rejected with "FILE: REASON". */
class ArticleReaderErrorsTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    private ArticleException failOn(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(file));
        assertEquals(file.toString(), e.file());
        assertEquals(file + ": " + e.reason(), e.getMessage());
        return e;
    }

    @Test
    void emptyFile() throws Exception {
        ArticleException e = failOn("empty.txt", new byte[0]);
        assertEquals("empty file", e.reason());
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        ArticleException e = failOn("blank.txt", " \n\t\r\n\u00A0\u3000\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("empty: whitespace only", e.reason());
    }

    @Test
    void binaryFileWithNulBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ArticleException e = failOn("picture.txt", png);
        assertEquals("binary content: NUL byte at byte offset 8", e.reason());
    }

    @Test
    void binaryFileWithManyControlCharacters() throws Exception {
        byte[] bytes = "ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh\u0007\u0008".getBytes(StandardCharsets.UTF_8);
        ArticleException e = failOn("controls.txt", bytes);
        assertTrue(e.reason().startsWith("binary content: 8 of 16 characters are control characters"), e.reason());
    }

    @Test
    void invalidUtf8SaysWhere() throws Exception {
        // "Caf" then a Latin-1 é (0xE9) followed by ASCII: not UTF-8
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', 'n', 'e', 'w', 's', '\n'};
        ArticleException e = failOn("latin1.txt", bytes);
        assertEquals("not valid UTF-8: malformed byte sequence at byte offset 3 (0xE9)", e.reason());
    }

    @Test
    void truncatedUtf8AtTheEnd() throws Exception {
        byte[] bytes = {'W', 'o', 'r', 'l', 'd', ' ', (byte) 0xE2, (byte) 0x80};
        ArticleException e = failOn("cut.txt", bytes);
        assertEquals("not valid UTF-8: truncated byte sequence at byte offset 6 (0xE2)", e.reason());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("no-such-article.txt");
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(missing));
        assertEquals(missing + ": unreadable: no such file", e.getMessage());
        assertEquals(missing.toString(), e.file());
    }

    @Test
    void directoryIsUnreadable() {
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(dir));
        assertEquals(dir + ": unreadable: is a directory", e.getMessage());
    }

    @Test
    void bytesWithASourceNameAreCheckedToo() {
        ArticleException e = assertThrows(ArticleException.class,
                () -> reader.read("upload/x.txt", new byte[] {(byte) 0xC3, '(', 'a'}));
        assertEquals("upload/x.txt: not valid UTF-8: malformed byte sequence at byte offset 0 (0xC3)", e.getMessage());
    }

    @Test
    void byteOrderMarkAloneIsEmpty() {
        ArticleException e = assertThrows(ArticleException.class,
                () -> reader.read("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
        assertEquals("empty: whitespace only", e.reason());
    }
}
