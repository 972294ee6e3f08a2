package dev.remold.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TODO marker goes above the enclosing statement, indented like it, and only once. */
class MarkersTest {
  private static final String TODO = "// TODO(amplify-migrate): AUTH-07 check the MFA flow";
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

  /** Returns the first node whose text is exactly {@code text}. */
  private static Node find(SyntaxTree tree, String text) {
    List<Node> found = new ArrayList<>();
    tree.root().walk(n -> {
      if (found.isEmpty() && n.isNamed() && n.text().equals(text)) {
        found.add(n);
      }
    });
    assertEquals(1, found.size(), "no node `" + text + "`");
    return found.getFirst();
  }

  /** Adds the marker above the node with the given text and checks the result still parses. */
  private static String mark(String code, String nodeText) {
    SyntaxTree tree = parse(code);
    Edit e = Markers.commentAbove(find(tree, nodeText), TODO, "auth-mfa", 0);
    assertNotNull(e);
    assertEquals(e.start(), e.end(), "a marker is an insertion");
    String out = EditSet.apply(code, List.of(e));
    assertEquals(List.of(), parse(out).errors());
    return out;
  }

  @Test
  void commentGoesAboveTheEnclosingStatementWithItsIndentation() {
    String code = """
        async function login(u: string, p: string) {
          if (u) {
            const user = await Auth.confirmSignIn(u, p);
            return user;
          }
        }
        """;
    assertEquals("""
        async function login(u: string, p: string) {
          if (u) {
            // TODO(amplify-migrate): AUTH-07 check the MFA flow
            const user = await Auth.confirmSignIn(u, p);
            return user;
          }
        }
        """, mark(code, "Auth.confirmSignIn(u, p)"));
  }

  @Test
  void commentGoesAboveTheDirectivesThatGovernTheNextLine() {
    // `// @ts-ignore` covers only the line after it: the marker must not come between them.
    String code = """
        function watch() {
          // @ts-ignore
          // eslint-disable-next-line no-console
          return Auth.confirmSignIn(u, p);
        }
        """;
    String marked = mark(code, "Auth.confirmSignIn(u, p)");
    assertEquals("""
        function watch() {
          // TODO(amplify-migrate): AUTH-07 check the MFA flow
          // @ts-ignore
          // eslint-disable-next-line no-console
          return Auth.confirmSignIn(u, p);
        }
        """, marked);
    assertNull(Markers.commentAbove(find(parse(marked), "Auth.confirmSignIn(u, p)"), TODO, "auth-mfa", 0),
        "a second run finds the marker above the directives");
  }

  @Test
  void commentGoesAboveAStatementThatSpansLines() {
    String code = """
        Hub.listen('auth', (data) => {
          refresh(data);
        });
        """;
    assertEquals("""
        // TODO(amplify-migrate): AUTH-07 check the MFA flow
        Hub.listen('auth', (data) => {
          refresh(data);
        });
        """, mark(code, "'auth'"));
  }

  @Test
  void innerStatementOfACallbackIsItsOwnStatement() {
    String code = """
        Hub.listen('auth', (data) => {
          refresh(data);
        });
        """;
    assertEquals("""
        Hub.listen('auth', (data) => {
          // TODO(amplify-migrate): AUTH-07 check the MFA flow
          refresh(data);
        });
        """, mark(code, "refresh(data)"));
  }

  @Test
  void classMembersAreStatementsToo() {
    String code = """
        class Session {
          async load() {
            return Auth.currentSession();
          }
          user = Auth.currentUser;
        }
        """;
    SyntaxTree tree = parse(code);
    // the grammar leaves a field's `;` to the class body
    assertEquals("user = Auth.currentUser",
        Markers.enclosingStatement(find(tree, "Auth.currentUser")).text());
    assertEquals("return Auth.currentSession();",
        Markers.enclosingStatement(find(tree, "Auth.currentSession()")).text());
  }

  @Test
  void notAddedTwice() {
    String once = mark("""
        function f() {
            Auth.signOut();
        }
        """, "Auth.signOut()");
    SyntaxTree again = parse(once);
    assertNull(Markers.commentAbove(find(again, "Auth.signOut()"), TODO, "auth-mfa", 0));
  }

  @Test
  void aDifferentCommentAboveDoesNotCount() {
    String code = """
        // TODO(amplify-migrate): AUTH-01 something else
        Auth.signOut();
        """;
    assertEquals("""
        // TODO(amplify-migrate): AUTH-01 something else
        // TODO(amplify-migrate): AUTH-07 check the MFA flow
        Auth.signOut();
        """, mark(code, "Auth.signOut()"));
  }

  @Test
  void firstLineOfTheFileGetsTheCommentAtOffsetZero() {
    assertEquals(TODO + "\nAuth.signOut();", mark("Auth.signOut();", "Auth.signOut()"));
  }

  @Test
  void crlfFilesGetACrlfMarkerAndStillOnlyOne() {
    String code = "function f() {\r\n\tAuth.signOut();\r\n}\r\n";
    String once = mark(code, "Auth.signOut()");
    assertEquals("function f() {\r\n\t" + TODO + "\r\n\tAuth.signOut();\r\n}\r\n", once);
    assertNull(Markers.commentAbove(find(parse(once), "Auth.signOut()"), TODO, "auth-mfa", 0));
  }

  @Test
  void indentOfLineAndNewlineOf() {
    String text = "a\n  \tb = 1;\n";
    assertEquals("  \t", Markers.indentOfLine(text, text.indexOf("= 1")));
    assertEquals("", Markers.indentOfLine(text, 0));
    assertEquals("\n", Markers.newlineOf(text));
    assertEquals("\r\n", Markers.newlineOf("a\r\nb\n"));
    assertEquals("\n", Markers.newlineOf("one line"));
  }

  @Test
  void theIndentStepIsReadFromTheFile() {
    assertEquals("    ", Markers.indentUnitOf("function f() {\n    if (a) {\n        g();\n    }\n}\n"));
    assertEquals("  ", Markers.indentUnitOf("function f() {\n  g();\n}\n"));
    assertEquals("\t", Markers.indentUnitOf("function f() {\n\tif (a) {\n\t\tg();\n\t}\n}\n"));
    assertEquals("  ", Markers.indentUnitOf("f();\n"), "a file that tells nothing gets two spaces");
  }
}
