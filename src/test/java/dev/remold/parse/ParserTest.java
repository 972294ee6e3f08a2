package dev.remold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offsets in Java chars whatever the text holds, grammar choice, and error detection. */
class ParserTest {
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  private static SyntaxTree parse(String code, Language language) {
    return parser.parse(new SourceFile("test", code, language));
  }

  /** Returns every node of a type, in document order. */
  private static List<Node> all(SyntaxTree tree, String type) {
    List<Node> out = new ArrayList<>();
    tree.root().walk(n -> {
      if (n.type().equals(type)) {
        out.add(n);
      }
    });
    return out;
  }

  private static Node first(SyntaxTree tree, String type) {
    List<Node> found = all(tree, type);
    assertFalse(found.isEmpty(), "no " + type + " in the tree");
    return found.getFirst();
  }

  /** Asserts that a node spans exactly the first occurrence of the expected text, in char indices. */
  private static void assertSpans(String source, String expected, Node node) {
    int at = source.indexOf(expected);
    assertTrue(at >= 0, "test text lacks " + expected);
    assertEquals(expected, node.text());
    assertEquals(at, node.start(), "start of " + node);
    assertEquals(at + expected.length(), node.end(), "end of " + node);
  }

  @Test
  void offsetsAreCharIndicesAfterEmojiOutsideTheBmp() {
    String code = """
        const face = "😀";
        greet(face);
        """;
    SyntaxTree tree = parse(code, Language.TSX);
    assertTrue(tree.errors().isEmpty(), tree.errors().toString());
    // 😀 is two chars but four UTF-8 bytes: a byte offset would land two past the call.
    assertSpans(code, "greet(face)", first(tree, "call_expression"));
    assertSpans(code, "\"😀\"", first(tree, "string"));
  }

  @Test
  void offsetsAreCharIndicesAfterAZeroWidthJoinerSequence() {
    // 👩‍💻 is woman + ZWJ + laptop: 5 chars, 11 UTF-8 bytes, one glyph.
    String code = """
        const dev = '👩‍💻 and 👨‍👩‍👧';
        Auth.signIn(dev, "pw");
        """;
    SyntaxTree tree = parse(code, Language.TYPESCRIPT);
    assertTrue(tree.errors().isEmpty(), tree.errors().toString());
    assertSpans(code, "Auth.signIn(dev, \"pw\")", first(tree, "call_expression"));
    assertSpans(code, "'👩‍💻 and 👨‍👩‍👧'", first(tree, "string"));
    assertSpans(code, "👩‍💻 and 👨‍👩‍👧", first(tree, "string_fragment"));
  }

  @Test
  void offsetsAreCharIndicesAfterCjkInCommentsAndStrings() {
    String code = """
        // 日本語のコメント
        /* 中文注释 😀 */
        const label = "標籤";
        render(label);
        """;
    SyntaxTree tree = parse(code, Language.TSX);
    assertTrue(tree.errors().isEmpty(), tree.errors().toString());
    List<Node> comments = all(tree, "comment");
    assertEquals(2, comments.size());
    assertSpans(code, "// 日本語のコメント", comments.get(0));
    assertSpans(code, "/* 中文注释 😀 */", comments.get(1));
    assertSpans(code, "\"標籤\"", first(tree, "string"));
    assertSpans(code, "render(label)", first(tree, "call_expression"));
    assertEquals(code.length(), tree.root().end());
  }

  @Test
  void nodeAfterNonAsciiOnTheSameLineHasRightOffsets() {
    String code = "f('é', '😀'); g(1);";
    SyntaxTree tree = parse(code, Language.TSX);
    List<Node> calls = all(tree, "call_expression");
    assertEquals(2, calls.size());
    assertSpans(code, "f('é', '😀')", calls.get(0));
    assertSpans(code, "g(1)", calls.get(1));
  }

  @Test
  void plainAsciiOffsetsAgreeWithText() {
    String code = "import { Auth } from 'aws-amplify';\nAuth.signOut();\n";
    SyntaxTree tree = parse(code, Language.TSX);
    assertSpans(code, "Auth.signOut()", first(tree, "call_expression"));
    assertSpans(code, "'aws-amplify'", first(tree, "string"));
  }

  @Test
  void typeAssertionParsesInTypescriptButNotInTsx() {
    String code = "const n = <number>value;\n";
    SyntaxTree ts = parse(code, Language.TYPESCRIPT);
    assertTrue(ts.errors().isEmpty(), ts.errors().toString());
    assertSpans(code, "<number>value", first(ts, "type_assertion"));

    SyntaxTree tsx = parse(code, Language.TSX);
    assertFalse(tsx.errors().isEmpty(), "TSX reads <number> as a JSX tag and cannot close it");
    assertTrue(all(tsx, "type_assertion").isEmpty());
  }

