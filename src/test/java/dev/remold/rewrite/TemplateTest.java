package dev.remold.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Placeholder substitution, escapes, re-indentation and line endings of fix templates. */
class TemplateTest {

  private static Template.Value v(String text) {
    return Template.Value.computed(text);
  }

  @Test
  void substitutesPlaceholders() {
    Template t = Template.parse("signIn({ username: $U, password: $P })");
    assertEquals(Set.of("U", "P"), t.variables());
    assertEquals("signIn({ username: user, password: pass })",
        t.render(Map.of("U", v("user"), "P", v("pass")), "", "\n", '\''));
  }

  @Test
  void substitutesRunPlaceholdersAndRepeats() {
    Template t = Template.parse("$F($$$ARGS); $F()");
    assertEquals(Set.of("F", "ARGS"), t.variables());
    assertEquals("go(a, b); go()", t.render(Map.of("F", v("go"), "ARGS", v("a, b")), "", "\n", '\''));
  }

  @Test
  void escapedDollarIsWrittenLiterally() {
    Template t = Template.parse("`\\${name}` + \\$X + $Y");
    assertEquals(Set.of("Y"), t.variables());
    assertEquals("`${name}` + $X + y", t.render(Map.of("Y", v("y")), "", "\n", '\''));
  }

  @Test
  void lowercaseDollarNamesAreNotPlaceholders() {
    Template t = Template.parse("$state.set($V)");
    assertEquals(Set.of("V"), t.variables());
    assertEquals("$state.set(1)", t.render(Map.of("V", v("1")), "", "\n", '\''));
  }

  @Test
  void missingValueIsAnError() {
    Template t = Template.parse("f($A)");
    assertThrows(IllegalArgumentException.class, () -> t.render(Map.of(), "", "\n", '\''));
  }

  @Test
  void trailingNewlinesOfAYamlBlockAreDropped() {
    assertEquals("signOut()", Template.parse("signOut()\n").render(Map.of(), "  ", "\n", '\''));
    assertEquals("signOut()", Template.parse("signOut()\r\n\r\n").render(Map.of(), "  ", "\r\n", '\''));
    assertEquals("signOut()", Template.parse("signOut()").toString());
  }

  @Test
  void anEmptyListAloneOnItsLineLeavesNoBlankLine() {
    Template t = Template.parse("""
        {
          $$$BEFORE
          go();
        }
        """);
    assertEquals("{\n  go();\n}", t.render(Map.of("BEFORE", v("")), "", "\n", '\''));
  }

  @Test
  void theTemplatesTwoSpaceStepsBecomeTheFilesStep() {
    Template t = Template.parse("""
        {
          const stop = listen($L);
          return () => stop();
        }
        """);
    assertEquals("{\n        const stop = listen(l);\n        return () => stop();\n    }",
        t.render(Map.of("L", v("l")), "    ", "\n", '\'', "    "));
    assertEquals("{\n\t\tconst stop = listen(l);\n\t\treturn () => stop();\n\t}",
        t.render(Map.of("L", v("l")), "\t", "\n", '\'', "\t"));
  }

  @Test
  void laterTemplateLinesTakeTheIndentOfTheMatchLine() {
    Template t = Template.parse("""
        await signIn({
          username: $U,
          password: $P,
        })
        """);
    String out = t.render(Map.of("U", v("user"), "P", v("pass")), "    ", "\n", '\'');
    assertEquals("""
        await signIn({
              username: user,
              password: pass,
            })""", out);
  }

  @Test
  void blankTemplateLinesGetNoTrailingIndent() {
    assertEquals("a();\n\n  b();", Template.parse("a();\n\nb();").render(Map.of(), "  ", "\n", '\''));
  }

  @Test
  void templateLineBreaksUseTheFilesNewline() {
    Template t = Template.parse("f({\n  a: $A,\n})\n");
    assertEquals("f({\r\n    a: 1,\r\n  })", t.render(Map.of("A", v("1")), "  ", "\r\n", '\''));
  }

  @Test
  void crlfInTheTemplateBecomesTheFilesNewline() {
    Template t = Template.parse("f({\r\n  a: $A,\r\n})\r\n");
    assertEquals("f({\n  a: 1,\n})", t.render(Map.of("A", v("1")), "", "\n", '\''));
    assertEquals("f({\r\n  a: 1,\r\n})", t.render(Map.of("A", v("1")), "", "\r\n", '\''));
  }

  @Test
  void multiLineValueOnALaterTemplateLineKeepsItsShape() {
    // the value was cut from a line indented 4; it lands on a template line indented 2 under a match at 2
    Template t = Template.parse("""
        configure({
          auth: $C,
        })""");
    Template.Value c = new Template.Value("{\n      region: r,\n      pool: p,\n    }", "    ", -1);
    assertEquals("""
        configure({
            auth: {
              region: r,
              pool: p,
            },
          })""", t.render(Map.of("C", c), "  ", "\n", '\''));
  }

  @Test
  void multiLineValueOnTheFirstTemplateLineKeepsItsShape() {
    // Auth.signIn({ ... }) at indent 2 rewritten to signIn($ARG): the object keeps its layout
    Template.Value arg = new Template.Value("{\n    username,\n    password,\n  }", "  ", -1);
    assertEquals("signIn({\n    username,\n    password,\n  })",
        Template.parse("signIn($ARG)").render(Map.of("ARG", arg), "  ", "\n", '\''));
  }

  @Test
  void multiLineValueMovesWithADeeperMatchLine() {
    // cut at indent 0, placed on a line indented 4
    Template.Value arg = new Template.Value("{\n  a,\n}", "", -1);
    assertEquals("f({\n      a,\n    })", Template.parse("f($ARG)").render(Map.of("ARG", arg), "    ", "\n", '\''));
  }

  @Test
  void capturedCrlfLinesStayCrlf() {
    Template.Value arg = new Template.Value("{\r\n    a,\r\n  }", "  ", -1);
    assertEquals("f({\r\n    a,\r\n  })", Template.parse("f($ARG)").render(Map.of("ARG", arg), "  ", "\r\n", '\''));
  }

  @Test
  void anEmptyListLeavesNoDanglingComma() {
    Template t = Template.parse("f($A, $$$REST)");
    assertEquals("f(a)", t.render(Map.of("A", v("a"), "REST", v("")), "", "\n", '\''));
    assertEquals("f(a, b, c)", t.render(Map.of("A", v("a"), "REST", v("b, c")), "", "\n", '\''));
    assertEquals("g(x)", Template.parse("g($$$FIRST, $X)").render(Map.of("FIRST", v(""), "X", v("x")), "", "\n", '\''));
  }
}
