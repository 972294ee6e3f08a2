package dev.remold.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints every node of the JavaScript/TypeScript files under the given folders (kind, field, range, flags), so two
 * tree-sitter libraries can be compared: run as a program in a second JVM (the library's name first), and called
 * in the test's own.
 */
public final class TreeDump {
  private TreeDump() {}

  public static void main(String[] args) throws IOException {
    System.out.println(Parser.library());
    System.out.print(dump(Stream.of(args).map(Path::of).toList()));
  }

  /** Returns the dump of every parseable source file under the folders, in path order. */
  static String dump(List<Path> folders) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Parser parser = new Parser()) {
      for (Path folder : folders) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          Optional<Language> language = Language.forFileName(f.getFileName().toString());
          if (language.isEmpty()) {
            continue;
          }
          out.append("== ").append(f).append('\n');
          SyntaxTree tree = parser.parse(new SourceFile(f.toString(), Files.readString(f), language.get()));
          tree.root().walk(n -> out.append(n.type()).append(' ').append(n.field()).append(' ').append(n.start()).append('-')
              .append(n.end()).append(n.isNamed() ? " named" : "").append(n.isMissing() ? " missing" : "").append('\n'));
        }
      }
    }
    return out.toString();
  }
}
