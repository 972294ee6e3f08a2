package dev.remold.rewrite;

import dev.remold.parse.Node;
import java.util.Set;

/** Places the grep-able {@code // TODO(amplify-migrate): ID reason} comment on the line above a statement. */
public final class Markers {
  private static final Set<String> STATEMENT_PARENTS =
      Set.of("program", "statement_block", "switch_case", "switch_default", "class_body");

  private Markers() {}

  /** Returns the statement (or class member) that holds a node: where a marker goes. */
  public static Node enclosingStatement(Node node) {
    Node n = node;
    while (n.parent() != null && !STATEMENT_PARENTS.contains(n.parent().type())) {
      n = n.parent();
    }
    return n;
  }

  /**
   * Returns the insertion of a comment line above the statement holding the node, indented like it,
   * or null when the line above already carries the same comment (so a second run adds nothing).
   */
  public static Edit commentAbove(Node node, String comment, String ruleId, int group) {
    String text = node.source();
    Node stmt = enclosingStatement(node);
    int lineStart = text.lastIndexOf('\n', stmt.start() - 1) + 1;
    int indentEnd = lineStart;
    while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
      indentEnd++;
    }
    String indent = text.substring(lineStart, indentEnd);
    String newline = newlineOf(text);
    if (lineStart > 0) {
      int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      String previous = text.substring(prevStart, lineStart).strip();
      if (previous.equals(comment)) {
        return null;
      }
    }
    return new Edit(lineStart, lineStart, indent + comment + newline, ruleId, group);
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
