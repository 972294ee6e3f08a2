package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine tells a progress listener about every file, from its workers, once the files are known. */
class EngineProgressTest {
  @Test
  void everyFileIsStartedAndDoneOnceAfterTheTotalIsKnown() throws IOException {
    Engine engine = new Engine(GoldenPairsTest.builtinRules().packs(),
        new EngineOptions(DiscoveryOptions.defaults(), /* force= */ true, 4));
    AtomicInteger total = new AtomicInteger(-1);
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger doneBeforeTotal = new AtomicInteger();
    RunReport report = engine.run(List.of(Path.of("examples/gen1-todo-app")), new Progress() {
      @Override
      public void started(int files) {
        assertEquals(-1, total.getAndSet(files), "started is called once");
      }

      @Override
      public void fileStarted(String relativePath) {
        started.add(relativePath);
      }

      @Override
      public void fileDone(String relativePath) {
        if (total.get() < 0) {
          doneBeforeTotal.incrementAndGet();
        }
        threads.add(Thread.currentThread().getName());
        done.add(relativePath);
      }
    });
    // package.json and .gitignore are edited once the source files are done, outside the count.
    List<String> paths = report.results().stream().map(FileResult::relativePath)
        .filter(p -> !p.equals("package.json") && !p.equals(".gitignore")).sorted().toList();
    assertEquals(report.results().size() - 2, paths.size(), "the example app's package.json and .gitignore change");
    assertEquals(paths.size(), total.get());
    assertEquals(0, doneBeforeTotal.get());
    assertEquals(paths, started.stream().sorted().toList());
    assertEquals(paths, done.stream().sorted().toList());
    assertTrue(threads.stream().noneMatch(t -> t.equals(Thread.currentThread().getName())), "called from the workers");
  }
}
