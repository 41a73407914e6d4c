package dev.paperdigest.cli;

import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.importer.ImportReport;
import dev.paperdigest.importer.Importer;
import dev.paperdigest.importer.SourceFormat;
import dev.paperdigest.write.DigestLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import}: papers from source files into content/papers/, never overwriting, never twice. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports papers into content/papers/ (one file each), skipping those already there.",
                "Formats (detected, or --format): trending (text dump), arxiv (API Atom feed), huggingface "
                        + "(daily papers JSON), s2 (Semantic Scholar JSON), bibtex."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import; - reads standard input.")
    List<String> files;

    @Mixin
    DigestOptions digest;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--added", paramLabel = "YYYY-MM-DD", description = "The 'added' date of new papers (default: today).")
    LocalDate added;

    @Option(names = "--update", description = "For papers already there, fill the fields their file lacks.")
    boolean update;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    boolean dryRun;


    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SourceFormat.ids().iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        SourceFormat forced = null;
        if (format != null) {
            forced = SourceFormat.byId(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "'; one of: " + String.join(", ", SourceFormat.ids())));
        }
        Path papers = digest.source.resolve(BuildOptions.CONTENT_DIR).resolve("papers");
        try (DigestLock lock = dryRun ? null : DigestLock.acquire("import", digest.source,
                digest.source.resolve(BuildOptions.CACHE_DIR), m -> {
                    err.println(m);
                    err.flush();
                })) {
            return run(papers, forced, out, err);
        }
    }

    private int run(Path papers, SourceFormat forced, java.io.PrintWriter out, java.io.PrintWriter err) throws Exception {
        Importer importer = new Importer(papers, BuildOptions.CONTENT_DIR + "/papers",
                new Importer.Options(added != null ? added : LocalDate.now(), update, dryRun, forced));
        for (String f : files) {
            if (f.equals("-")) {
                try (InputStream in = System.in) {
                    importer.importBytes(in.readNBytes((int) Importer.MAX_SOURCE_BYTES + 1), "<stdin>");
                }
            } else if (!Files.isRegularFile(Path.of(f))) {
                importer.report().diagnostics().error(dev.paperdigest.diag.SourcePos.of(f), "file not found",
                        "check the path");
            } else {
                importer.importFile(Path.of(f), f);
            }
        }
        ImportReport r = importer.report();
        r.lines().forEach(out::println);
        err.print(r.diagnostics().report());
        out.println(r.summary() + (dryRun ? " (dry run: nothing written)" : ""));
        out.flush();
        err.flush();
        return r.diagnostics().hasErrors() ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
