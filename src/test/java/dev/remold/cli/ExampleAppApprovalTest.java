package dev.remold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** What a person reads after `./remold diff examples/gen1-todo-app`: the diff and the summary. */
class ExampleAppApprovalTest {
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
  void rulesListing() {
    CliRun run = CliRun.of("rules");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Approvals.verify(run.out());
  }
}
