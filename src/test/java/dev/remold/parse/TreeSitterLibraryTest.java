package dev.remold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeSitterLibraryTest {
  private static final Path BUILT = Path.of(System.getProperty(TreeSitterLibrary.PROPERTY, "target/native/libremold-tree-sitter.so"));

  @Test
  void theOptimisedLibraryParsesWhenTheBuildMadeIt() {
    // The build makes it wherever a C compiler and the npm registry are at hand (scripts/build-native.sh).
    assertEquals(Files.isRegularFile(BUILT) ? BUILT.toString() : "bundled", Parser.library());
  }

  @Test
  void theBundledLibraryGivesTheSameTreesAsTheOptimisedOne() throws Exception {
    List<Path> inputs = List.of(Path.of("testdata/before"), Path.of("testdata/after"), Path.of("examples"));
    String here = TreeDump.dump(inputs);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-D" + TreeSitterLibrary.PROPERTY + "=", "-cp",
        System.getProperty("java.class.path"), TreeDump.class.getName()));
    inputs.forEach(p -> command.add(p.toString()));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    ByteArrayOutputStream bundled = new ByteArrayOutputStream();
    child.getInputStream().transferTo(bundled);
    assertEquals(0, child.waitFor());
    String[] libraryAndDump = bundled.toString(StandardCharsets.UTF_8).split("\n", 2);
    assertEquals("bundled", libraryAndDump[0]);
    assertTrue(here.lines().count() > 50_000, "the inputs hold enough code to compare");
    assertEquals(here, libraryAndDump[1]);
  }
}
