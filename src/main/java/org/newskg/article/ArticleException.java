package org.newskg.article;

/**
 * A file that cannot be read as a news article. The message is always {@code "FILE: REASON"} so a
 * batch run can log it as is and move on to the next file.
 */
public class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    public ArticleException(String file, String reason) {
        this(file, reason, null);
    }

    public ArticleException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file (or source name) that was being read. */
    public String file() {
        return file;
    }

    /** Why it was rejected, e.g. "empty file" or "not valid UTF-8: ... at byte offset 12". */
    public String reason() {
        return reason;
    }
}
