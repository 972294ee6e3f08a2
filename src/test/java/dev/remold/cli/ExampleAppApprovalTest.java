package dev.remold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person reads about the example app: the diff, the summary, the audit, the migration report and a review. */
class ExampleAppApprovalTest {
  @TempDir
  Path tmp;

  @Test
  void auditOfTheExampleApp() {
    CliRun run = CliRun.of("audit", "examples/gen1-todo-app");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(run.out());
  }

  @Test
  void migrationReportOfTheExampleApp() throws IOException {
    Path report = tmp.resolve("migration.md");
    CliRun run = CliRun.of("diff", "--report", report.toString(), "examples/gen1-todo-app");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(Files.readString(report, StandardCharsets.UTF_8));
  }

  @Test
  void diffOfTheExampleApp() {
    CliRun run = CliRun.of("diff", "examples/gen1-todo-app");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(run.out());
  }

  @Test
  void summaryOfTheExampleApp() {
    CliRun run = CliRun.of("diff", "examples/gen1-todo-app");
    Approvals.verify(run.err());
  }

  @Test
  void interactiveReviewOfTheExampleApp() throws IOException {
    Path app = dev.remold.TestTrees.copy(Path.of("examples/gen1-todo-app"), tmp.resolve("app"));
    // .gitignore: yes; package.json: no; App.js: yes, no, help, an unknown answer, yes; SignInForm.js: yes, then
    // none of the rest; useCurrentUser.js: all; index.js: the input ends.
    String answers = "y\n" + "n\n" + "y\nn\n?\nmaybe\ny\n" + "y\nd\n" + "a\n";
    CliRun run = CliRun.withInput(answers, "apply", "--interactive", app.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(run.out() + "\n---- stderr ----\n" + run.err());
  }

  @Test
  void colouredInteractiveReviewOfTheExampleApp() throws IOException {
    Path app = dev.remold.TestTrees.copy(Path.of("examples/gen1-todo-app"), tmp.resolve("app"));
    // As on a terminal: colours on; the escape codes are written out visibly so the transcript shows them.
    Environment terminal = new Environment(/* stdoutIsTerminal= */ true, java.util.Map.of(), Path.of(""))
        .withInput(new java.io.StringReader("y\nn\ny\nq\n"));
    CliRun run = CliRun.in(terminal, "apply", "--interactive", app.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(run.out().replace("\u001b", "<ESC>"));
  }

  @Test
  void rulesListing() {
    CliRun run = CliRun.of("rules");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(run.out());
  }
}
