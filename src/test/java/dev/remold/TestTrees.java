package dev.remold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Folder helpers the tests share: copying a project and listing its files. */
public final class TestTrees {
  private TestTrees() {}

  /** Copies a folder tree and returns the copy. */
  public static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** Returns the paths of the regular files below a folder, relative to it with forward slashes, sorted. */
  public static TreeSet<String> relativeFiles(Path root) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
    }
    return out;
  }
}
