package dev.remold.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structural patterns with metavariables, matched against small inline snippets. */
class PatternMatcherTest {
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  private static PatternMatcher compile(String pattern) throws PatternException {
    return PatternMatcher.compile(pattern, Language.TSX, parser);
  }

  /** A node the pattern matched, with what it bound. */
  private record Hit(Node node, Bindings bindings) {
    String text(String name) {
      Capture c = bindings.get(name);
      assertNotNull(c, "$" + name + " not bound in " + bindings);
      return c.text();
    }
  }

  /** Returns every match of the pattern in the code, in document order. */
  private static List<Hit> hits(String pattern, String code) throws PatternException {
    PatternMatcher m = compile(pattern);
    Node root = parser.parse(new SourceFile("test.tsx", code, Language.TSX)).root();
    List<Hit> out = new ArrayList<>();
    root.walk(n -> {
      Bindings b = m.match(n, Bindings.EMPTY);
      if (b != null) {
        out.add(new Hit(n, b));
      }
    });
    return out;
  }

  private static Hit onlyHit(String pattern, String code) throws PatternException {
    List<Hit> h = hits(pattern, code);
    assertEquals(1, h.size(), "matches of `" + pattern + "`: " + h);
    return h.getFirst();
  }

  private static List<String> matchedTexts(String pattern, String code) throws PatternException {
    return hits(pattern, code).stream().map(h -> h.node().text()).toList();
  }

  @Test
  void singleMetavariableBindsExactlyOneNode() throws PatternException {
    Hit h = onlyHit("greet($X)", "greet(user.name); greet(); greet(a, b);");
    assertEquals("greet(user.name)", h.node().text());
    assertEquals("user.name", h.text("X"));
    assertEquals(1, h.bindings().get("X").nodes().size());
    assertEquals("member_expression", h.bindings().get("X").node().type());
  }

  @Test
  void captureOffsetsPointIntoTheSource() throws PatternException {
    String code = "log('é'); greet(user);";
    Hit h = onlyHit("greet($X)", code);
    Capture x = h.bindings().get("X");
    assertEquals(code.indexOf("user"), x.start());
    assertEquals(code.indexOf("user") + 4, x.end());
  }

  @Test
  void multiMetavariableBindsZeroOneOrManyNodes() throws PatternException {
    List<Hit> h = hits("f($$$ARGS)", "f(); f(a); f(a, b, c);");
    assertEquals(3, h.size());
    assertEquals("", h.get(0).text("ARGS"));
    assertTrue(h.get(0).bindings().get("ARGS").nodes().isEmpty());
    assertEquals("a", h.get(1).text("ARGS"));
    assertEquals("a, b, c", h.get(2).text("ARGS"));
    assertEquals(3, h.get(2).bindings().get("ARGS").nodes().size());
  }

  @Test
  void emptyRunSitsInsideTheParentheses() throws PatternException {
    String code = "f();";
    Capture args = onlyHit("f($$$ARGS)", code).bindings().get("ARGS");
    assertEquals(2, args.start());
    assertEquals(2, args.end());
  }

  @Test
  void headAndRestSplitTheArguments() throws PatternException {
    List<Hit> h = hits("f($A, $$$REST)", "f(); f(a); f(a, b); f(a, b, c,);");
    assertEquals(List.of("f(a)", "f(a, b)", "f(a, b, c,)"), h.stream().map(x -> x.node().text()).toList());
    assertEquals("", h.get(0).text("REST"));
    assertEquals("a", h.get(1).text("A"));
    assertEquals("b", h.get(1).text("REST"));
    // the trailing comma belongs to neither capture
    assertEquals("b, c", h.get(2).text("REST"));
  }

  @Test
  void runBeforeASingleLeavesTheLastToTheSingle() throws PatternException {
    Hit h = onlyHit("f($$$INIT, $LAST)", "f(a, b, c);");
    assertEquals("a, b", h.text("INIT"));
    assertEquals("c", h.text("LAST"));
  }

  @Test
  void repeatedMetavariableMustCaptureTheSameCode() throws PatternException {
    assertEquals(List.of("x === x", "a.b === a.b"), matchedTexts("$A === $A", "x === x; x === y; a.b === a.b;"));
  }

  @Test
  void repeatedRunMetavariableMustCaptureTheSameCode() throws PatternException {
    assertEquals(List.of("g(f(a, b), a, b)"), matchedTexts("g(f($$$X), $$$X)", "g(f(a, b), a, b); g(f(a, b), a, c);"));
  }

  @Test
  void underscoreMatchesAnythingAndBindsNothing() throws PatternException {
    Hit h = onlyHit("pair($_, $_)", "pair(1, 2);");
    assertEquals(Set.of(), h.bindings().names());
  }

