package dev.remold.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the rule packs shipped inside remold (the repository's rules/ folder, copied into the jar). */
final class BuiltinRules {
  private BuiltinRules() {}

  /** Returns the built-in pack folders, sorted by name. */
  static List<Path> packFolders() throws IOException {
    URL url = BuiltinRules.class.getResource("/rules");
    if (url == null) {
      return List.of();
    }
    Path rules;
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        rules = fs.getPath("/rules");
      } else {
        rules = Path.of(uri);
      }
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the built-in rules: " + e.getMessage(), e);
    }
    try (Stream<Path> s = Files.list(rules)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
