package dev.paperdigest.render;

import dev.paperdigest.model.OutputFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KaTeX for the pages with TeX math: its script, stylesheet and fonts, from the npm registry package
 * (as a WebJar on the class path, packed into the jar at build time), written under {@code katex/}
 * of a site that has math. The stylesheet is KaTeX's {@code font-display: swap} one, naming only the
 * woff2 fonts (every browser that runs KaTeX reads them), so the site carries 300 KB of fonts, not 1.1 MB.
 */
final class Katex {
    private static final String ROOT = "META-INF/resources/webjars/katex/";
    private static final Pattern OLD_FORMATS = Pattern.compile(",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)");
    private static final Pattern FONT = Pattern.compile("url\\(fonts/([A-Za-z0-9_-]+\\.woff2)\\)");

    private Katex() {
    }

    /** The KaTeX version on the class path. */
    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    /** The files of {@code katex/}: katex.min.js, katex.min.css, LICENSE and the fonts the stylesheet names. */
    static List<OutputFile> files() throws IOException {
        String dist = ROOT + version() + "/dist/";
        String css = OLD_FORMATS.matcher(new String(read(dist + "katex-swap.min.css"), StandardCharsets.UTF_8)).replaceAll("");
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile("katex/katex.min.js", read(dist + "katex.min.js")));
        out.add(new OutputFile("katex/katex.min.css", css.getBytes(StandardCharsets.UTF_8)));
        out.add(new OutputFile("katex/LICENSE", read(ROOT + version() + "/LICENSE")));
        TreeSet<String> fonts = new TreeSet<>();
        Matcher m = FONT.matcher(css);
        while (m.find()) fonts.add(m.group(1));
        for (String f : fonts) out.add(new OutputFile("katex/fonts/" + f, read(dist + "fonts/" + f)));
        return out;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Katex.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IOException("KaTeX is missing from the class path: " + resource);
        return in;
    }
}
