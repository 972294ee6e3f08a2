package dev.remold.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kind, regex, relational and composite matchers, alone and combined with patterns. */
class MatcherTest {
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  private static Matcher pattern(String code) throws PatternException {
    return PatternMatcher.compile(code, Language.TSX, parser);
  }

  private static Node parse(String code) {
    return parser.parse(new SourceFile("test.tsx", code, Language.TSX)).root();
  }

  /** Returns the text of every node the matcher accepts, in document order. */
  private static List<String> matched(Matcher m, String code) {
    List<String> out = new ArrayList<>();
    parse(code).walk(n -> {
      if (m.match(n, Bindings.EMPTY) != null) {
        out.add(n.text());
      }
    });
    return out;
  }

  private static Node first(Node root, String type) {
    List<Node> found = new ArrayList<>();
    root.walk(n -> {
      if (found.isEmpty() && n.type().equals(type)) {
        found.add(n);
      }
    });
    assertEquals(1, found.size(), "no " + type);
    return found.getFirst();
  }

  @Test
  void kindMatchesTheNodeType() {
    KindMatcher m = new KindMatcher("arrow_function");
    assertEquals(List.of("() => 1", "x => x"), matched(m, "const a = () => 1; const b = x => x; function c() {}"));
    assertEquals(Set.of("arrow_function"), m.startKinds());
    assertNull(m.requiredText());
  }

  @Test
  void regexLooksOnlyAtTheNodesOwnText() {
    String code = "first(); second(secret);";
    Node root = parse(code);
    Node firstCall = first(root, "call_expression");
    assertEquals("first()", firstCall.text());
    assertNull(new RegexMatcher(Pattern.compile("secret")).match(firstCall, Bindings.EMPTY));
    assertNotNull(new RegexMatcher(Pattern.compile("fir")).match(firstCall, Bindings.EMPTY));
    // ^ and $ anchor at the node's bounds, not the file's
    assertNotNull(new RegexMatcher(Pattern.compile("^first\\(\\)$")).match(firstCall, Bindings.EMPTY));
    assertEquals(List.of("second(secret)"),
        matched(new AllMatcher(List.of(new KindMatcher("call_expression"), new RegexMatcher(Pattern.compile("sec")))),
            code));
  }

  @Test
  void insideLooksAtAncestorsNotTheNodeItself() throws PatternException {
    String code = """
        async function load() { await fetchTodos(); }
        fetchTodos();
        """;
    Matcher m = new AllMatcher(List.of(pattern("fetchTodos()"), new InsideMatcher(new KindMatcher("function_declaration"))));
    assertEquals(List.of("fetchTodos()"), matched(m, code));
    assertEquals(code.indexOf("fetchTodos"), startOfOnly(m, code));
    Matcher self = new AllMatcher(List.of(new KindMatcher("call_expression"), new InsideMatcher(new KindMatcher("call_expression"))));
    assertEquals(List.of("g()"), matched(self, "f(g());"));
  }

  @Test
  void hasLooksAtDescendantsNotTheNodeItself() {
    String code = """
        async function a() { await x(); }
        async function b() { return y(); }
        """;
    Matcher m = new AllMatcher(List.of(new KindMatcher("function_declaration"), new HasMatcher(new KindMatcher("await_expression"))));
    assertEquals(1, matched(m, code).size());
    assertTrue(matched(m, code).getFirst().startsWith("async function a()"));
    Matcher self = new AllMatcher(List.of(new KindMatcher("call_expression"), new HasMatcher(new KindMatcher("call_expression"))));
    assertEquals(List.of("f(g())"), matched(self, "f(g());"));
  }

  @Test
  void hasFindsDeepDescendants() {
    Matcher m = new AllMatcher(List.of(new KindMatcher("program"), new HasMatcher(new KindMatcher("template_string"))));
    assertEquals(1, matched(m, "if (a) { while (b) { log(`deep ${c}`); } }").size());
    assertEquals(0, matched(m, "if (a) { while (b) { log('flat'); } }").size());
  }

