package dev.paperdigest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Pages workflow runs the README's commands, passes the Pages base URL, and deploys with least permissions. */
class WorkflowTest {
    static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/pages.yml").toFile());
    }

    static List<String> runs(JsonNode job) {
        List<String> out = new ArrayList<>();
        for (JsonNode step : job.get("steps")) if (step.has("run")) out.add(step.get("run").asText().strip());
        return out;
    }

    static List<String> uses(JsonNode job) {
        List<String> out = new ArrayList<>();
        for (JsonNode step : job.get("steps")) if (step.has("uses")) out.add(step.get("uses").asText().replaceAll("@.*", ""));
        return out;
    }

    @Test
    void runsTheReadmesTestCommandAndCiRunsItToo() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```sh\\n(mvn[^\\n]*verify[^\\n]*)\\n```").matcher(readme);
        assertTrue(m.find(), "the README states its test command");
        String test = m.group(1).strip();
        assertTrue(runs(workflow().get("jobs").get("build")).contains(test), runs(workflow().get("jobs").get("build")).toString());
        assertTrue(Files.readString(Path.of(".ci/run")).lines().anyMatch(l -> l.strip().equals(test)));
    }

    @Test
    void buildsWithThePagesBaseUrlThenChecks() throws Exception {
        JsonNode build = workflow().get("jobs").get("build");
        List<String> runs = runs(build);
        String buildStep = runs.stream().filter(r -> r.contains("paper-digest.jar build")).findFirst().orElseThrow();
        assertTrue(buildStep.contains("--base-url \"${{ steps.pages.outputs.base_url"), buildStep);
        assertTrue(runs.indexOf(buildStep) < runs.indexOf(runs.stream().filter(r -> r.contains(" check")).findFirst().orElseThrow()));
        assertEquals(List.of("actions/checkout", "actions/setup-java", "actions/configure-pages", "actions/cache",
                "actions/upload-pages-artifact"), uses(build));
        assertEquals("site/", build.get("steps").get(build.get("steps").size() - 1).get("with").get("path").asText());
    }

    @Test
    void deploysOnlyFromTheDefaultBranchWithLeastPermissions() throws Exception {
        JsonNode w = workflow();
        assertEquals("read", w.get("permissions").get("contents").asText());
        assertEquals("write", w.get("permissions").get("pages").asText());
        assertEquals("write", w.get("permissions").get("id-token").asText());
        assertEquals(3, w.get("permissions").size());
        assertTrue(w.get("on").has("push") && w.get("on").has("workflow_dispatch") && w.get("on").has("pull_request"));
        assertEquals("false", w.get("concurrency").get("cancel-in-progress").asText());
        JsonNode deploy = w.get("jobs").get("deploy");
        assertEquals("github-pages", deploy.get("environment").get("name").asText());
        assertEquals(List.of("actions/deploy-pages"), uses(deploy));
        assertTrue(deploy.get("if").asText().contains("pull_request"), "pull requests do not deploy");
    }
}
