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
import org.junit.jupiter.api.io.TempDir;

class TreeSitterLibraryTest {
  private static final Path BUILT = Path.of(System.getProperty(TreeSitterLibrary.PROPERTY, "target/native/libremold-tree-sitter.so"));

  @Test
  void theOptimisedLibraryParsesWhenTheBuildMadeIt() {
    // The build makes it wherever a C compiler and the npm registry are at hand (scripts/build-native.sh).
    assertEquals(Files.isRegularFile(BUILT) ? BUILT.toString() : "bundled", Parser.library());
  }

  @TempDir
  Path broken;

  @Test
  void theBundledLibraryGivesTheSameTreesAsTheOptimisedOne() throws Exception {
    writeBrokenCopies(Path.of("testdata/before"), broken);
    List<Path> inputs = List.of(Path.of("testdata/before"), Path.of("testdata/after"), Path.of("examples"), broken);
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

  /**
   * Writes copies of the sources with tokens cut out, brackets dropped and stray text put in (deterministically):
   * error recovery is where two builds of tree-sitter would differ first, and it decides which files are refused.
   */
  private static void writeBrokenCopies(Path from, Path to) throws java.io.IOException {
    String[] stray = {"(", "}", "=>", "<div>", "'", "`", "import", ";;", "登录 🚀", "\n\n"};
    java.util.Random random = new java.util.Random(11);
    List<Path> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(p -> Language.forFileName(p.getFileName().toString()).isPresent())
          .sorted().toList();
    }
    for (int i = 0; i < files.size(); i++) {
      StringBuilder text = new StringBuilder(Files.readString(files.get(i)));
      for (int k = 0; k < 3 && !text.isEmpty(); k++) {
        int at = random.nextInt(text.length());
        if (Character.isLowSurrogate(text.charAt(at))) {
          at--;
        }
        int end = Math.min(text.length(), at + random.nextInt(6));
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
          end++;
        }
        text.replace(at, end, stray[random.nextInt(stray.length)]);
      }
      Files.writeString(to.resolve(i + "-" + files.get(i).getFileName()), text);
    }
  }
}