  @Test
  void hasReturnsTheBindingsOfTheDescendant() throws PatternException {
    Matcher m = new AllMatcher(List.of(new KindMatcher("function_declaration"), new HasMatcher(pattern("Auth.signIn($U, $P)"))));
    Node fn = first(parse("function login() { if (ok) { Auth.signIn(name, secret); } }"), "function_declaration");
    Bindings b = m.match(fn, Bindings.EMPTY);
    assertNotNull(b);
    assertEquals("name", b.get("U").text());
    assertEquals("secret", b.get("P").text());
  }

  @Test
  void notInvertsAndBindsNothing() throws PatternException {
    Matcher m = new AllMatcher(List.of(pattern("$F($X)"), new NotMatcher(pattern("log($Y)"))));
    String code = "log(a); warn(b);";
    assertEquals(List.of("warn(b)"), matched(m, code));
    Node warn = parse(code).namedChildren().get(1).namedChildren().getFirst();
    Bindings b = m.match(warn, Bindings.EMPTY);
    assertEquals(Set.of("F", "X"), b.names());
    assertNull(new NotMatcher(new KindMatcher("x")).requiredText());
    assertNull(new NotMatcher(new KindMatcher("x")).startKinds());
  }

  @Test
  void allThreadsBindingsThroughItsMatchersInOrder() throws PatternException {
    // $X from the call must be the same $X in the enclosing if's condition
    Matcher m = new AllMatcher(List.of(pattern("use($X)"), new InsideMatcher(pattern("if ($X) { $$$B }"))));
    String code = """
        if (a) { use(a); }
        if (b) { use(a); }
        """;
    List<String> hits = new ArrayList<>();
    Node root = parse(code);
    root.walk(n -> {
      if (m.match(n, Bindings.EMPTY) != null) {
        hits.add(n.text() + "@" + n.start());
      }
    });
    assertEquals(List.of("use(a)@9"), hits);
  }

  @Test
  void allRequiresEveryMatcher() throws PatternException {
    Matcher m = new AllMatcher(List.of(pattern("$F($$$A)"), new RegexMatcher(Pattern.compile("^get"))));
    assertEquals(List.of("getUser(1)"), matched(m, "getUser(1); setUser(2); get;"));
  }

  @Test
  void anyTakesTheFirstThatMatches() throws PatternException {
    Matcher m = new AnyMatcher(List.of(pattern("Auth.signIn($U, $P)"), pattern("signIn($U, $P)")));
    String code = "Auth.signIn(a, b); signIn(c, d); signUp(e, f);";
    assertEquals(List.of("Auth.signIn(a, b)", "signIn(c, d)"), matched(m, code));
    Node call = first(parse("signIn(c, d);"), "call_expression");
    assertEquals("c", m.match(call, Bindings.EMPTY).get("U").text());
  }

  @Test
  void anyUnionsStartKindsAndRequiredText() throws PatternException {
    Matcher m = new AnyMatcher(List.of(pattern("Auth.signIn($U, $P)"), pattern("import { $$$N } from 'aws-amplify'")));
    assertEquals(Set.of("call_expression", "import_statement"), m.startKinds());
    assertEquals(2, m.requiredText().size());
    assertTrue(m.requiredText().contains("signIn"));
    // one branch without a prefilter means the whole Any has none
    Matcher open = new AnyMatcher(List.of(pattern("Auth.signIn($U, $P)"), new KindMatcher("identifier")));
    assertNull(open.requiredText());
    assertNull(new AnyMatcher(List.of(pattern("a()"), pattern("$X"))).startKinds());
  }

