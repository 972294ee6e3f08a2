package dev.remold.cli;

import static dev.remold.TestCommands.commitAll;
import static dev.remold.TestCommands.git;
import static dev.remold.TestCommands.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New files that rules ask for (a module their rewrites import): one per project however many files ask, shown
 * as a diff from /dev/null, created by apply only where nothing stands, and left alone by a second run.
 */
class NewFileTest {
  @TempDir
  Path tmp;

  /** A rule that turns legacy.hello() into hello() imported from lib/hello.js, which it asks to create. */
  private static final String RULE = """
      export const meta = { id: 'hello-module', description: 'legacy.hello() → hello() from lib/hello', safety: 'SAFE' };
      export const match = 'legacy.hello()';
      export function fix(match, api) {
        const hello = api.addImport('hello', api.project.pathToRoot('lib/hello'));
        api.createFile('lib/hello.js', TEXT);
        return hello + '()';
      }
      """;

  private static final String HELLO = "export function hello() {\n  return 'hello';\n}\n";

  private Path pack(String rule) throws IOException {
    Path pack = Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(pack.resolve("hello.js"), rule);
    return pack;
  }

  private Path app() throws IOException {
    return app("app");
  }

  private Path app(String name) throws IOException {
    Path pages = Files.createDirectories(tmp.resolve(name + "/src/pages"));
    Files.writeString(pages.resolve("a.js"), "legacy.hello();\n");
    Files.writeString(pages.resolve("b.js"), "export const x = legacy.hello();\n");
    Files.writeString(tmp.resolve(name + "/package.json"), "{ \"name\": \"app\" }\n");
    return tmp.resolve(name);
  }

  private static String jsString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private String rule(String text) {
    return RULE.replace("TEXT", text);
  }

  @Test
  void theNewFileIsOneDiffFromDevNullThatGitApplyAndPatchCreate() throws Exception {
    Path app = app();
    Path pack = pack(rule(jsString(HELLO)));
    Path patch = tmp.resolve("change.patch");
    CliRun diff = CliRun.of("diff", "--rules", pack.toString(), "-o", patch.toString(), app.toString());
    assertEquals(ExitCode.OK, diff.exitCode(), diff.err());
    String text = Files.readString(patch);
    assertTrue(text.contains("""
        diff --git a/lib/hello.js b/lib/hello.js
        new file mode 100644
        --- /dev/null
        +++ b/lib/hello.js
        @@ -0,0 +1,3 @@
        +export function hello() {
        """), text);
    assertEquals(1, text.split("\\+\\+\\+ b/lib/hello.js", -1).length - 1, "two files ask, one file is made: " + text);
    assertTrue(text.contains("+import { hello } from '../../lib/hello';"), text);
    assertTrue(diff.err().contains("3 would change"), diff.err());

    commitAll(app);
    git(app, "apply", "--check", patch.toString());
    run(app, "patch", "-s", "-p1", "-i", patch.toString());
    assertEquals(HELLO, Files.readString(app.resolve("lib/hello.js")));
  }

  @Test
  void applyCreatesTheFileAndASecondRunChangesNothing() throws Exception {
    Path app = app();
    Path pack = pack(rule(jsString(HELLO)));
    commitAll(app);
    CliRun apply = CliRun.of("apply", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.OK, apply.exitCode(), apply.err());
    assertEquals(HELLO, Files.readString(app.resolve("lib/hello.js")));
    assertEquals("import { hello } from '../../lib/hello';\n\nhello();\n", Files.readString(app.resolve("src/pages/a.js")));

    commitAll(app);
    CliRun again = CliRun.of("diff", "--check", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.OK, again.exitCode(), again.out() + again.err());
    assertEquals("", again.out());
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndTheRunSaysSo() throws Exception {
    Path app = app();
    Files.createDirectories(app.resolve("lib"));
    Files.writeString(app.resolve("lib/hello.js"), "export const hello = () => 'mine';\n");
    Path pack = pack(rule(jsString(HELLO)));
    commitAll(app);
    CliRun apply = CliRun.of("apply", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.OK, apply.exitCode(), apply.err());
    assertEquals("export const hello = () => 'mine';\n", Files.readString(app.resolve("lib/hello.js")));
    assertTrue(apply.err().contains("lib/hello.js exists already and was left as it is"), apply.err());
    assertTrue(Files.readString(app.resolve("src/pages/a.js")).startsWith("import { hello }"));
  }

  @Test
  void filesThatAskForDifferentContentsGetNoFileAndAFailure() throws Exception {
    Path app = app();
    // The text depends on the file that asks: the two requests disagree.
    Path pack = pack(rule("'// ' + match.node.parent.type"));
    CliRun diff = CliRun.of("diff", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.FILES_FAILED, diff.exitCode(), diff.err());
    assertFalse(diff.out().contains("lib/hello.js"), diff.out());
    assertTrue(diff.err().contains("lib/hello.js") && diff.err().contains("different contents"), diff.err());
  }

  @Test
  void aPathOutsideTheProjectFailsTheFileThatAsks() throws Exception {
    Path app = app();
    Path pack = pack(RULE.replace("'lib/hello.js'", "'../outside.js'").replace("TEXT", "''"));
    CliRun diff = CliRun.of("diff", "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.FILES_FAILED, diff.exitCode(), diff.err());
    assertTrue(diff.err().contains("must stay inside the project"), diff.err());
    assertFalse(Files.exists(tmp.resolve("outside.js")));
  }

  @Test
  void theInteractiveReviewAsksAboutTheNewFileToo() throws Exception {
    Path app = app();
    Path pack = pack(rule(jsString(HELLO)));
    commitAll(app);
    // No to the new file (it sorts first), yes to both rewrites. package.json and .gitignore are left out: the answers
    // are about the code and the new file.
    CliRun review = CliRun.withInput("n\ny\ny\n", "apply", "-i", "--exclude", "package.json", "--exclude", ".gitignore",
        "--rules", pack.toString(), app.toString());
    assertEquals(ExitCode.OK, review.exitCode(), review.err());
    assertTrue(review.out().contains("new file mode 100644\n--- /dev/null\n+++ b/lib/hello.js\n"), review.out());
    assertFalse(Files.exists(app.resolve("lib/hello.js")));

    Path other = app("other");
    commitAll(other);
    CliRun yes = CliRun.withInput("y\na\na\n", "apply", "-i", "--exclude", "package.json", "--exclude", ".gitignore",
        "--rules", pack.toString(), other.toString());
    assertEquals(ExitCode.OK, yes.exitCode(), yes.err());
    assertTrue(yes.out().contains("Wrote lib/hello.js (1 of 1 change)."), yes.out());
    assertEquals(HELLO, Files.readString(other.resolve("lib/hello.js")));
  }
}
