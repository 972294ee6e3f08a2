package dev.remold.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a name is declared and where it is used; names found by searching the text are those a walk finds. */
class NamesTest {
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  private static SyntaxTree parse(String code) {
    return parser.parse(new SourceFile("test.ts", code, Language.TYPESCRIPT));
  }

  /** Returns the 1-based lines of the nodes. */
  private static List<Integer> lines(SyntaxTree tree, List<Node> nodes) {
    return nodes.stream().map(n -> tree.lineOf(n.start())).toList();
  }

  @Test
  void findsEveryKindOfDeclaration() {
    String code = """
        import { x as a } from 'm';
        import b from 'm';
        import * as c from 'm';
        const d = 1;
        function e(f: string, g = 2, ...h: number[]) {}
        class K {}
        interface I {}
        type T = string;
        const [l] = [1];
        const { m } = o;
        const { n: p } = o;
        const q = (r) => r;
        const s = t => t;
        try {} catch (u) {}
        """;
    SyntaxTree tree = parse(code);
    String[] declared = {"a", "b", "c", "d", "e", "f", "g", "h", "K", "I", "T", "l", "m", "p", "r", "t", "u"};
    for (String name : declared) {
      assertEquals(1, Names.declarations(tree.root(), name).size(), name);
    }
    // the imported name behind an alias, a renamed key and a read are not declarations
    assertEquals(List.of(), Names.declarations(tree.root(), "x"));
    assertEquals(List.of(), Names.declarations(tree.root(), "n"));
    assertEquals(List.of(), Names.declarations(tree.root(), "o"));
  }

  @Test
  void usesOutsideImportsSkipImportsButCountDeclarations() {
    String code = """
        import { Auth } from 'aws-amplify';
        const Auth2 = Auth;
        obj.Auth = { Auth: 1 };
        function f(Auth) {}
        """;
    SyntaxTree tree = parse(code);
    assertEquals(List.of(2, 4), lines(tree, Names.usesOutsideImports(tree.root(), "Auth")));
  }

  @Test
  void typePositionsAreUses() {
    String code = """
        import { Schema } from './schema';
        let s: Schema;
        """;
    SyntaxTree tree = parse(code);
    assertEquals(List.of(2), lines(tree, Names.usesOutsideImports(tree.root(), "Schema")));
  }

  private static final Set<String> REFERENCES =
      Set.of("identifier", "type_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern");

  @Test
  void everyNameOfEveryGoldenFileIsFoundWhereAWalkFindsIt() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Stream.of("testdata/before", "testdata/after", "examples").map(Path::of).flatMap(NamesTest::walk)) {
      files = walk.filter(p -> Language.forFileName(p.getFileName().toString()).isPresent()).sorted().toList();
    }
    int names = 0;
    for (Path f : files) {
      Node root = parser.parse(new SourceFile(f.toString(), Files.readString(f),
          Language.forFileName(f.getFileName().toString()).get())).root();
      List<Node> all = new ArrayList<>();
      root.walk(n -> {
        if (REFERENCES.contains(n.type())) {
          all.add(n);
        }
      });
      Set<String> texts = new TreeSet<>();
      all.forEach(n -> texts.add(n.text()));
      for (String name : texts) {
        List<Node> uses = all.stream().filter(n -> n.text().equals(name) && Names.enclosingImport(n) == null).toList();
        List<Node> declarations = all.stream().filter(n -> n.text().equals(name) && Names.isDeclaration(n)).toList();
        assertEquals(uses, Names.usesOutsideImports(root, name), () -> name + " in " + f);
        assertEquals(declarations, Names.declarations(root, name), () -> name + " in " + f);
        names++;
      }
    }
    assertTrue(names > 2000, "names compared: " + names);
  }

  private static Stream<Path> walk(Path root) {
    try {
      return Files.walk(root).filter(Files::isRegularFile).toList().stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
