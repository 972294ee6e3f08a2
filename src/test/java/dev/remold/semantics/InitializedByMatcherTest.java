package dev.remold.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.remold.match.Bindings;
import dev.remold.match.RegexMatcher;
import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which names take their value from `load()`: whole, or destructured from one of its properties. */
class InitializedByMatcherTest {
  private static final RegexMatcher LOAD = new RegexMatcher(Pattern.compile("^load\\("));
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  /** Returns whether the last use of `name` is matched (JavaScript parses with the TSX grammar). */
  private static boolean matches(String code, String name, String key) {
    Node root = parser.parse(new SourceFile("test.js", code, Language.TSX)).root();
    List<Node> uses = new ArrayList<>();
    root.walk(n -> {
      if (n.type().equals("identifier") && n.text().equals(name)) {
        uses.add(n);
      }
    });
    return new InitializedByMatcher(LOAD, key).match(uses.getLast(), Bindings.EMPTY) != null;
  }

  @Test
  void aNameDeclaredWithTheValueMatchesOnlyWithoutAKey() {
    assertEquals(true, matches("const r = await load(); use(r);", "r", null));
    assertEquals(false, matches("const r = await load(); use(r);", "r", "data"));
    assertEquals(false, matches("const r = other(load()); use(r);", "r", null));
  }

  @Test
  void aDestructuredNameMatchesItsOwnPropertyOnly() {
    assertEquals(true, matches("const { data } = await load(); use(data);", "data", "data"));
    assertEquals(false, matches("const { data } = await load(); use(data);", "data", null));
    assertEquals(true, matches("const { data: page, errors } = load(); use(page);", "page", "data"));
    assertEquals(false, matches("const { errors } = load(); use(errors);", "errors", "data"));
    // Nested: `item` is a property of data, not data itself.
    assertEquals(false, matches("const { data: { item } } = load(); use(item);", "item", "data"));
  }

  @Test
  void aThenCallbackReceivesWhatThePromiseResolvesTo() {
    assertEquals(true, matches("load().then(({ data }) => use(data));", "data", "data"));
    assertEquals(true, matches("load().then((r) => use(r));", "r", null));
    // The second argument of then is the rejection handler, not the value.
    assertEquals(false, matches("load().then(null, ({ data }) => use(data));", "data", "data"));
  }

  @Test
  void aShadowingDeclarationWins() {
    assertEquals(false, matches("const { data } = load(); function f(data) { use(data); }", "data", "data"));
  }
}
