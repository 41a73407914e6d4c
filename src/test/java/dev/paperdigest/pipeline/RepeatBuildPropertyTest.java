package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever happens between two builds (content, theme, settings, options, links, the site or the
 * cache changed by hand), a repeat build with the cache leaves the same bytes as a clean build. Runs
 * random sequences of steps, {@value #STEPS} steps in all, and compares after every one.
 */
class RepeatBuildPropertyTest {
    static final int TRIES = 5;
    static final int STEPS_PER_TRY = 44;
    static final int STEPS = TRIES * STEPS_PER_TRY;

    /** What can happen between two builds. */
    enum Step {
        EDIT_PAPER, ADD_PAPER, DELETE_PAPER, DRAFT_TOGGLE, EDIT_PAGE_TEMPLATE, EDIT_LAYOUT, EDIT_STATIC, ADD_STATIC,
        EDIT_SITE_YAML, EDIT_TOPICS_YAML, BASE_URL, DRAFTS_OPTION, OTHER_OUT, LINK_PAPER, EDIT_LINK_TARGET,
        EDIT_SITE_FILE, ADD_SITE_FILE, DELETE_SITE_FILE, DELETE_SITE, DELETE_CACHE, NOTHING
    }

    private Path tmp;
    private int builds;

    @BeforeProperty
    void folder() throws IOException {
        tmp = Files.createTempDirectory("repeat-builds");
    }

    @AfterProperty
    void cleanUp() {
        TestFiles.deleteTree(tmp);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofSize(STEPS_PER_TRY);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1_000).list().ofSize(STEPS_PER_TRY);
    }

    @Property(tries = TRIES, seed = "20261201")
    void aRepeatBuildIsTheCleanBuild(@ForAll("steps") List<Step> steps, @ForAll("picks") List<Integer> picks) throws Exception {
        World w = new World(tmp.resolve("try-" + builds++));
        w.build();
        for (int i = 0; i < steps.size(); i++) {
            w.apply(steps.get(i), picks.get(i));
            BuildResult r = w.build();
            assertTrue(r.ok(), "after " + steps.subList(0, i + 1) + ": " + r.diagnostics().report());
            w.assertSameAsClean("after " + steps.subList(0, i + 1));
        }
    }

    /** A digest, its options, and what the steps do to it. */
    private static final class World {
        final Path base;
        final Path root;
        String baseUrl;
        boolean drafts;
        Path out;
        int n;

        World(Path base) throws IOException {
            this.base = base;
            this.root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), base.resolve("digest"));
            TestFiles.copy(Path.of("themes"), root.resolve("themes"));
            Files.createDirectories(base.resolve("outside"));
            out = root.resolve("site");
        }

        BuildResult build() throws IOException {
            return new Build("t").run(new BuildOptions(root, out, baseUrl, drafts, root.resolve(".cache")));
        }

        void assertSameAsClean(String when) throws IOException {
            Path fresh = base.resolve("clean-" + n++);
            BuildResult r = new Build("t").run(new BuildOptions(root, fresh, baseUrl, drafts));
            assertTrue(r.ok(), r.diagnostics().report());
            TreeMap<String, byte[]> expected = TestFiles.tree(fresh);
            TreeMap<String, byte[]> actual = TestFiles.tree(out);
            assertEquals(expected.keySet(), actual.keySet(), when);
            for (Map.Entry<String, byte[]> e : expected.entrySet()) {
                assertTrue(Arrays.equals(e.getValue(), actual.get(e.getKey())), when + ": " + e.getKey());
            }
            assertEquals(TestFiles.subdirs(fresh), TestFiles.subdirs(out), when + ": folders");
            TestFiles.deleteTree(fresh);
        }

        private Path papers() {
            return root.resolve("content/papers");
        }

        private Path pick(Path dir, int pick, String suffix) throws IOException {
            List<Path> all = new ArrayList<>();
            try (var s = Files.walk(dir)) {
                s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix)).sorted().forEach(all::add);
            }
            return all.isEmpty() ? null : all.get(pick % all.size());
        }

        private static void append(Path file, String text) throws IOException {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        }

        void apply(Step step, int pick) throws IOException {
            switch (step) {
                case EDIT_PAPER -> {
                    Path p = pick(papers(), pick, ".md");
                    if (p != null && !Files.isSymbolicLink(p)) append(p, " More about robustness " + pick + ".\n");
                }
                case ADD_PAPER -> Files.writeString(papers().resolve("added-" + pick + "-" + n + ".md"),
                        "---\ntitle: \"Added paper " + pick + "\"\nadded: 2026-11-" + (10 + pick % 18) + "\n---\n\n"
                                + (pick % 2 == 0 ? "Diffusion models for generative images." : "Residual networks and adversarial attacks.") + "\n");
                case DELETE_PAPER -> {
                    Path p = pick(papers(), pick, ".md");
                    if (p != null) Files.delete(p);
                }
                case DRAFT_TOGGLE -> {
                    Path p = pick(papers(), pick, ".md");
                    if (p != null && !Files.isSymbolicLink(p)) {
                        String text = Files.readString(p);
                        Files.writeString(p, text.contains("draft: true\n") ? text.replace("draft: true\n", "")
                                : text.replaceFirst("---\n", "---\ndraft: true\n"));
                    }
                }
                case EDIT_PAGE_TEMPLATE -> {
                    Path t = pick(root.resolve("themes/default/templates"), pick, ".ftlh");
                    if (!t.endsWith("base.ftlh")) append(t, "<#-- edit " + pick + " -->\n");
                }
                case EDIT_LAYOUT -> {
                    Path base = root.resolve("themes/default/templates/base.ftlh");
                    Files.writeString(base, Files.readString(base).replaceFirst("</footer>", " " + pick + "</footer>"));
                }
                case EDIT_STATIC -> {
                    Path s = pick(root.resolve("themes/default/static"), pick, "");
                    append(s, "\n/* " + pick + " */\n");
                }
                case ADD_STATIC -> Files.writeString(root.resolve("themes/default/static/extra-" + pick + ".txt"), "extra " + pick);
                case EDIT_SITE_YAML -> {
                    Path s = root.resolve("content/site.yaml");
                    Files.writeString(s, Files.readString(s).replaceFirst("papers_per_page: \\d+", "papers_per_page: " + (1 + pick % 3))
                            .replaceFirst("description: \"[^\"]*\"", "description: \"Edit " + pick + "\""));
                }
                case EDIT_TOPICS_YAML -> {
                    Path t = root.resolve("content/topics.yaml");
                    Files.writeString(t, Files.readString(t).replaceFirst("description: \"Backbones[^\"]*\"",
                            "description: \"Backbones " + pick + "\""));
                }
                case BASE_URL -> baseUrl = pick % 3 == 0 ? null : pick % 3 == 1 ? "https://example.org/digest/" : "/sub/";
                case DRAFTS_OPTION -> drafts = !drafts;
                case OTHER_OUT -> out = out.endsWith("site") ? root.resolve("public") : root.resolve("site");
                case LINK_PAPER -> {
                    Path target = base.resolve("outside/linked-" + pick + ".md");
                    Files.writeString(target, "---\ntitle: \"Linked " + pick + "\"\nadded: 2026-10-01\n---\n\nGAN training.\n");
                    Path link = papers().resolve("linked-" + pick + ".md");
                    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, target);
                }
                case EDIT_LINK_TARGET -> {
                    Path t = pick(base.resolve("outside"), pick, ".md");
                    if (t != null) append(t, " Edited " + pick + ".\n");
                }
                case EDIT_SITE_FILE -> {
                    Path f = Files.isDirectory(out) ? pick(out, pick, ".html") : null;
                    if (f != null) append(f, "<!-- by hand -->");
                }
                case ADD_SITE_FILE -> {
                    if (Files.isDirectory(out)) {
                        Files.createDirectories(out.resolve("papers/by-hand"));
                        Files.writeString(out.resolve("papers/by-hand/index.html"), "stray " + pick);
                    }
                }
                case DELETE_SITE_FILE -> {
                    // not the marker: a folder without one is not ours, and a build refuses to replace it
                    Path f = Files.isDirectory(out) ? pick(out, pick, "l") : null;
                    if (f != null) Files.delete(f);
                }
                case DELETE_SITE -> TestFiles.deleteTree(out);
                case DELETE_CACHE -> TestFiles.deleteTree(root.resolve(".cache"));
                case NOTHING -> {
                }
            }
        }
    }
}
