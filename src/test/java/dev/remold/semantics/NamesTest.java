package dev.remold.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a name is declared and where it is used. */
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
}
