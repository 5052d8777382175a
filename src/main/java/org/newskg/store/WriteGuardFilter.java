package org.newskg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's access rule, applied before Fuseki dispatches a request: anyone may read, only
 * the authenticated admin may write, and nobody may write unless updates were allowed.
 * <p>
 * A request is a read when it is GET, HEAD or OPTIONS (without an {@code update} parameter), a
 * POST of a SPARQL query (body {@code application/sparql-query}, or a form with {@code query}
 * and no {@code update}) to one of the service's query endpoints, or a POST to the UI's
 * side-effect-free validators under {@code /$/validate/}. Everything else is a write: SPARQL
 * Update, Graph Store Protocol PUT/POST/DELETE, uploads, and every POST/PUT/DELETE under
 * {@code /$/} (datasets, backup, compact, tasks, sleep, ...). A write is refused with 403 when
 * updates are disabled, and with 401 (basic-auth challenge) when the request lacks the admin's
 * credentials. Matching uses the decoded path, so {@code /%24/datasets} is {@code /$/datasets}.
 */
final class WriteGuardFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(WriteGuardFilter.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String REALM = "NewsKG";

    private final Set<String> queryEndpointPaths;
    private final boolean allowUpdate;
    private final String adminUser;
    private final byte[] expectedAuthorization;

    /**
     * @param queryEndpointPaths paths (within the server) of endpoints that only answer queries
     * @param allowUpdate whether writes are possible at all
     * @param adminUser user name for writes (when allowed)
     * @param adminPassword its password (required when allowUpdate)
     */
    WriteGuardFilter(Set<String> queryEndpointPaths, boolean allowUpdate, String adminUser, String adminPassword) {
        this.queryEndpointPaths = Set.copyOf(queryEndpointPaths);
        this.allowUpdate = allowUpdate;
        this.adminUser = adminUser;
        if (allowUpdate) {
            if (adminPassword == null || adminPassword.isEmpty()) {
                throw new IllegalArgumentException("Updates need an admin password");
            }
            String token = Base64.getEncoder()
                    .encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
            this.expectedAuthorization = ("Basic " + token).getBytes(StandardCharsets.UTF_8);
        } else {
            this.expectedAuthorization = null;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (isRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = decodedPath(request);
        if (!allowUpdate) {
            LOG.info("Refused {} {} (server is read-only)", request.getMethod(), path);
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "This server is read-only.");
            return;
        }
        if (!isAdmin(request.getHeader("Authorization"))) {
            LOG.info("Refused {} {} (not authenticated as {})", request.getMethod(), path, adminUser);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required for changes.");
            return;
        }
        chain.doFilter(new AuthenticatedRequest(request, adminUser), response);
    }

    boolean isRead(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (READ_METHODS.contains(method)) {
            return request.getParameter("update") == null;
        }
        if (!method.equals("POST")) {
            return false;
        }
        String path = decodedPath(request);
        if (path.startsWith("/$/validate/")) {
            return true;
        }
        if (!queryEndpointPaths.contains(path)) {
            return false;
        }
        String mediaType = mediaType(request.getContentType());
        if (mediaType.equals("application/sparql-query")) {
            return true;
        }
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return request.getParameter("query") != null && request.getParameter("update") == null;
        }
        return false;
    }

    private boolean isAdmin(String authorization) {
        if (authorization == null) {
            return false;
        }
        // Constant-time comparison: no timing hint about the password.
        return MessageDigest.isEqual(expectedAuthorization, authorization.trim().getBytes(StandardCharsets.UTF_8));
    }

    static String decodedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        // the refused request's body is left unread: close the connection so no client reuses it mid-body
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
        response.flushBuffer();
    }

    /** The request as seen after a successful login: Fuseki's logs and auth policies see the user. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {
        private final String user;

        AuthenticatedRequest(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
