package dev.paperdigest.cli;

import dev.paperdigest.build.BuildOptions;
import dev.paperdigest.importer.ImportReport;
import dev.paperdigest.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import}: papers from source files into content/papers/, never overwriting. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports papers into content/papers/ (one file each). Formats: the trending-page text dump.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--source", paramLabel = "DIR", description = "The digest's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--added", paramLabel = "YYYY-MM-DD", description = "The 'added' date of new papers (default: today).")
    LocalDate added;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path papers = source.resolve(BuildOptions.CONTENT_DIR).resolve("papers");
        Importer importer = new Importer(papers, BuildOptions.CONTENT_DIR + "/papers",
                added != null ? added : LocalDate.now());
        boolean failed = false;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(f + ": error: file not found");
                failed = true;
                continue;
            }
            ImportReport r = importer.importSeed(f, f.toString());
            r.added().forEach(a -> out.println("added " + a));
            r.present().forEach(p -> out.println(p));
            err.print(r.diagnostics().report());
            out.println(f + ": " + r.summary());
            failed |= r.diagnostics().hasErrors();
        }
        out.flush();
        err.flush();
        return failed ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
