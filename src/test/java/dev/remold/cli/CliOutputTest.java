package dev.remold.cli;

import static dev.remold.report.SarifAssertions.assertValidSarif;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outputs around a run: audit, --report, --format json/sarif, --quiet, colours and the final summary line. */
class CliOutputTest {
  private static final String EXAMPLE = "examples/gen1-todo-app";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private Path copyExample() throws IOException {
    return dev.remold.TestTrees.copy(Path.of(EXAMPLE), tmp.resolve("app"));
  }

  private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
    Map<Path, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.isEmpty() ? "" : lines.getLast();
  }

  @Test
  void auditWritesNothingAndExitsZero() throws IOException {
    Path app = copyExample();
    Map<Path, byte[]> before = snapshot(app);
    CliRun run = CliRun.of("audit", app.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Amplify Gen 1 audit of `" + app + "`"), run.out());
    assertEquals("remold: 18 places using Amplify Gen 1 in 6 of 10 files: 13 to rewrite, 5 to review, 0 for manual work;"
        + " 0 skipped, 0 failed", run.err().strip());
    Map<Path, byte[]> after = snapshot(app);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((p, bytes) -> assertArrayEquals(bytes, after.get(p), p.toString()));
  }

  @Test
  void auditListsFailedFilesAsManualWorkAndStillExitsZero() throws IOException {
    Path dir = tmp.resolve("broken");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"^5.0.0\"}}");
    Files.writeString(dir.resolve("syntax.js"), "import { Auth } from 'aws-amplify';\nAuth.signOut(a b);\n");
    Files.writeString(dir.resolve("files.js"), "import { Storage } from 'aws-amplify';\nStorage.put(key, file, { customPrefix: { public: 'x/' } });\n");
    CliRun run = CliRun.of("audit", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("- [ ] `syntax.js` could not be processed: the file does not parse"), run.out());
    assertTrue(run.out().contains("- [ ] `files.js:2` STO-01, leave for manual work: "), run.out());
    assertTrue(run.out().contains("| Storage | 1 |"), run.out());
  }

  @Test
  void auditFromTheCurrentFolderByDefault() {
    CliRun usage = CliRun.of("audit", "a", "b");
    assertEquals(ExitCode.USAGE, usage.exitCode(), "audit takes one folder");
    CliRun run = CliRun.of("audit", "--include", "no-such-file-*.js");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Amplify Gen 1 audit of `.`"), run.out());
  }

  @Test
  void auditJsonAndSarifAreForTools() throws Exception {
    CliRun json = CliRun.of("audit", "--json", EXAMPLE);
    assertEquals(ExitCode.OK, json.exitCode(), json.err());
    JsonNode doc = JSON.readTree(json.out());
    assertEquals("audit", doc.get("command").asText());
    assertEquals("before", doc.get("lines").get("markers").asText());
    assertEquals(18, doc.get("totals").get("sites").asInt(), "15 in the code, 3 in package.json and .gitignore");
    assertEquals(doc.toString(), JSON.readTree(CliRun.of("audit", "--format", "JSON", EXAMPLE).out()).toString());

    CliRun sarif = CliRun.of("audit", "--format", "sarif", EXAMPLE);
    assertEquals(ExitCode.OK, sarif.exitCode(), sarif.err());
    JsonNode log = assertValidSarif(sarif.out());
    JsonNode results = log.get("runs").get(0).get("results");
    assertEquals(7, results.size(), "the five places to review (one in package.json) and two notes");
    // Paths are relative to the working directory, so a run from the repository root fits code scanning.
    assertEquals("examples/gen1-todo-app/package.json",
        results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
  }

  @Test
  void diffSarifReplacesTheDiffOnStdout() throws Exception {
    CliRun run = CliRun.of("diff", "--format", "sarif", EXAMPLE);
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertFalse(run.out().contains("diff --git"));
    assertEquals(7, assertValidSarif(run.out()).get("runs").get(0).get("results").size());
    Path out = tmp.resolve("remold.sarif");
    assertEquals(ExitCode.OK, CliRun.of("diff", "--format", "sarif", "-o", out.toString(), EXAMPLE).exitCode());
    assertEquals(run.out(), Files.readString(out));
  }

  @Test
  void diffJsonTellsCiScriptsWhatWouldChange() throws Exception {
    CliRun run = CliRun.of("diff", "--json", EXAMPLE);
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("diff", doc.get("command").asText());
    assertEquals(6, doc.get("totals").get("changed").asInt(), "four source files, package.json and .gitignore");
    assertEquals(18, doc.get("totals").get("edits").asInt());
    assertEquals(6, doc.get("totals").get("markers").asInt(), "markers the diff leaves in the code");
    assertEquals(".gitignore", doc.get("files").get(0).get("path").asText());
    assertEquals("package.json", doc.get("files").get(1).get("path").asText());
    assertEquals(7, doc.get("files").get(1).get("sites").get(1).get("line").asInt(), "the aws-amplify line");
    assertEquals("src/App.js", doc.get("files").get(2).get("path").asText());
    assertEquals(20, doc.get("files").get(2).get("sites").get(0).get("line").asInt());
  }

  @Test
  void applyWritesTheReportAndJsonAndTheMarkersItLeft() throws Exception {
    Path app = copyExample();
    Path md = tmp.resolve("report.md");
    Path json = tmp.resolve("report.json");
    CliRun run = CliRun.of("apply", "--allow-dirty", "--json", "--report", md.toString(), app.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(Files.readString(md).startsWith("## Amplify Gen 1 → Gen 2 migration\n\nremold rewrote 6 of 10 files"));
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("apply", doc.get("command").asText());
    assertEquals(6, doc.get("totals").get("changed").asInt());

    // Run again: nothing changes, the markers are still in the code, and the audit lists them as work left.
    CliRun again = CliRun.of("apply", "--allow-dirty", "--report", json.toString(), app.toString());
    assertEquals(ExitCode.OK, again.exitCode(), again.err());
    JsonNode second = JSON.readTree(Files.readString(json));
    assertEquals(0, second.get("totals").get("changed").asInt());
    assertEquals(6, second.get("totals").get("markers").asInt());
    CliRun audit = CliRun.of("audit", app.toString());
    assertTrue(audit.out().contains("## Manual work left (4)"), audit.out());
    assertTrue(audit.out().contains("- [ ] `src/App.js:20` DATA-01, marker already in the code: list() resolves"), audit.out());
    JsonNode sarif = assertValidSarif(CliRun.of("audit", "--format", "sarif", app.toString()).out());
    assertEquals(6, sarif.get("runs").get(0).get("results").size(), "four TODO and two NOTE markers");
  }

  @Test
  void contradictoryOrUnknownFormatsAreUsageErrors() {
    Path report = tmp.resolve("report.txt");
    CliRun run = CliRun.of("diff", "--report", report.toString(), EXAMPLE);
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("--report: name the file .md (Markdown) or .json (JSON)"), run.err());
    assertEquals("", run.out(), "nothing runs");
    assertFalse(Files.exists(report));
    assertEquals(ExitCode.USAGE, CliRun.of("diff", "--json", "--format", "sarif", EXAMPLE).exitCode());
    assertEquals(ExitCode.USAGE, CliRun.of("diff", "--format", "xml", EXAMPLE).exitCode());
    assertEquals(ExitCode.USAGE, CliRun.of("audit", "--format", "diff", EXAMPLE).exitCode());
    assertEquals(ExitCode.USAGE, CliRun.of("apply", "--report", "r.html", EXAMPLE).exitCode());
  }

  @Test
  void theDiffIsColouredOnATerminalOnly() throws IOException {
    Environment terminal = new Environment(true, Map.of(), Path.of(""));
    String green = "\u001b[32m";
    CliRun colored = CliRun.in(terminal, "diff", EXAMPLE);
    assertTrue(colored.out().contains(green + "+import { generateClient } from 'aws-amplify/data';\u001b[m\n"), colored.out());
    assertFalse(colored.err().contains("\u001b["), "the summary is plain");
    String plain = CliRun.of("diff", EXAMPLE).out();
    assertFalse(plain.contains("\u001b["));
    assertEquals(plain, colored.out().replaceAll("\u001b\\[[0-9;]*m", ""));
    assertEquals(plain, CliRun.in(terminal, "diff", "--no-color", EXAMPLE).out());
    assertEquals(plain, CliRun.in(new Environment(true, Map.of("NO_COLOR", "1"), Path.of("")), "diff", EXAMPLE).out());
    // An empty NO_COLOR does not count (no-color.org).
    assertTrue(CliRun.in(new Environment(true, Map.of("NO_COLOR", ""), Path.of("")), "diff", EXAMPLE).out().contains(green));
    Path patch = tmp.resolve("x.patch");
    CliRun.in(terminal, "diff", "-o", patch.toString(), EXAMPLE);
    assertEquals(plain, Files.readString(patch), "a file gets no colours");
    assertFalse(CliRun.in(terminal, "diff", "--json", EXAMPLE).out().contains("\u001b["));
  }

  @Test
  void theSummaryEndsWithOneLineAndQuietKeepsOnlyProblems() throws IOException {
    CliRun diff = CliRun.of("diff", EXAMPLE);
    assertEquals("remold: 10 files scanned: 6 would change (18 edits), 4 unchanged, 0 skipped, 0 failed;"
        + " 5 places to review, 0 for manual work", lastLine(diff.err()));
    CliRun quiet = CliRun.of("diff", "--quiet", EXAMPLE);
    assertEquals("", quiet.err());
    assertEquals(diff.out(), quiet.out());
    assertEquals("", CliRun.of("audit", "-q", EXAMPLE).err());

    Path dir = tmp.resolve("broken");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"^5.0.0\"}}");
    Files.writeString(dir.resolve("syntax.js"), "import { Auth } from 'aws-amplify';\nAuth.signOut(a b);\n");
    Files.writeString(dir.resolve("ok.js"), "import { Auth } from 'aws-amplify';\nAuth.signOut();\n");
    CliRun apply = CliRun.of("apply", "--allow-dirty", "-q", dir.toString());
    assertEquals(ExitCode.FILES_FAILED, apply.exitCode());
    assertTrue(apply.err().startsWith("failed  syntax.js: the file does not parse"), apply.err());
    assertEquals(1, apply.err().lines().count(), apply.err());
    CliRun again = CliRun.of("apply", "--allow-dirty", dir.toString());
    assertEquals("remold: 2 files scanned: 0 written (0 edits), 1 unchanged, 0 skipped, 1 failed; 0 places to review,"
        + " 0 for manual work", lastLine(again.err()));
  }
}
