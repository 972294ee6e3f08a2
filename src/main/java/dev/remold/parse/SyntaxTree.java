package dev.remold.parse;

import java.util.List;

/**
 * A parsed file: its source, the root of its immutable node snapshot, and its ERROR and MISSING nodes (outermost first,
 * in document order; empty when the file parsed cleanly), collected while the snapshot was made.
 */
public record SyntaxTree(SourceFile file, Node root, List<Node> errors) {
  public SyntaxTree {
    errors = List.copyOf(errors);
  }

  /** Returns the ERROR and MISSING nodes, outermost first; empty when the file parsed cleanly. */
  @Override
  public List<Node> errors() {
    return errors;
  }

  /** Returns the 1-based line of a char offset. */
  public int lineOf(int offset) {
    return lineOf(file.text(), offset);
  }

  /** Returns the 1-based line of a char offset in a text. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    // indexOf jumps from break to break, several times faster than reading every char.
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }
}
