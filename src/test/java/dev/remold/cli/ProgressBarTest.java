package dev.remold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress bar: what a line says, that it fits the terminal, that it is wiped, and when it is not shown at all. */
class ProgressBarTest {
  private static final long HOUR_MILLIS = 3_600_000;

  @Test
  void aLineNamesFilesRateAndTheCurrentFileWithinTheWidth() {
    StringWriter sink = new StringWriter();
    try (ProgressBar bar = ProgressBar.start(new PrintWriter(sink), 80, HOUR_MILLIS)) {
      long t0 = System.nanoTime();
      assertTrue(bar.render(t0).startsWith("remold: finding files… "), bar.render(t0));
      bar.started(40);
      for (int i = 0; i < 10; i++) {
        bar.fileStarted("src/f" + i + ".js");
        bar.fileDone("src/f" + i + ".js");
      }
      bar.fileStarted("src/components/a/very/long/folder/name/that/goes/on/and/on/Component.tsx");
      String line = bar.render(System.nanoTime());
      assertTrue(line.startsWith("remold [#####...............] 10/40 files  "), line);
      assertTrue(line.matches(".* \\d+ files/s  ….*/Component\\.tsx"), line);
      assertEquals(79, line.length(), "one column is left free so the line never wraps");
    }
    assertEquals("", sink.toString(), "nothing is drawn before the delay");
  }

  @Test
  void aNarrowTerminalGetsTheCountsWithoutAStubOfAPath() {
    try (ProgressBar bar = ProgressBar.start(new PrintWriter(new StringWriter()), 60, HOUR_MILLIS)) {
      bar.started(900);
      bar.fileStarted("src/components/SignInForm.js");
      String line = bar.render(System.nanoTime());
      assertTrue(line.matches("remold \\[\\.{20}\\] 0/900 files  \\d+ files/s"), line);
      assertTrue(line.length() <= 59, line);
    }
  }

  @Test
  void drawingOverwritesTheLineAndClosingWipesIt() throws InterruptedException {
    StringWriter sink = new StringWriter();
    ProgressBar bar = ProgressBar.start(new PrintWriter(sink), 60, 0);
    bar.started(3);
    for (int i = 0; i < 3; i++) {
      bar.fileStarted("f" + i + ".js");
      bar.fileDone("f" + i + ".js");
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!sink.toString().contains("3/3 files") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    bar.close();
    String out = sink.toString();
    assertTrue(out.startsWith("\rremold"), out);
    String last = out.substring(out.lastIndexOf("\rremold"));
    assertTrue(last.startsWith("\rremold [####################] 3/3 files"), out);
    int drawn = last.indexOf('\r', 1) - 1;
    assertTrue(out.endsWith("\r" + " ".repeat(drawn) + "\r"), "the line is wiped: " + out.replace("\r", "\\r"));
    assertFalse(out.contains("\n"), "a progress line never ends a line");
  }

  @Test
  void silentWhenStderrIsNotATerminalOrWithQuiet() {
    Environment stderrTerminal = new Environment(false, /* stderrIsTerminal= */ true, false, java.io.Reader.nullReader(),
        Map.of(), Path.of(""));
    CliRun quiet = CliRun.in(stderrTerminal, "diff", "-q", "examples/gen1-todo-app");
    assertEquals("", quiet.err());
    CliRun piped = CliRun.of("diff", "examples/gen1-todo-app");
    assertFalse(piped.err().contains("\r"), piped.err());
  }
}