  @Test
  void quoteStyleIsNotSignificant() throws PatternException {
    assertEquals(List.of("require(\"aws-amplify\")", "require('aws-amplify')"),
        matchedTexts("require('aws-amplify')",
            "require(\"aws-amplify\"); require('aws-amplify'); require('aws-amplify/auth');"));
    assertEquals(List.of("import { Auth } from 'aws-amplify';"), matchedTexts("import { $$$NAMES } from \"aws-amplify\"",
        "import { Auth } from 'aws-amplify';\nimport { Hub } from 'aws-amplify/utils';\n"));
  }

  @Test
  void emptyStringsMatchWhateverTheQuotes() throws PatternException {
    assertEquals(List.of("f(\"\")", "f('')"), matchedTexts("f('')", "f(\"\"); f(''); f('x');"));
  }

  @Test
  void commentsAndTrailingCommasAreIgnored() throws PatternException {
    Hit h = onlyHit("f($A, $B)", "f(a, /* note */\n  b,\n);");
    // a comment after the comma on a's line belongs to a, and travels with it
    assertEquals("a /* note */", h.text("A"));
    assertEquals("b", h.text("B"));
    Hit own = onlyHit("f($A, $B)", "f(a,\n  /* about b */\n  b);");
    assertEquals("a", own.text("A"));
    assertEquals("/* about b */\n  b", own.text("B"));
    assertEquals(1, hits("f(a, b)", "f(a, // first\n b);").size());
  }

  @Test
  void capturesWidenOverAdjacentComments() throws PatternException {
    Hit h = onlyHit("f($U, $P)", "f(u /* user */, p);");
    assertEquals("u /* user */", h.text("U"));
    assertEquals("p", h.text("P"));
    assertEquals("u", h.bindings().get("U").node().text());
  }

  @Test
  void matchedNodeItselfIsNotWidened() throws PatternException {
    String code = "f(/* lead */ 42 /* tail */);";
    Node root = parser.parse(new SourceFile("t.js", code, Language.TSX)).root();
    Node number = root.namedChildren().getFirst().namedChildren().getFirst().child("arguments").namedChildren().get(1);
    assertEquals("42", number.text());
    assertEquals("42", compile("$X").match(number, Bindings.EMPTY).get("X").text());
    // the same node captured one level down does carry its comments
    assertEquals("/* lead */ 42 /* tail */", onlyHit("f($X)", code).text("X"));
  }

  @Test
  void callPatternMatchesOnlyThatCallee() throws PatternException {
    String code = """
        Auth.signIn(u, p);
        Auth.signIn(u);
        other.Auth.signIn(a, b);
        Auth.signUp(u, p);
        """;
    List<Hit> h = hits("Auth.signIn($U, $P)", code);
    assertEquals(List.of("Auth.signIn(u, p)"), h.stream().map(x -> x.node().text()).toList());
  }

  @Test
  void expressionPatternMatchesInsideLargerCode() throws PatternException {
    String code = """
        async function login() {
          const user = await Auth.signIn(form.user, form.password);
          return user;
        }
        """;
    Hit h = onlyHit("await Auth.signIn($U, $P)", code);
    assertEquals("await Auth.signIn(form.user, form.password)", h.node().text());
    assertEquals("form.user", h.text("U"));
    assertEquals("form.password", h.text("P"));
  }

  @Test
  void patternWithSemicolonIsAStatement() throws PatternException {
    PatternMatcher expression = compile("Auth.signOut()");
    PatternMatcher statement = compile("Auth.signOut();");
    assertEquals(Set.of("call_expression"), expression.startKinds());
    assertEquals(Set.of("expression_statement"), statement.startKinds());
    assertEquals(List.of("Auth.signOut();"), matchedTexts("Auth.signOut();", "Auth.signOut();\nx = Auth.signOut();\n"));
  }

  @Test
  void bodyRunMatchesStatements() throws PatternException {
    String code = """
        Hub.listen('auth', (data) => {
          console.log(data);
          refresh();
        });
        """;
    Hit h = onlyHit("Hub.listen($CHANNEL, ($D) => { $$$BODY })", code);
    assertEquals("'auth'", h.text("CHANNEL"));
    assertEquals("console.log(data);\n  refresh();", h.text("BODY"));
    assertEquals(2, h.bindings().get("BODY").nodes().size());
  }

  @Test
  void bodyRunMatchesEmptyAndSingleStatementBlocks() throws PatternException {
    List<Hit> h = hits("function $F() { $$$BODY }", "function a() {}\nfunction b() { go(); }\nfunction c(x) { go(); }\n");
    assertEquals(List.of("a", "b"), h.stream().map(x -> x.text("F")).toList());
    assertEquals("", h.get(0).text("BODY"));
    // the statement with its semicolon, not just the expression inside it
    assertEquals("go();", h.get(1).text("BODY"));
  }

  @Test
  void malformedPatternIsRejected() {
    PatternException e = assertThrows(PatternException.class, () -> compile("Auth.signIn($U,"));
    assertTrue(e.getMessage().contains("not valid"), e.getMessage());
    assertThrows(PatternException.class, () -> compile("   "));
    assertThrows(PatternException.class, () -> compile("a(); b();"));
  }

