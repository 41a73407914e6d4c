package dev.paperdigest.cli;

import dev.paperdigest.diag.Diagnostic;
import dev.paperdigest.diag.Diagnostics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Under GitHub Actions ({@code GITHUB_ACTIONS=true}) problems are also printed as workflow commands
 * ({@code ::error file=...,line=...::message}), which GitHub shows on the commit and in pull requests.
 */
final class Annotations {
    private Annotations() {
    }

    static boolean enabled() {
        return "true".equals(System.getenv("GITHUB_ACTIONS"));
    }

    static void build(PrintWriter out, Diagnostics diags) {
        if (!enabled()) return;
        for (Diagnostic d : diags.sorted()) {
            StringBuilder sb = new StringBuilder("::").append(d.isError() ? "error" : "warning")
                    .append(" file=").append(property(d.pos().path()));
            if (d.pos().line() > 0) sb.append(",line=").append(d.pos().line());
            if (d.pos().column() > 0) sb.append(",col=").append(d.pos().column());
            out.println(sb.append("::").append(data(d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")"))));
        }
    }

    static void check(PrintWriter out, Path site, List<String> problems) {
        if (!enabled()) return;
        for (String p : problems) {
            int colon = p.indexOf(": ");
            String file = site.normalize().resolve(p.substring(0, colon)).toString().replace('\\', '/');
            out.println("::error file=" + property(file) + "::" + data(p.substring(colon + 2)));
        }
    }

    /** Workflow-command escaping of a message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Workflow-command escaping of a property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
