package dev.remold.cli;

import static dev.remold.TestCommands.commitAll;
import static dev.remold.TestCommands.git;
import static dev.remold.TestCommands.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes, diff that git and patch accept, safe apply. */
class CliTest {
  @TempDir
  Path tmp;

  private Path copyExample() throws IOException {
    return dev.remold.TestTrees.copy(Path.of("examples/gen1-todo-app"), tmp.resolve("app"));
  }

  @Test
  void diffIsAcceptedByGitApplyAndPatchAndMatchesApply() throws Exception {
    Path app = copyExample();
    commitAll(app);
    Path patchFile = tmp.resolve("change.patch");
    CliRun diff = CliRun.of("diff", "-o", patchFile.toString(), app.toString());
    assertEquals(ExitCode.OK, diff.exitCode(), diff.err());
    assertTrue(Files.size(patchFile) > 0);
    git(app, "apply", "--check", patchFile.toString());

    // patch -p1 on a second copy gives exactly what `apply` writes into the first.
    Path viaPatch = tmp.resolve("via-patch");
    run(tmp, "cp", "-a", app.toString(), viaPatch.toString());
    run(viaPatch, "patch", "-s", "-p1", "-i", patchFile.toString());
    CliRun apply = CliRun.of("apply", app.toString());
    assertEquals(ExitCode.OK, apply.exitCode(), apply.err());
    for (String rel : List.of("src/App.js", "src/index.js", "src/components/SignInForm.js")) {
      assertArrayEquals(Files.readAllBytes(viaPatch.resolve(rel)), Files.readAllBytes(app.resolve(rel)), rel);
    }
    // A second apply changes nothing, and --check then passes.
    assertEquals(ExitCode.OK, CliRun.of("diff", "--check", app.toString()).exitCode());
  }

  @Test
  void checkExitsOneWhenSomethingWouldChange() throws IOException {
    Path app = copyExample();
    CliRun run = CliRun.of("diff", "--check", app.toString());
    assertEquals(ExitCode.CHANGES, run.exitCode());
    // package.json and .gitignore sort before src/, as in git's own diff.
    assertTrue(run.out().startsWith("diff --git a/.gitignore b/.gitignore"), run.out());
    assertTrue(run.out().contains("\ndiff --git a/package.json b/package.json\n"), run.out());
    assertTrue(run.out().contains("\ndiff --git a/src/App.js b/src/App.js\n"), run.out());
  }

  @Test
  void applyRefusesFilesWithUncommittedChanges() throws Exception {
    Path app = copyExample();
    commitAll(app);
    Path signIn = app.resolve("src/components/SignInForm.js");
    Files.writeString(signIn, Files.readString(signIn) + "// local edit\n");
    byte[] before = Files.readAllBytes(app.resolve("src/App.js"));
    CliRun run = CliRun.of("apply", app.toString());
    assertEquals(ExitCode.FILES_FAILED, run.exitCode());
    assertTrue(run.err().contains("uncommitted changes") && run.err().contains("SignInForm.js"), run.err());
    assertArrayEquals(before, Files.readAllBytes(app.resolve("src/App.js")), "nothing is written when refusing");
    assertEquals(ExitCode.OK, CliRun.of("apply", "--allow-dirty", app.toString()).exitCode());
    assertTrue(Files.readString(signIn).contains("await signIn({ username, password });"));
  }

  @Test
  void anUncommittedPackageJsonIsRefusedLikeASourceFile() throws Exception {
    Path app = copyExample();
    commitAll(app);
    Path pkg = app.resolve("package.json");
    String mine = Files.readString(pkg).replace("\"react-scripts\": \"5.0.1\"", "\"react-scripts\": \"5.0.2\"");
    Files.writeString(pkg, mine);
    byte[] before = Files.readAllBytes(app.resolve("src/App.js"));
    CliRun run = CliRun.of("apply", app.toString());
    assertEquals(ExitCode.FILES_FAILED, run.exitCode());
    assertTrue(run.err().contains("uncommitted changes") && run.err().contains("package.json"), run.err());
    assertArrayEquals(before, Files.readAllBytes(app.resolve("src/App.js")), "nothing is written when refusing");
    assertEquals(ExitCode.OK, CliRun.of("apply", "--allow-dirty", app.toString()).exitCode());
    assertEquals(mine.replace("\"^5.3.11\"", "\"^6.22.1\"").replace("\"^5.3.1\"", "\"^6.0.0\""), Files.readString(pkg),
        "the local edit stays, the bumps join it");
  }

