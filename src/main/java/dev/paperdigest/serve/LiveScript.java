package dev.paperdigest.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The script and error overlay that {@code serve} adds to the pages it serves (never to a build). */
final class LiveScript {
    private LiveScript() {
    }

    static String source(String basePath) {
        return """
                (() => {
                  const events = new EventSource('%sevents');
                  const show = errors => {
                    let box = document.getElementById('paper-digest-errors');
                    if (!box) {
                      box = document.createElement('div');
                      box.id = 'paper-digest-errors';
                      box.setAttribute('role', 'alert');
                      box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;'
                        + 'background:#2b0000;color:#ffe5e5;font:14px/1.4 monospace;padding:1rem;white-space:pre-wrap';
                      document.body.append(box);
                    }
                    box.textContent = 'Build failed; this is the last good site. Fix these and it reloads:\\n\\n' + errors.join('\\n');
                  };
                  events.addEventListener('reload', () => location.reload());
                  events.addEventListener('errors', e => show(JSON.parse(e.data)));
                })();
                """.formatted(basePath + DevServer.LIVE);
    }

    /** The page with the live script (and, while the build is broken, the error overlay) before {@code </body>}. */
    static byte[] inject(byte[] page, String basePath, List<String> errors) {
        String html = new String(page, StandardCharsets.UTF_8);
        StringBuilder add = new StringBuilder();
        if (!errors.isEmpty()) {
            add.append("<div id=\"paper-digest-errors\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;"
                    + "overflow:auto;z-index:99999;background:#2b0000;color:#ffe5e5;font:14px/1.4 monospace;padding:1rem;"
                    + "white-space:pre-wrap\">Build failed; this is the last good site. Fix these and it reloads:\n\n");
            for (String e : errors) add.append(escape(e)).append('\n');
            add.append("</div>\n");
        }
        add.append("<script src=\"").append(basePath).append(DevServer.LIVE).append("live.js\"></script>\n");
        int at = html.lastIndexOf("</body>");
        String out = at < 0 ? html + add : html.substring(0, at) + add + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return dev.paperdigest.text.Texts.escapeHtml(s);
    }
}
