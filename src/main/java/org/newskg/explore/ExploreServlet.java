package org.newskg.explore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the graph explorer, a static single-page application, at {@value #PATH}: the files under
 * {@code explore/} on the classpath (src/main/resources/explore), plus Cytoscape.js from its webjar
 * as {@code /explore/vendor/cytoscape.min.js}, so the explorer works offline with no CDN.
 * <p>
 * The explorer has no server-side logic of its own: its pages read the knowledge graph through the
 * read-only SPARQL endpoint. This servlet answers GET and HEAD only (other methods get 405, and the
 * server's write guard refuses them before they arrive here), serves only names made of safe
 * characters (no "..", no hidden files), and sends a Content-Security-Policy that lets the pages
 * load scripts and data from this server alone.
 */
public final class ExploreServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(ExploreServlet.class);

    /** Where the explorer lives on the server. */
    public static final String PATH = "/explore";
    /** Servlet path spec (also matches {@value #PATH} itself, which redirects to the trailing slash). */
    public static final String PATH_SPEC = PATH + "/*";

    private static final String RESOURCE_ROOT = "explore/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    /** A served name: path segments of letters, digits, '_', '-' and '.', none starting with '.'. */
    private static final Pattern SAFE_NAME = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "txt", "text/plain;charset=utf-8");
    /**
     * Scripts, styles, images and requests from this server only; inline style attributes are
     * allowed because Cytoscape.js positions its canvases with them. No inline scripts, no frames.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final ClassLoader loader = ExploreServlet.class.getClassLoader();
    /** Served names that are not under explore/ but come from a webjar. */
    private final Map<String, String> vendorFiles;

    public ExploreServlet() {
        String dist = "META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/";
        this.vendorFiles = Map.of(
                "vendor/cytoscape.min.js", dist + "dist/cytoscape.min.js",
                "vendor/cytoscape.LICENSE.txt", dist + "LICENSE");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        if (pathInfo == null || pathInfo.isEmpty()) {
            // Relative links in the page need the trailing slash.
            response.sendRedirect(request.getContextPath() + PATH + "/");
            return;
        }
        String name = pathInfo.equals("/") ? "index.html" : pathInfo.substring(1);
        Optional<String> resource = resourceFor(name);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = loader.getResourceAsStream(resource.get())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(contentType(name));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            // The pages change with the jar; revalidating each time is cheap on loopback.
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    /** The classpath resource to send for a requested name, if the name is acceptable. */
    Optional<String> resourceFor(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String vendor = vendorFiles.get(name);
        if (vendor != null) {
            return Optional.of(vendor);
        }
        if (name.startsWith("vendor/")) {
            return Optional.empty();
        }
        return Optional.of(RESOURCE_ROOT + name);
    }

    private static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The webjar records its version in its Maven properties; the files live under that version. */
    private static String cytoscapeVersion() {
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                LOG.warn("Cytoscape.js webjar not on the classpath: the explorer's graph view will not work");
                return "missing";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "missing");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WEBJAR_PROPERTIES, e);
        }
    }
}
