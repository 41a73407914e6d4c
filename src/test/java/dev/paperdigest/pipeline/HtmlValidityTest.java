package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page type of a built site through the Nu HTML Checker, in-process: no errors. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void everyPageTypeValidates() throws Exception {
        Path site = tmp.resolve("site");
        BuildResult r = new Build("t").run(new BuildOptions(TestFiles.resources().resolve("sites/small"), site,
                "https://example.github.io/digest/", false));
        assertTrue(r.ok(), r.diagnostics().report());
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator v = new SimpleDocumentValidator();
        v.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        v.setUpValidatorAndParsers(handler, false, false);
        List<String> pages = List.of("index.html", "topics/index.html", "topics/robustness/index.html",
                "topics/robustness/page/2/index.html", "papers/deep-residual-learning/index.html",
                "papers/gan-survey/index.html", "papers/unsafe-title/index.html", "404.html", "search/index.html");
        for (String page : pages) {
            try (InputStream in = Files.newInputStream(site.resolve(page))) {
                InputSource source = new InputSource(in);
                source.setSystemId(page);
                v.checkHtmlInputSource(source);
            }
        }
        assertEquals(List.of(), errors);
    }
}
