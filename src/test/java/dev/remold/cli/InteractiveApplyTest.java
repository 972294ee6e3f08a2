package dev.remold.cli;

import static dev.remold.TestCommands.commitAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.report.Hunk;
import dev.remold.report.Hunks;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apply --interactive} driven through stdin in-process: each answer, end of input, a subset that would not
 * parse, the dirty-tree check, colours, and a file changed on disk during the review.
 *
 * <p>The example app has 10 hunks: src/App.js 3 (imports and client, list, create), src/components/SignInForm.js 4
 * (import, sign-in and its catch, forgotPassword, forgotPasswordSubmit), src/hooks/useCurrentUser.js 2 (imports, the
 * effect) and src/index.js 1. Its package.json and .gitignore changes are left out with {@code --exclude}, so the
 * questions are about code; {@link #projectFilesAreReviewedLikeSourceFiles} and ExampleAppApprovalTest show them.
 */
class InteractiveApplyTest {
  private static final List<String> FILES =
      List.of("src/App.js", "src/components/SignInForm.js", "src/hooks/useCurrentUser.js", "src/index.js");

  @TempDir
  Path tmp;

  private Path app;
  /** What a plain apply writes, per file. */
  private Map<String, String> full;
  /** The example app as it is, per file. */
  private Map<String, String> original;

  @BeforeEach
  void copies() throws IOException {
    app = dev.remold.TestTrees.copy(Path.of("examples/gen1-todo-app"), tmp.resolve("app"));
    Path applied = dev.remold.TestTrees.copy(Path.of("examples/gen1-todo-app"), tmp.resolve("applied"));
    assertEquals(ExitCode.OK, CliRun.of("apply", "-q", applied.toString()).exitCode());
    original = read(app);
    full = read(applied);
  }

  private static Map<String, String> read(Path root) throws IOException {
    java.util.TreeMap<String, String> out = new java.util.TreeMap<>();
    for (String f : FILES) {
      out.put(f, Files.readString(root.resolve(f), StandardCharsets.UTF_8));
    }
    return out;
  }

  private String now(String file) throws IOException {
    return Files.readString(app.resolve(file), StandardCharsets.UTF_8);
  }

  /** Returns the file as it is with only the hunks of the given (0-based) numbers applied. */
  private String withHunks(String file, int... numbers) {
    List<Hunk> hunks = Hunks.of(original.get(file), full.get(file), List.of());
    return Hunks.apply(original.get(file), java.util.Arrays.stream(numbers).mapToObj(hunks::get).toList());
  }

  /** Returns the arguments of a run over the example app without its package.json and .gitignore changes. */
  private String[] onApp(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of(options));
    args.addAll(List.of("--exclude", "package.json", "--exclude", ".gitignore", app.toString()));
    return args.toArray(String[]::new);
  }

  @Test
  void projectFilesAreReviewedLikeSourceFiles() throws IOException {
    Path applied = tmp.resolve("applied");
    CliRun run = CliRun.withInput("y\n" + "n\n" + "q\n", "apply", "-i", app.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(Files.readString(applied.resolve(".gitignore")), Files.readString(app.resolve(".gitignore")));
    assertEquals(Files.readString(Path.of("examples/gen1-todo-app/package.json")), Files.readString(app.resolve("package.json")));
    assertTrue(run.out().contains("Wrote .gitignore (1 of 1 change)."), run.out());
    assertTrue(run.out().contains("Left package.json as it was (no change accepted)."), run.out());
    assertEquals(original, read(app), "q at the first source file writes none of them");

    CliRun again = CliRun.withInput("y\n" + "q\n", "apply", "-i", app.toString());
    assertEquals(ExitCode.OK, again.exitCode(), again.err());
    assertEquals(Files.readString(applied.resolve("package.json")), Files.readString(app.resolve("package.json")));
    assertTrue(Files.readString(app.resolve("package.json")).contains("\"aws-amplify\": \"^6.22.1\""));
  }

  private static int questions(CliRun run) {
    Matcher m = Pattern.compile("Apply this change\\? \\[y,n,a,d,q,\\?\\]").matcher(run.out());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void yesAndNoWriteExactlyTheAcceptedHunks() throws IOException {
    CliRun run = CliRun.withInput("y\nn\ny\n" + "n\nn\nn\nn\n" + "y\ny\n" + "n\n", onApp("apply", "--interactive"));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(10, questions(run));
    assertEquals(withHunks("src/App.js", 0, 2), now("src/App.js"));
    assertTrue(now("src/App.js").contains("await API.graphql(graphqlOperation(listTodos));"), "the list call was rejected");
    assertEquals(original.get("src/components/SignInForm.js"), now("src/components/SignInForm.js"));
    assertEquals(full.get("src/hooks/useCurrentUser.js"), now("src/hooks/useCurrentUser.js"));
    assertEquals(original.get("src/index.js"), now("src/index.js"));
    assertTrue(run.out().contains("Wrote src/App.js (2 of 3 changes)."), run.out());
    assertTrue(run.out().contains("Left src/components/SignInForm.js as it was (no change accepted)."), run.out());
    assertTrue(run.err().contains("review: 4 of 10 changes accepted\n"), run.err());
    assertTrue(run.err().endsWith("remold: 8 files scanned: 2 written (6 edits), 6 unchanged, 0 skipped, 0 failed;"
        + " 2 places to review, 0 for manual work\n"), run.err());
    // The imports were taken without the list rewrite: API is no longer imported where it is still called.
    assertTrue(run.out().contains("Note: src/App.js: " + InteractiveReview.SPLIT_NOTE + "."), run.out());
    assertTrue(run.err().contains("note    src/App.js: " + InteractiveReview.SPLIT_NOTE + "\n"), run.err());
  }

  @Test
  void aTakesTheRestOfAFileAndDLeavesIt() throws IOException {
    CliRun run = CliRun.withInput("n\na\n" + "y\nd\n" + "a\n" + "d\n", onApp("apply", "-i"));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(6, questions(run), "a and d answer for the rest of their file");
    assertEquals(withHunks("src/App.js", 1, 2), now("src/App.js"));
    assertEquals(withHunks("src/components/SignInForm.js", 0), now("src/components/SignInForm.js"));
    assertEquals(full.get("src/hooks/useCurrentUser.js"), now("src/hooks/useCurrentUser.js"));
    assertEquals(original.get("src/index.js"), now("src/index.js"));
    assertTrue(run.err().contains("review: 5 of 10 changes accepted\n"), run.err());
  }

  @Test
  void qStopsAndWritesWhatWasAcceptedSoFar() throws IOException {
    CliRun run = CliRun.withInput("a\n" + "y\nq\n" + "y\ny\ny\n", onApp("apply", "-i"));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(3, questions(run), "nothing is asked after q");
    assertEquals(full.get("src/App.js"), now("src/App.js"));
    assertEquals(withHunks("src/components/SignInForm.js", 0), now("src/components/SignInForm.js"));
    assertEquals(original.get("src/hooks/useCurrentUser.js"), now("src/hooks/useCurrentUser.js"));
    assertEquals(original.get("src/index.js"), now("src/index.js"));
    assertTrue(run.err().contains("review: 4 of 10 changes accepted\n"), run.err());
    // SignInForm.js got only its import hunk, which holds no rule match: its edits count none.
    assertTrue(run.err().contains(" 2 written (3 edits), 6 unchanged,"), run.err());
  }

  @Test
  void qAtTheFirstQuestionWritesNothing() throws IOException {
    CliRun run = CliRun.withInput("q\n", onApp("apply", "-i"));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(original, read(app));
    assertTrue(run.err().contains(" 0 written (0 edits), 8 unchanged,"), run.err());
  }

  @Test
  void endOfInputCountsAsQuit() throws IOException {
    CliRun none = CliRun.withInput("", onApp("apply", "-i"));
    assertEquals(ExitCode.OK, none.exitCode(), none.err());
    assertEquals(1, questions(none));
    assertTrue(none.out().contains("End of input: nothing more is applied."), none.out());
    assertEquals(original, read(app));

    CliRun one = CliRun.withInput("y\n", onApp("apply", "-i"));
    assertEquals(ExitCode.OK, one.exitCode(), one.err());
    assertEquals(withHunks("src/App.js", 0), now("src/App.js"));
    assertEquals(original.get("src/index.js"), now("src/index.js"));
  }

  @Test
  void helpAndUnknownAnswersAskAgain() throws IOException {
    CliRun run = CliRun.withInput("?\n\nyes please\n" + "maybe\nno\n" + "d\nd\nd\n", onApp("apply", "-i"));
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains(InteractiveReview.HELP), run.out());
    assertTrue(run.out().contains("Unknown answer \"maybe\"."), run.out());
    assertEquals(withHunks("src/App.js", 0), now("src/App.js"), "\"yes please\" is y, \"no\" is n");
  }

  /** A pack whose one rewrite changes two lines 9 lines apart: two hunks that only parse together. */
  private Path wrapProject() throws IOException {
    Path pack = Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(pack.resolve("wrap.yaml"), """
        id: legacy-to-modern
        description: legacy(x) becomes modern([x])
        safety: SAFE
        rule: legacy($X)
        fix: 'modern([$X])'
        """);
    Path dir = Files.createDirectories(tmp.resolve("wrap"));
    Files.writeString(dir.resolve("w.js"), "legacy({\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n  f: 6,\n  g: 7,\n  h: 8,\n});\n");
    Files.writeString(dir.resolve("ok.js"), "legacy(1);\n");
    return pack;
  }

  @Test
  void aSubsetThatDoesNotParseIsNotWritten() throws IOException {
    Path pack = wrapProject();
    Path dir = tmp.resolve("wrap");
    byte[] before = Files.readAllBytes(dir.resolve("w.js"));
    for (String answers : List.of("y\nn\n", "n\ny\n")) {
      // ok.js comes first and takes its one change.
      CliRun run = CliRun.withInput("y\n" + answers, "apply", "-i", "--rules", pack.toString(), dir.toString());
      assertEquals(ExitCode.FILES_FAILED, run.exitCode(), run.err());
      assertArrayEquals(before, Files.readAllBytes(dir.resolve("w.js")), answers);
      assertTrue(run.out().contains("Not written w.js: the changes accepted do not parse without the ones left out"
          + " (syntax error at line "), run.out());
      assertTrue(run.err().contains("failed  w.js: the changes accepted do not parse without the ones left out"), run.err());
      // The next file is reviewed all the same.
      assertEquals("modern([1]);\n", Files.readString(dir.resolve("ok.js")));
      Files.writeString(dir.resolve("ok.js"), "legacy(1);\n");
    }
    CliRun both = CliRun.withInput("n\ny\ny\n", "apply", "-i", "--rules", pack.toString(), dir.toString());
    assertEquals(ExitCode.OK, both.exitCode(), both.err());
    assertTrue(Files.readString(dir.resolve("w.js")).startsWith("modern([{\n"));
    assertTrue(Files.readString(dir.resolve("w.js")).endsWith("}]);\n"));
  }

  @Test
  void aPartialFileKeepsItsBomCrlfAndMissingFinalNewline() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bom"));
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"5.3.0\"}}");
    StringBuilder text = new StringBuilder("\uFEFFimport { Auth } from 'aws-amplify';\r\nAuth.signOut(a);\r\n");
    for (int i = 1; i <= 8; i++) {
      text.append("// ").append(i).append("\r\n");
    }
    text.append("Auth.signOut(b);");
    Path f = dir.resolve("login.js");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    CliRun run = CliRun.withInput("n\ny\n", "apply", "-i", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals(text.toString().replace("Auth.signOut(b);", "signOut(b);"), Files.readString(f, StandardCharsets.UTF_8));
    assertFalse(run.out().contains("Note:"), "both hunks hold a rule match: nothing was split from its imports");
  }

  @Test
  void uncommittedFilesAreRefusedBeforeAnyQuestion() throws Exception {
    commitAll(app);
    Files.writeString(app.resolve("src/index.js"), "// mine\n", StandardOpenOption.APPEND);
    CliRun run = CliRun.withInput("a\na\na\na\n", onApp("apply", "-i"));
    assertEquals(ExitCode.FILES_FAILED, run.exitCode());
    assertEquals("", run.out(), "no question is asked");
    assertTrue(run.err().contains("uncommitted changes") && run.err().contains("index.js"), run.err());
    assertEquals(original.get("src/App.js"), now("src/App.js"));

    CliRun allowed = CliRun.withInput("a\nd\nd\nd\n", onApp("apply", "-i", "--allow-dirty"));
    assertEquals(ExitCode.OK, allowed.exitCode(), allowed.err());
    assertEquals(full.get("src/App.js"), now("src/App.js"));
  }

  @Test
  void aFileChangedDuringTheReviewIsNotOverwritten() throws IOException {
    Path appJs = app.resolve("src/App.js");
    Reader sneaky = new Reader() {
      private final Reader answers = new StringReader("a\nd\nd\nd\n");
      private boolean edited;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (!edited) {
          // Someone saves the file while the first question is on screen.
          edited = true;
          Files.writeString(appJs, "// saved meanwhile\n", StandardOpenOption.APPEND);
        }
        return answers.read(buf, off, len);
      }

      @Override
      public void close() {}
    };
    CliRun run = CliRun.in(Environment.plain().withInput(sneaky), onApp("apply", "-i"));
    assertEquals(ExitCode.FILES_FAILED, run.exitCode(), run.err());
    assertEquals(original.get("src/App.js") + "// saved meanwhile\n", now("src/App.js"));
    assertTrue(run.err().contains("failed  src/App.js: changed on disk while remold ran"), run.err());
  }

  @Test
  void coloursOnlyOnATerminalWithoutNoColor() {
    Path here = Path.of("");
    CliRun colored = CliRun.in(new Environment(true, Map.of(), here).withInput(new StringReader("q\n")), onApp("apply", "-i"));
    assertTrue(colored.out().contains("\u001b[33mrules: "), colored.out());
    assertTrue(colored.out().contains("\u001b[1;34m(1/3) Apply this change?"), colored.out());
    assertTrue(colored.out().contains("\u001b[31m-import { API, graphqlOperation } from 'aws-amplify';\u001b[m"), colored.out());
    CliRun noColor = CliRun.in(new Environment(true, Map.of(), here).withInput(new StringReader("q\n")), onApp("apply", "-i", "--no-color"));
    assertFalse(noColor.out().contains("\u001b["), noColor.out());
    CliRun noColorVariable = CliRun.in(new Environment(true, Map.of("NO_COLOR", "1"), here).withInput(new StringReader("q\n")),
        onApp("apply", "-i"));
    assertFalse(noColorVariable.out().contains("\u001b["), noColorVariable.out());
    CliRun piped = CliRun.withInput("q\n", onApp("apply", "-i"));
    assertFalse(piped.out().contains("\u001b["), piped.out());
    assertEquals(colored.out().replaceAll("\u001b\\[[0-9;]*m", ""), piped.out());
  }

  @Test
  void interactiveAndJsonBothWantStdout() {
    CliRun run = CliRun.withInput("a\n", onApp("apply", "-i", "--json"));
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("--interactive and --json both use stdout"), run.err());
  }

  @Test
  void nothingToReviewSaysSo() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(dir.resolve("a.js"), "console.log(1);\n");
    CliRun run = CliRun.withInput("", "apply", "-i", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("Nothing to review: no file would change.\n", run.out());
  }
}
