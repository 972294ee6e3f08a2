package dev.remold.cli;

import static dev.remold.TestCommands.git;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.TestTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of every golden project and the example app: one worker and several give the same
 * diff, so does parsing every file (the prefilter off), and `git apply` of the printed diff gives byte for byte
 * what `apply` writes.
 */
class RunPropertiesTest {
  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> diffIsDeterministicAndMatchesApply() throws IOException {
    List<Path> projects = new ArrayList<>();
    try (Stream<Path> cases = Files.list(Path.of("testdata/before"))) {
      cases.filter(Files::isDirectory).sorted().forEach(projects::add);
    }
    projects.add(Path.of("examples/gen1-todo-app"));
    return projects.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
  }

  private void check(Path project) throws Exception {
    String name = project.getFileName().toString();
    Path viaApply = TestTrees.copy(project, tmp.resolve(name + "-apply"));
    Path viaPatch = TestTrees.copy(project, tmp.resolve(name + "-patch"));
    Path patch = tmp.resolve(name + ".patch");
    CliRun one = CliRun.of("diff", "--force", "-j", "1", "-o", patch.toString(), viaApply.toString());
    String serial = Files.readString(patch);
    CliRun many = CliRun.of("diff", "--force", "-j", "4", viaApply.toString());
    assertEquals(serial, many.out(), "1 worker and 4 workers print the same diff");
    // The text prefilter only saves work: with every file parsed, the same diff.
    CliRun everyFile = CliRun.of("diff", "--force", "--no-prefilter", viaApply.toString());
    assertEquals(serial, everyFile.out(), "with the prefilter off, the same diff");
    assertTrue(one.exitCode() == ExitCode.OK, one.err());
    if (!serial.isEmpty()) {
      git(viaPatch, "apply", patch.toString());
    }
    CliRun apply = CliRun.of("apply", "--force", "--allow-dirty", viaApply.toString());
    assertEquals(ExitCode.OK, apply.exitCode(), apply.err());
    TreeSet<String> files = TestTrees.relativeFiles(viaApply);
    assertEquals(files, TestTrees.relativeFiles(viaPatch));
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(viaPatch.resolve(f)), Files.readAllBytes(viaApply.resolve(f)), f);
    }
  }
}
