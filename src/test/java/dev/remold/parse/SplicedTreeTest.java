package dev.remold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A spliced tree is the tree a fresh parse of the new text gives, or there is no tree at all. */
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
    // Hazards: no line break before or after, code that continues the line before, a comment without its line end.
    "foo()",
    "\n(bar)()",
    "\n[1, 2].forEach(f)",
    " // trailing note",
    "\n#!/usr/bin/env node\n",
    "\n`template`",
    "\ninstanceof X",
    "/* block */ x = 1",
    "\nimport { inner } from 'inner';",
  };

  /** Texts a rewrite may put in place of an expression. */
  private static final String[] EXPRESSIONS = {
    "signIn({ username: u, password: p })",
    "await fetchAuthSession()",
    "(await getCurrentUser()).username",
    "client.models.Todo.list({ filter })",
    "x => x + 1",
    "a, b",
    "<Authenticator>{({ signOut }) => <button onClick={signOut} />}</Authenticator>",
    "`tpl ${a}`",
    "n",
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
        List<Node> nodes = new ArrayList<>();
        tree.root().walk(nodes::add);
        List<Node> top = tree.root().children();
        for (int round = 0; round < 12; round++) {
          List<Parser.Replacement> edits = new ArrayList<>();
          for (int k = 0; k < 1 + random.nextInt(3); k++) {
            edits.add(randomEdit(random, file.text(), top, nodes));
          }
          edits.sort(java.util.Comparator.comparingInt(Parser.Replacement::start));
          boolean apart = true;
          for (int k = 1; k < edits.size(); k++) {
            apart &= edits.get(k).start() >= edits.get(k - 1).end() && edits.get(k).start() != edits.get(k - 1).start();
          }
          if (!apart) {
            continue;
          }
          SyntaxTree splice = parser.withReplacements(tree, edits);
          if (splice == null) {
            refused++;
            continue;
          }
          spliced++;
          assertEquals(applied(file.text(), edits), splice.file().text());
          SyntaxTree fresh = parser.parse(splice.file());
          assertEquals(dump(fresh), dump(splice), () -> f + " with " + edits);
        }
      }
    }
    assertTrue(spliced > 1000, "most edits are spliced: " + spliced + " spliced, " + refused + " refused");
  }

  /** An insertion between statements, an expression replaced, a statement dropped or doubled. */
  private static Parser.Replacement randomEdit(Random random, String text, List<Node> top, List<Node> nodes) {
    switch (random.nextInt(4)) {
      case 0 -> {
        int at = top.isEmpty() || random.nextInt(5) == 0 ? (random.nextBoolean() ? 0 : text.length())
            : top.get(random.nextInt(top.size())).end();
        return new Parser.Replacement(at, at, STATEMENTS[random.nextInt(STATEMENTS.length)]);
      }
      case 1 -> {
        List<Node> expressions = nodes.stream().filter(n -> n.type().endsWith("expression") || n.type().equals("identifier")).toList();
        Node n = expressions.isEmpty() ? nodes.getFirst() : expressions.get(random.nextInt(expressions.size()));
        return new Parser.Replacement(n.start(), n.end(), EXPRESSIONS[random.nextInt(EXPRESSIONS.length)]);
      }
      default -> {
        List<Node> statements = nodes.stream().filter(n -> n.parent() != null
            && (n.parent().type().equals("program") || n.parent().type().equals("statement_block")) && n.isNamed()).toList();
        if (statements.isEmpty()) {
          return new Parser.Replacement(0, 0, "");
        }
        Node n = statements.get(random.nextInt(statements.size()));
        return new Parser.Replacement(n.start(), n.end(), random.nextBoolean() ? "" : n.text() + "\n" + n.text());
      }
    }
  }

  private static String applied(String text, List<Parser.Replacement> edits) {
    StringBuilder out = new StringBuilder(text);
    for (int k = edits.size() - 1; k >= 0; k--) {
      out.replace(edits.get(k).start(), edits.get(k).end(), edits.get(k).text());
    }
    return out.toString();
  }

  @Test
  void refusesWhatItCannotSpliceExactly() {
    try (Parser parser = new Parser()) {
      SyntaxTree tree = parser.parse(new SourceFile("a.js", "import { Auth } from 'aws-amplify';\nfoo(1)\nbar();\n", Language.TSX));
      int afterFoo = tree.root().children().get(1).end();
      // Code that would join the statement before, which has no semicolon.
      assertNull(parser.withReplacements(tree, List.of(new Parser.Replacement(afterFoo, afterFoo, "\n[1].map(f)"))));
      // A statement without a semicolon before code that continues it.
      SyntaxTree semicolons = parser.parse(new SourceFile("s.js", "foo(1);\n(bar)();\n", Language.TSX));
      int afterFirst = semicolons.root().children().getFirst().end();
      assertNull(parser.withReplacements(semicolons, List.of(new Parser.Replacement(afterFirst, afterFirst, "\nconst a = f()"))));
      // A statement dropped between two that would then join.
      SyntaxTree three = parser.parse(new SourceFile("c.js", "a()\nb();\n(c)()\n", Language.TSX));
      Node middle = three.root().children().get(1);
      assertNull(parser.withReplacements(three, List.of(new Parser.Replacement(middle.start(), middle.end(), ""))));
      // A comment on the line of a statement without a semicolon would join it.
      SyntaxTree commented = parser.parse(new SourceFile("d.js", "// note\nfoo();\n", Language.TSX));
      assertNull(parser.withReplacements(commented, List.of(new Parser.Replacement(0, 0, "const a = f()"))));
      // Code put on the line of a // comment would be part of it.
      assertNull(parser.withReplacements(commented, List.of(new Parser.Replacement(7, 7, " foo();"))));
      // Does not parse alone.
      assertNull(parser.withReplacements(tree, List.of(new Parser.Replacement(35, 35, "\nconst = ;"))));
      // The old tree has errors.
      SyntaxTree broken = parser.parse(new SourceFile("b.js", "import { Auth } from 'aws-amplify';\nfoo(;\n", Language.TSX));
      assertNull(parser.withReplacements(broken, List.of(new Parser.Replacement(35, 35, "\nconst a = 1;"))));
    }
  }

  /** Edits at the edge of a block, where what follows or precedes the block's statements changes how they read. */
  @Test
  void editsAtABlocksEdgeGiveTheFreshParse() {
    String[][] cases = {
      // A line comment that would run over the closing brace.
      {"const f = () => { old(1) };\nfoo();\n", "old(1)", "next(1) // note"},
      // An HTML-like comment in the same place.
      {"const f = () => { old(1) };\nfoo();\n", "old(1)", "next(1)\n-->"},
      // `}` then `:` of a conditional: no semicolon may be assumed before the brace.
      {"const f = c ? () => { foo() } : y;\n", "foo()", "return"},
      {"const f = c ? () => { foo() } : y;\n", "foo()", "debugger"},
      // Braces that would then hold an object.
      {"const f = () => {\n  foo();\n};\n", "foo();", "a: 1"},
      // A byte-order mark that a parse skips only at its very start.
      {"function g() {\n  a();\n  old();\n  b();\n}\n", "old();", "\uFEFF--> c\n"},
    };
    try (Parser parser = new Parser()) {
      for (String[] c : cases) {
        SyntaxTree tree = parser.parse(new SourceFile("t.js", c[0], Language.TSX));
        int at = c[0].indexOf(c[1]);
        SyntaxTree splice = parser.withReplacements(tree, List.of(new Parser.Replacement(at, at + c[1].length(), c[2])));
        String text = c[0].substring(0, at) + c[2] + c[0].substring(at + c[1].length());
        if (splice != null) {
          assertEquals(dump(parser.parse(new SourceFile("t.js", text, Language.TSX))), dump(splice), () -> text);
        }
      }
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
    tree.root().walk(n -> out.append(n.type()).append('/').append(n.symbol()).append(' ').append(n.field()).append(' ')
        .append(n.start()).append('-')
        .append(n.end()).append(n.isNamed() ? " named" : "").append(n.isMissing() ? " missing" : "")
        .append(n.parent() == null ? "" : " in " + n.parent().type() + "#" + n.indexInParent()).append('\n'));
    out.append("errors ").append(tree.errors().size());
    return out.toString();
  }
}