  @Test
  void requiredTextIsTheLongestIdentifier() throws PatternException {
    assertEquals(Set.of("signIn"), compile("Auth.signIn($U, $P)").requiredText());
    assertEquals(Set.of("configure"), compile("$X.configure($$$A)").requiredText());
    assertNull(compile("$F($$$A)").requiredText());
  }

  @Test
  void startKindsIsTheRootType() throws PatternException {
    assertEquals(Set.of("call_expression"), compile("Auth.signIn($U, $P)").startKinds());
    assertEquals(Set.of("import_statement"), compile("import { $$$N } from 'aws-amplify'").startKinds());
    assertNull(compile("$X").startKinds());
  }

  @Test
  void matchingTheWholePatternAgainstTheWrongKindFails() throws PatternException {
    PatternMatcher m = compile("Auth.signIn($U, $P)");
    Node root = parser.parse(new SourceFile("t.ts", "Auth.signIn(u, p);", Language.TSX)).root();
    // the program and the statement are not calls
    assertNull(m.match(root, Bindings.EMPTY));
    assertNull(m.match(root.namedChildren().getFirst(), Bindings.EMPTY));
  }

  @Test
  void existingBindingsConstrainTheMatch() throws PatternException {
    PatternMatcher m = compile("greet($X)");
    Node root = parser.parse(new SourceFile("t.ts", "greet(a);", Language.TSX)).root();
    Node call = root.namedChildren().getFirst().namedChildren().getFirst();
    Node b = parser.parse(new SourceFile("t.ts", "b;", Language.TSX)).root().namedChildren().getFirst().namedChildren()
        .getFirst();
    Bindings boundToB = Bindings.EMPTY.with("X", new Capture(List.of(b), b.start(), b.end(), b.source(), List.of()));
    assertNull(m.match(call, boundToB));
    assertNotNull(m.match(call, Bindings.EMPTY));
  }

  @Test
  void aCallPatternNamesWhatItCallsAndEveryCallItMatchesCallsThat() throws PatternException {
    assertEquals(Set.of("graphql"), compile("$API.graphql($GQL($OP))").calleeNames());
    assertEquals(Set.of("signIn"), compile("Auth.signIn($U, $P)").calleeNames());
    assertEquals(Set.of("greet"), compile("greet($$$ARGS)").calleeNames());
    assertEquals(Set.of("get"), compile("$S.get<$T>($KEY)").calleeNames());
    assertNull(compile("$F($X)").calleeNames(), "a metavariable calls anything");
    assertNull(compile("$A.$METHOD()").calleeNames());
    assertEquals(Set.of(), compile("await $X").calleeNames(), "not a call: it matches no call at all");
    assertEquals(Set.of(), compile("$A.$B").calleeNames());
    String code = "Auth.signIn(u, p); a?.b.signIn(u, p); (f)(x); API.graphql(q(x)); this.client.get<T>(k); greet(); x[y](z);";
    for (String pattern : List.of("$API.graphql($GQL($OP))", "$A.signIn($U, $P)", "$S.get<$T>($KEY)", "greet($$$ARGS)", "$F($X)",
        "$A.$B")) {
      PatternMatcher m = compile(pattern);
      List<Hit> found = hits(pattern, code);
      assertTrue(!found.isEmpty(), pattern + " matches something");
      for (Hit h : found) {
        // Empty names: what it matches is no call.
        assertTrue(m.calleeNames() == null || m.calleeNames().isEmpty() && !h.node().type().equals("call_expression")
            || m.calleeNames().contains(PatternMatcher.calleeName(h.node())),
            pattern + " matched " + h.node().text() + ", which calls " + PatternMatcher.calleeName(h.node()));
      }
    }
    Node root = parser.parse(new SourceFile("t.tsx", "a?.b.signIn(u); (f)(x); x[y](z); f(1);", Language.TSX)).root();
    List<String> names = new ArrayList<>();
    root.walk(n -> {
      if (n.type().equals("call_expression")) {
        names.add(String.valueOf(PatternMatcher.calleeName(n)));
      }
    });
    assertEquals(List.of("signIn", "null", "null", "f"), names);
  }

  @Test
  void aLongNodeMatchesOnlyWhereItsOwnTextHoldsTheLiterals() throws PatternException {
    // Blocks longer than the short-range search, the literal only outside one of them, and inside the other.
    String filler = "  x = x + 1;\n".repeat(60);
    String code = "function a() {\n" + filler + "}\nAuth.signOut();\nfunction b() {\n" + filler + "  Auth.signOut();\n}\n";
    List<Hit> found = hits("function $NAME() { $$$BODY }", code);
    assertEquals(2, found.size());
    List<Hit> withCall = hits("function $NAME() { $$$BEFORE; Auth.signOut(); }", code);
    assertEquals(1, withCall.size());
    assertEquals("b", withCall.getFirst().text("NAME"));
  }
}
