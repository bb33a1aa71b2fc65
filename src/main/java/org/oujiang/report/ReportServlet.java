package org.oujiang.report;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only report pages beside the SPARQL endpoint: {@code /} is the start page, {@code /report/NAME} the
 * report on an entity by label or other name or by its path below {@code id/} ({@code /report/region/330300});
 * {@code /report?name=…} takes any of these or a whole IRI (Jetty refuses an encoded {@code /} inside a path
 * segment, so IRIs go in the query string) and serves the start page's search box. Only GET and HEAD are
 * answered.
 */
public final class ReportServlet extends HttpServlet {
    private final transient Reports reports;

    public ReportServlet(Reports reports) {
        this.reports = reports;
    }

    /** Path specs and servlets to add to the server: the start page and the reports. */
    public static Map<String, HttpServlet> routes(Reports reports) {
        ReportServlet s = new ReportServlet(reports);
        Map<String, HttpServlet> routes = new LinkedHashMap<>();
        routes.put("", s);
        routes.put("/report", s);
        routes.put("/report/*", s);
        return routes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        if (uri.equals("/") || uri.isEmpty()) {
            send(resp, 200, reports.startPage());
            return;
        }
        String name = req.getParameter("name");
        if (name == null && uri.startsWith("/report/")) {
            name = URLDecoder.decode(uri.substring("/report/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        if (name == null || name.isBlank()) {
            resp.sendRedirect("/");
            return;
        }
        Optional<String> page;
        try {
            page = reports.html(name);
        } catch (RuntimeException e) {
            send(resp, 500, message("报告生成失败", name + ": " + e.getMessage()));
            return;
        }
        if (page.isPresent()) {
            send(resp, 200, page.get());
        } else {
            send(resp, 404, message("没有这个实体", "no entity is called '" + name + "'"));
        }
    }

    private static String message(String title, String detail) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + ReportPage.html(detail) + "</p><p><a href=\"/\">← 全部实体</a>"
                + "</p></body></html>";
    }

    private static void send(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
