package dev.remold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A tree with statements spliced in is the tree a fresh parse of the new text gives, or no tree at all. */
class SplicedTreeTest {
  private static final String[] STATEMENTS = {
    "\nimport { signIn } from 'aws-amplify/auth';",
    "\nimport { signIn, signOut } from \"aws-amplify/auth\"",
    "\r\nimport { a } from 'x';\r\nimport { b } from 'y';",
    "\n\nconst client = generateClient();",
    "\nconst client = generateClient()",
    "\n// Gen 2: read the note\nconst client = generateClient();",
    "\n  let x = 1;\n  /* kept */",
    "import 'side-effect';\n",
  };

  @Test
  void splicedTreesEqualFreshParses() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Stream.of("testdata/before", "testdata/after", "examples").map(Path::of).flatMap(SplicedTreeTest::walk)) {
      files = walk.filter(p -> Language.forFileName(p.getFileName().toString()).isPresent()).sorted().toList();
    }
    Random random = new Random(7);
    int spliced = 0;
    int refused = 0;
    try (Parser parser = new Parser()) {
      for (Path f : files) {
        SourceFile file = new SourceFile(f.toString(), Files.readString(f), Language.forFileName(f.getFileName().toString()).get());
        SyntaxTree tree = parser.parse(file);
        List<Node> top = tree.root().children();
        for (int round = 0; round < 4; round++) {
          SortedMap<Integer, String> insertions = new TreeMap<>();
          for (int k = 0; k < 1 + random.nextInt(2); k++) {
            int at = top.isEmpty() || random.nextInt(5) == 0 ? (random.nextBoolean() ? 0 : file.text().length())
                : top.get(random.nextInt(top.size())).end();
            insertions.put(at, STATEMENTS[random.nextInt(STATEMENTS.length)]);
          }
          SyntaxTree splice = parser.withStatementsInserted(tree, insertions);
          if (splice == null) {
            refused++;
            continue;
          }
          spliced++;
          SyntaxTree fresh = parser.parse(splice.file());
          assertEquals(dump(fresh), dump(splice), () -> f + " with " + insertions);
        }
      }
    }
    assertTrue(spliced > 500, "most insertions between statements are spliced: " + spliced + " spliced, " + refused + " refused");
  }

  @Test
  void refusesInsertionsItCannotSpliceExactly() {
    try (Parser parser = new Parser()) {
      SyntaxTree tree = parser.parse(new SourceFile("a.js", "import { Auth } from 'aws-amplify';\nfoo(1);\n(bar)();\n", Language.TSX));
      // Inside a statement.
      assertNull(parser.withStatementsInserted(tree, new TreeMap<>(java.util.Map.of(40, "\nconst a = 1;"))));
      // Not a statement start.
      assertNull(parser.withStatementsInserted(tree, new TreeMap<>(java.util.Map.of(35, "\nfoo();"))));
      // No semicolon, and the next line could continue it as a call.
      int beforeParen = tree.root().children().get(1).end();
      assertNull(parser.withStatementsInserted(tree, new TreeMap<>(java.util.Map.of(beforeParen, "\nconst a = f()"))));
      // Does not parse alone.
      assertNull(parser.withStatementsInserted(tree, new TreeMap<>(java.util.Map.of(35, "\nconst = ;"))));
      // The old tree has errors.
      SyntaxTree broken = parser.parse(new SourceFile("b.js", "import { Auth } from 'aws-amplify';\nfoo(;\n", Language.TSX));
      assertNull(parser.withStatementsInserted(broken, new TreeMap<>(java.util.Map.of(35, "\nconst a = 1;"))));
    }
  }

  private static Stream<Path> walk(Path root) {
    try {
      return Files.walk(root).filter(Files::isRegularFile).toList().stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String dump(SyntaxTree tree) {
    StringBuilder out = new StringBuilder(tree.file().text()).append('\n');
    tree.root().walk(n -> out.append(n.type()).append(' ').append(n.field()).append(' ').append(n.start()).append('-')
        .append(n.end()).append(n.isNamed() ? " named" : "").append(n.isMissing() ? " missing" : "")
        .append(n.parent() == null ? "" : " in " + n.parent().type() + "#" + n.indexInParent()).append('\n'));
    out.append("errors ").append(tree.errors().size());
    return out.toString();
  }
}
