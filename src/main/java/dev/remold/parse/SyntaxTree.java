package dev.remold.parse;

import java.util.ArrayList;
import java.util.List;

/** A parsed file: its source and the root of its immutable node snapshot. */
public record SyntaxTree(SourceFile file, Node root) {

  /** Returns the ERROR and MISSING nodes, outermost first; empty when the file parsed cleanly. */
  public List<Node> errors() {
    List<Node> out = new ArrayList<>();
    root.walk(n -> {
      if (n.isError() || n.isMissing()) {
        out.add(n);
      }
    });
    return out;
  }

  /** Returns the 1-based line of a char offset. */
  public int lineOf(int offset) {
    return lineOf(file.text(), offset);
  }

  /** Returns the 1-based line of a char offset in a text. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