  @Test
  void applyKeepsPermissionsBomAndLineEndings() throws IOException {
    Path dir = tmp.resolve("p");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"5.3.0\"}}");
    Path f = dir.resolve("login.js");
    byte[] text = "\uFEFFimport { Auth } from 'aws-amplify';\r\nAuth.signOut(a);".getBytes(StandardCharsets.UTF_8);
    Files.write(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
    assertEquals(ExitCode.OK, CliRun.of("apply", dir.toString()).exitCode());
    assertEquals("\uFEFFimport { signOut } from 'aws-amplify/auth';\r\nsignOut(a);",
        Files.readString(f, StandardCharsets.UTF_8));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temp files are left behind");
    }
  }

  @Test
  void packPreconditionSkipsV6ProjectsUnlessForced() throws IOException {
    Path dir = tmp.resolve("v6");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"^6.2.0\"}}");
    Files.writeString(dir.resolve("a.js"), "import { Auth } from 'aws-amplify';\nAuth.signIn(a, b);\n");
    CliRun run = CliRun.of("diff", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("pack amplify-gen2 skipped") && run.err().contains("aws-amplify < 6")
        && run.err().contains("--force"), run.err());
    CliRun forced = CliRun.of("diff", "--force", dir.toString());
    assertTrue(forced.out().contains("+signIn({ username: a, password: b });"), forced.out());
  }

  @Test
  void everyProblemInEveryRuleFileIsReportedWithFileAndLine() throws IOException {
    Path pack = tmp.resolve("my-rules");
    Files.createDirectories(pack);
    Files.writeString(pack.resolve("a.yaml"), """
        id: bad-one
        description: unknown key below
        safety: SAFE
        rule: foo($X)
        fix: bar($X)
        colour: blue
        """);
    Files.writeString(pack.resolve("b.yaml"), """
        id: bad-two
        description: broken pattern and unknown variable
        safety: SAFE
        rule:
          pattern: foo(
        fix: bar($Y)
        """);
    Path app = copyExample();
    CliRun run = CliRun.of("diff", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.RULE_ERRORS, run.exitCode());
    assertEquals("", run.out(), "nothing is rewritten when rules are broken");
    assertTrue(run.err().contains("a.yaml:6: unknown key `colour`"), run.err());
    assertTrue(run.err().contains("b.yaml:5: bad pattern `foo(`"), run.err());
    assertTrue(run.err().contains("b.yaml:6: fix uses $Y"), run.err());
  }

  @Test
  void packOptionsAreCheckedAgainstThePackThatDeclaresThem() throws IOException {
    Path pack = tmp.resolve("opt-rules");
    Files.createDirectories(pack);
    Files.writeString(pack.resolve("pack.yaml"), "options:\n  graphql: [models, client]\n");
    Files.writeString(pack.resolve("a.yaml"), """
        id: opt-one
        description: a value the pack does not list
        safety: SAFE
        when: { option: graphql=both }
        rule: foo($X)
        fix: bar($X)
        ---
        id: opt-two
        description: an option the pack does not declare
        safety: SAFE
        unless: { option: datastore=rewrite }
        rule: foo($X)
        fix: baz($X)
        """);
    Path app = copyExample();
    CliRun run = CliRun.of("diff", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.RULE_ERRORS, run.exitCode());
    assertTrue(run.err().contains("a.yaml:4: option graphql takes one of models, client, not `both`"), run.err());
    assertTrue(run.err().contains("a.yaml:11: option `datastore=rewrite` must be NAME=VALUE with a NAME the pack declares"), run.err());
    CliRun bogus = CliRun.of("diff", "--graphql=everything", app.toString());
    assertEquals(ExitCode.USAGE, bogus.exitCode());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCode.USAGE, CliRun.of("diff").exitCode());
    assertEquals(ExitCode.USAGE, CliRun.of("diff", "/no/such/folder").exitCode());
    assertEquals(ExitCode.USAGE, CliRun.of("frobnicate").exitCode());
    assertEquals(ExitCode.USAGE, CliRun.of("diff", "--datastore=offline", ".").exitCode());
    // Usage errors found while a command runs reach the caller's stderr, not the process's.
    assertTrue(CliRun.of("diff", "/no/such/folder").err().contains("remold: no such file or folder: /no/such/folder"));
    assertTrue(CliRun.of("diff", "--datastore=offline", ".").err().contains("unknown value \"offline\""));
  }

  @Test
  void brokenFilesAreReportedAndLeftAlone() throws IOException {
    Path dir = tmp.resolve("broken");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"^5.0.0\"}}");
    Files.writeString(dir.resolve("syntax.js"), "import { Auth } from 'aws-amplify';\nAuth.signOut(a b);\n");
    // The syntax error is far from the match: the call is rewritten and the error is noted.
    Files.writeString(dir.resolve("elsewhere.js"), "import { Auth } from 'aws-amplify';\nAuth.signOut();\nfunction broken( {\n");
    Files.write(dir.resolve("binary.js"), new byte[] {'A', 0, 'B'});
    Files.write(dir.resolve("latin1.js"), new byte[] {'x', '=', '"', (byte) 0xE9, '"', ';'});
    Files.writeString(dir.resolve("ok.js"), "import { Auth } from 'aws-amplify';\nAuth.signOut();\n");
    CliRun run = CliRun.of("apply", "--allow-dirty", dir.toString());
    assertEquals(ExitCode.FILES_FAILED, run.exitCode(), run.err());
    assertTrue(run.err().contains("failed  syntax.js: the file does not parse (syntax error at line 2)"), run.err());
    assertTrue(run.err().contains("skipped binary.js: binary file"), run.err());
    assertTrue(run.err().contains("skipped latin1.js: not UTF-8 text"), run.err());
    assertFalse(run.err().contains("Exception"), "no stack traces: " + run.err());
    assertEquals("import { Auth } from 'aws-amplify';\nAuth.signOut(a b);\n", Files.readString(dir.resolve("syntax.js")));
    assertTrue(run.err().contains("note    elsewhere.js: the file has syntax errors (first at line 3)"), run.err());
    assertEquals("import { signOut } from 'aws-amplify/auth';\nsignOut();\nfunction broken( {\n", Files.readString(dir.resolve("elsewhere.js")));
    assertEquals("import { signOut } from 'aws-amplify/auth';\nsignOut();\n", Files.readString(dir.resolve("ok.js")));
  }

  @Test
  void oversizedFilesAreSkippedWithTheLimitNamed() throws IOException {
    Path dir = tmp.resolve("big");
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      lines.add("Auth.signIn(user" + i + ", password); // " + "x".repeat(20));
    }
    Files.write(dir.resolve("huge.js"), lines);
    CliRun run = CliRun.of("diff", "--force", "--max-file-size", "64KB", dir.toString());
    assertEquals("", run.out());
    assertTrue(run.err().contains("skipped huge.js: larger than 64 KiB"), run.err());
  }
}