  @Test
  void allIntersectsStartKindsAndTakesAKnownRequiredText() throws PatternException {
    Matcher m = new AllMatcher(List.of(new KindMatcher("call_expression"), pattern("Auth.signOut()")));
    assertEquals(Set.of("call_expression"), m.startKinds());
    assertEquals(Set.of("signOut"), m.requiredText());
    Matcher never = new AllMatcher(List.of(new KindMatcher("identifier"), pattern("Auth.signOut()")));
    assertEquals(Set.of(), never.startKinds());
    Matcher open = new AllMatcher(List.of(new KindMatcher("call_expression"), new InsideMatcher(new KindMatcher("program"))));
    assertEquals(Set.of("call_expression"), open.startKinds());
    assertNull(open.requiredText());
  }

  @Test
  void textWithinIsTextEveryMatchedNodeHolds() throws PatternException {
    Matcher call = pattern("Amplify.configure($C)");
    Matcher regex = new RegexMatcher(Pattern.compile("^aws_[a-z_]+$"));
    assertEquals(Set.of("configure"), call.textWithin());
    assertEquals(Set.of("aws_"), regex.textWithin());
    assertEquals(Set.of("configure", "aws_"), new AnyMatcher(List.of(call, regex)).textWithin());
    assertNull(new AnyMatcher(List.of(call, new KindMatcher("identifier"))).textWithin());
    assertEquals(Set.of("configure"), new AllMatcher(List.of(new KindMatcher("call_expression"), call)).textWithin());
    assertEquals(Set.of("configure"), new HasMatcher(call).textWithin());
    // An ancestor's text reaches outside the node.
    assertNull(new InsideMatcher(call).textWithin());
    String code = "Amplify.configure(c); const aws_x = config.aws_region; f(() => Amplify.configure({}));\n";
    for (Matcher m : List.of(call, regex, new HasMatcher(call), new AnyMatcher(List.of(call, regex)))) {
      List<String> texts = matched(m, code);
      assertTrue(!texts.isEmpty(), m.toString());
      texts.forEach(t -> assertTrue(m.textWithin().stream().anyMatch(t::contains), t + " lacks " + m.textWithin()));
    }
  }

  @Test
  void boundWithinNamesTheMetavariablesAMatchBindsInsideTheNode() throws PatternException {
    assertEquals(Set.of("A", "B"), pattern("$A.$B($$$ARGS)").boundWithin());
    assertEquals(Set.of("A"), new AnyMatcher(List.of(pattern("$A.$B($$$ARGS)"), pattern("$A($C)"))).boundWithin());
    assertEquals(Set.of("A", "B", "C", "D"), new AllMatcher(List.of(pattern("$A.$B($$$ARGS)"), pattern("$C.$D($$$ARGS)"))).boundWithin());
    assertEquals(Set.of(), new InsideMatcher(pattern("log($MSG)")).boundWithin());
    assertEquals(Set.of(), new HasMatcher(pattern("log($MSG)")).boundWithin());
  }

  @Test
  void hasDoesNotSearchANodeWithoutTheLiteralsOfWhatItLooksFor() {
    int[] asked = {0};
    Matcher counting = (node, bindings) -> {
      asked[0]++;
      return node.type().equals("identifier") ? bindings : null;
    };
    assertEquals(List.of(), matched(new HasMatcher(counting, Set.of("absent")), "f(a, b);\n"));
    assertEquals(0, asked[0]);
    assertTrue(!matched(new HasMatcher(counting, Set.of("b")), "f(a, b);\n").isEmpty());
    assertTrue(asked[0] > 0);
  }

  @Test
  void relationalMatchersPassOnTheInnerRequiredText() throws PatternException {
    assertEquals(Set.of("configure"), new InsideMatcher(pattern("Amplify.configure($C)")).requiredText());
    assertEquals(Set.of("configure"), new HasMatcher(pattern("Amplify.configure($C)")).requiredText());
    assertNull(new InsideMatcher(pattern("Amplify.configure($C)")).startKinds());
  }

  private static int startOfOnly(Matcher m, String code) {
    List<Integer> starts = new ArrayList<>();
    parse(code).walk(n -> {
      if (m.match(n, Bindings.EMPTY) != null) {
        starts.add(n.start());
      }
    });
    assertEquals(1, starts.size());
    return starts.getFirst();
  }
}
