package dev.remold.rewrite;

import dev.remold.parse.Node;
import java.util.Set;

/** Places the grep-able {@code // TODO(amplify-migrate): ID reason} comment on the line above a statement. */
public final class Markers {
  private static final java.util.regex.Pattern NEXT_LINE_DIRECTIVE = java.util.regex.Pattern.compile(
      "//\\s*(@ts-ignore|@ts-expect-error|eslint-disable-next-line|prettier-ignore|istanbul ignore next)\\b.*");

  private static final Set<String> STATEMENT_PARENTS =
      Set.of("program", "statement_block", "switch_case", "switch_default", "class_body");
  /** Lists where a line comment may stand between items: an object member, an array element, an argument. */
  private static final Set<String> ITEM_PARENTS = Set.of("object", "array", "arguments");

  private Markers() {}

  /** Returns the statement (or class member) that holds a node. */
  public static Node enclosingStatement(Node node) {
    Node n = node;
    while (n.parent() != null && !STATEMENT_PARENTS.contains(n.parent().type())) {
      n = n.parent();
    }
    return n;
  }

  /**
   * Returns where a marker about a node goes: the closest enclosing object member, array element or
   * argument that starts its own line (so a marker sits next to its call in a long object of
   * wrappers), else the enclosing statement. Never inside JSX, where a line comment is text.
   */
  static Node markerAnchor(Node node) {
    Node statement = enclosingStatement(node);
    for (Node n = node; n != statement && n.parent() != null; n = n.parent()) {
      if (n.type().startsWith("jsx_")) {
        return statement;
      }
    }
    for (Node n = node; n != statement && n.parent() != null; n = n.parent()) {
      if (ITEM_PARENTS.contains(n.parent().type()) && startsItsLine(n)) {
        return n;
      }
    }
    return statement;
  }

  private static boolean startsItsLine(Node n) {
    String text = n.source();
    int lineStart = text.lastIndexOf('\n', n.start() - 1) + 1;
    return text.substring(lineStart, n.start()).isBlank();
  }

  /**
   * Returns the insertion of a comment line above the statement holding the node, indented like it,
   * or null when the line above already carries the same comment (so a second run adds nothing).
   */
  public static Edit commentAbove(Node node, String comment, String ruleId, int group) {
    String text = node.source();
    Node stmt = markerAnchor(node);
    int lineStart = text.lastIndexOf('\n', stmt.start() - 1) + 1;
    int indentEnd = lineStart;
    while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
      indentEnd++;
    }
    String indent = text.substring(lineStart, indentEnd);
    String newline = newlineOf(text);
    // A directive for the next line (`// @ts-ignore`, `// eslint-disable-next-line`) must stay right above its
    // statement: the marker goes above the directives.
    int at = lineStart;
    while (at > 0) {
      int prevStart = text.lastIndexOf('\n', at - 2) + 1;
      if (!NEXT_LINE_DIRECTIVE.matcher(text.substring(prevStart, at).strip()).matches()) {
        break;
      }
      at = prevStart;
    }
    // Markers stack up above a statement; any comment line directly above may already be this one.
    for (int end = lineStart; end > 0; ) {
      int prevStart = text.lastIndexOf('\n', end - 2) + 1;
      String previous = text.substring(prevStart, end).strip();
      if (previous.equals(comment)) {
        return null;
      }
      if (!previous.startsWith("//")) {
        break;
      }
      end = prevStart;
    }
    return new Edit(at, at, indent + comment + newline, ruleId, group);
  }

  /**
   * Returns the file's indentation step: a tab when most indented lines start with one, else the most common number
   * of spaces by which a line goes deeper than the line before it (two when the file tells nothing).
   */
  public static String indentUnitOf(String text) {
    int tabs = 0;
    int spaced = 0;
    int[] steps = new int[9];
    int previous = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.charAt(0) == '\t') {
        tabs++;
        continue;
      }
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      if (spaces > 0) {
        spaced++;
      }
      int step = spaces - previous;
      if (step > 0 && step < steps.length) {
        steps[step]++;
      }
      previous = spaces;
    }
    if (tabs > spaced) {
      return "\t";
    }
    int best = 2;
    for (int s = 1; s < steps.length; s++) {
      if (steps[s] > steps[best]) {
        best = s;
      }
    }
    return " ".repeat(best);
  }

  /** Returns the indentation of the line that holds the offset. */
  public static String indentOfLine(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }

  /** Returns the line ending a file uses: CRLF when its first line ends so, else LF. */
  public static String newlineOf(String text) {
    int nl = text.indexOf('\n');
    return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
  }
}
