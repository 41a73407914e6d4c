package dev.paperdigest.cli;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated digests and mutated import files, as a stranger's pull request might bring them: every
 * run ends in exit 0 or 1, every error names its file, no stack trace, a failed build leaves the
 * previous site byte for byte, and what an import writes builds. {@value #DIGESTS} digests and
 * {@value #IMPORTS} import files in {@code verify}; {@code -Dmutation.digests=300 -Dmutation.imports=200}
 * for the measurement in the README.
 */
class MutationTest {
    static final int DIGESTS = 40;
    static final int IMPORTS = 30;
    /** An error or warning line: a path (with line and column where there is one), then what is wrong. */
    static final Pattern MESSAGE = Pattern.compile("^(?:\\S.*?)(?::\\d+:\\d+)?: (?:error|warning): .+");
    static final String[] TOKENS = {"---\n", ":", ": ", "[", "]", "{", "}", "\"", "'", "\t", "\n", "- ", "#", "&a", "*b",
            "!!binary ", "\u0000", "\uFEFF", "\u202E", "<script>alert(1)</script>", "*".repeat(300), ">".repeat(300),
            "[".repeat(700), "`".repeat(200), "x".repeat(20_000), "title: ", "topics: [nope]", "date: 2026-13-45\n",
            "\\", "%", "@", "ü", "\uD83D\uDE00"};

    @TempDir
    Path tmp;

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out + "\n" + err);
    }

    /** One change to {@code bytes}: a token inserted, a range deleted or doubled, a byte replaced, the end cut. */
    static byte[] mutate(byte[] bytes, Random random) {
        int n = bytes.length;
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        byte[] out;
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                byte[] t = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                out = concat(Arrays.copyOfRange(bytes, 0, at), t, Arrays.copyOfRange(bytes, at, n));
            }
            case 2 -> {
                int end = Math.min(n, at + random.nextInt(40));
                out = concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, end, n));
            }
            case 3 -> {
                int end = Math.min(n, at + random.nextInt(60));
                out = concat(Arrays.copyOfRange(bytes, 0, end), Arrays.copyOfRange(bytes, at, n));
            }
            case 4 -> {
                out = bytes.clone();
                if (n > 0) out[Math.min(n - 1, at)] = (byte) random.nextInt(256); // invalid UTF-8 too
            }
            default -> out = Arrays.copyOfRange(bytes, 0, at);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int len = 0;
        for (byte[] p : parts) len += p.length;
        byte[] out = new byte[len];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    private static void assertWellSpoken(Run r, String what) {
        assertTrue(r.code() == 0 || r.code() == 1, what + ": exit " + r.code() + "\n" + r.out());
        assertFalse(r.out().contains("\tat ") || r.out().contains("Exception") || r.out().contains("internal error"), what + "\n" + r.out());
        for (String line : r.out().split("\n")) {
            if (line.contains(": error: ") || line.contains(": warning: ")) assertTrue(MESSAGE.matcher(line).matches(), what + ": " + line);
        }
        if (r.code() == 1) assertTrue(r.out().contains(": error: "), what + ": exit 1 without an error\n" + r.out());
    }

    @Test
    void mutatedDigestsBuildOrSayWhereTheyAreWrong() throws Exception {
        int count = Integer.getInteger("mutation.digests", DIGESTS);
        Random random = new Random(20261201);
        Path base = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("base"));
        Run first = run("build", "--source", base.toString(), "--no-cache");
        assertEquals(0, first.code(), first.out());
        TreeMap<String, byte[]> goodSite = TestFiles.tree(base.resolve("site"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(base.resolve("content"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int failed = 0;
        for (int i = 0; i < count; i++) {
            Path file = files.get(random.nextInt(files.size()));
            byte[] original = Files.readAllBytes(file);
            byte[] mutated = original;
            for (int k = 1 + random.nextInt(3); k > 0; k--) mutated = mutate(mutated, random);
            Files.write(file, mutated);
            String what = "digest " + i + " (" + base.relativize(file) + ")";
            try {
                Run r = run("build", "--source", base.toString(), "--no-cache");
                assertWellSpoken(r, what);
                if (r.code() == 1) {
                    failed++;
                    TreeMap<String, byte[]> after = TestFiles.tree(base.resolve("site"));
                    assertEquals(goodSite.keySet(), after.keySet(), what + ": the previous site is untouched");
                    for (Map.Entry<String, byte[]> e : goodSite.entrySet()) {
                        assertTrue(Arrays.equals(e.getValue(), after.get(e.getKey())), what + ": " + e.getKey());
                    }
                }
            } finally {
                Files.write(file, original);
                // the next mutation fails against the good site, whatever this one built
                Run restore = run("build", "--source", base.toString(), "--no-cache");
                assertEquals(0, restore.code(), restore.out());
            }
        }
        System.out.println("mutated digests: " + count + ", refused with positioned errors: " + failed + ", built: " + (count - failed));
    }

    @Test
    void mutatedImportFilesImportOrSayWhyAndWhatTheyWriteBuilds() throws Exception {
        int count = Integer.getInteger("mutation.imports", IMPORTS);
        Random random = new Random(20261202);
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestFiles.resources().resolve("import"))) {
            for (Path c : s.sorted().toList()) {
                try (Stream<Path> in = Files.list(c)) {
                    in.filter(p -> p.getFileName().toString().startsWith("input")).forEach(inputs::add);
                }
            }
        }
        int imported = 0;
        for (int i = 0; i < count; i++) {
            Path input = inputs.get(random.nextInt(inputs.size()));
            byte[] mutated = Files.readAllBytes(input);
            for (int k = 1 + random.nextInt(3); k > 0; k--) mutated = mutate(mutated, random);
            Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("import-" + i));
            Path file = Files.write(tmp.resolve("input-" + i + name(input)), mutated);
            String what = "import " + i + " (" + input.getParent().getFileName() + ")";
            Run r = run("import", "--source", root.toString(), "--added", "2026-11-26", file.toString());
            assertWellSpoken(r, what);
            Run b = run("build", "--source", root.toString(), "--no-cache");
            assertEquals(0, b.code(), what + ": what the import wrote does not build\n" + r.out() + "\n" + b.out());
            if (r.code() == 0) imported++;
            TestFiles.deleteTree(root);
        }
        System.out.println("mutated import files: " + count + ", imported: " + imported + ", refused: " + (count - imported));
    }

    private static String name(Path p) throws IOException {
        String n = p.getFileName().toString();
        return n.contains(".") ? n.substring(n.lastIndexOf('.')) : "";
    }
}