  @Test
  void jsxParsesInTsx() {
    SyntaxTree tree = parse("const a = <App title=\"x\" />;\n", Language.TSX);
    assertTrue(tree.errors().isEmpty(), tree.errors().toString());
    assertEquals(1, all(tree, "jsx_self_closing_element").size());
  }

  @Test
  void languageFollowsTheFileExtension() {
    assertEquals(Optional.of(Language.TYPESCRIPT), Language.forFileName("src/api.ts"));
    assertEquals(Optional.of(Language.TYPESCRIPT), Language.forFileName("x.MTS"));
    assertEquals(Optional.of(Language.TYPESCRIPT), Language.forFileName("x.cts"));
    assertEquals(Optional.of(Language.TSX), Language.forFileName("App.tsx"));
    assertEquals(Optional.of(Language.TSX), Language.forFileName("index.js"));
    assertEquals(Optional.of(Language.TSX), Language.forFileName("App.jsx"));
    assertEquals(Optional.of(Language.TSX), Language.forFileName("a.mjs"));
    assertEquals(Optional.of(Language.TSX), Language.forFileName("a.cjs"));
    assertEquals(Optional.empty(), Language.forFileName("schema.graphql"));
    assertEquals(Optional.empty(), Language.forFileName("Makefile"));
    // a dotted directory must not lend its "extension" to a file without one
    assertEquals(Optional.empty(), Language.forFileName("src.ts/README"));
  }

  @Test
  void cleanCodeHasNoErrors() {
    SyntaxTree tree = parse("async function f() { await Auth.signIn(u, p); }\n", Language.TSX);
    assertEquals(List.of(), tree.errors());
  }

  @Test
  void errorsFindsAMissingNode() {
    SyntaxTree tree = parse("if (ready) {\n  go();\n", Language.TSX);
    List<Node> errors = tree.errors();
    assertFalse(errors.isEmpty());
    assertTrue(errors.stream().anyMatch(Node::isMissing), errors.toString());
  }

  @Test
  void errorsFindsAnErrorNode() {
    String code = "const a = 1;\nconst = = 2;\nconst b = 3;\n";
    SyntaxTree tree = parse(code, Language.TYPESCRIPT);
    List<Node> errors = tree.errors();
    assertFalse(errors.isEmpty());
    Node error = errors.stream().filter(Node::isError).findFirst().orElse(null);
    assertNotNull(error, errors.toString());
    assertEquals(2, tree.lineOf(error.start()));
  }

  @Test
  void lineOfCountsLineFeeds() {
    String text = "a\r\nb\nc";
    assertEquals(1, SyntaxTree.lineOf(text, 0));
    assertEquals(1, SyntaxTree.lineOf(text, 2));
    assertEquals(2, SyntaxTree.lineOf(text, 3));
    assertEquals(3, SyntaxTree.lineOf(text, 5));
  }

  @Test
  void parentsAndSiblingsAreWired() {
    String code = "f(a, b);";
    SyntaxTree tree = parse(code, Language.TSX);
    Node args = first(tree, "arguments");
    List<Node> named = args.namedChildren();
    assertEquals(List.of("a", "b"), named.stream().map(Node::text).toList());
    Node a = named.get(0);
    assertEquals(args, a.parent());
    assertEquals(",", a.nextSibling().type());
    assertEquals("(", a.previousSibling().type());
    assertEquals("arguments", args.field());
    assertEquals("f", args.parent().child("function").text());
    assertTrue(a.isWithin(tree.root()));
    assertFalse(tree.root().isWithin(a));
  }

  @Test
  void parsersOfOneThreadShareItsBuffersOneWalkAtATime() {
    // Parsers of a thread share the native cursor buffer: each walk must free its cursor, or closing and
    // reusing parsers in any order would free one twice.
    SourceFile a = new SourceFile("a.js", "f(1);\n", Language.TSX);
    SourceFile b = new SourceFile("b.ts", "const x: number = 2;\n", Language.TYPESCRIPT);
    Parser first = new Parser();
    Parser second = new Parser();
    assertEquals("program", first.parse(a).root().type());
    assertEquals("program", second.parse(b).root().type());
    first.close();
    assertEquals(b.text().length(), second.parse(b).root().end());
    second.close();
    try (Parser third = new Parser()) {
      assertEquals("call_expression", third.parse(a).root().namedChildren().getFirst().namedChildren().getFirst().type());
    }
  }
}
