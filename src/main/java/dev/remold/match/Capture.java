package dev.remold.match;

import dev.remold.parse.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * What a metavariable matched: one node ({@code $X}) or a run of sibling nodes ({@code $$$X}).
 *
 * <p>Comments beside the nodes travel with them, so a rewrite that moves the capture keeps them:
 * comments right before and right after the nodes widen the range [start, end); a comment that
 * follows the next separator on the same line ({@code a, // note}) belongs to the item before the
 * separator and is carried as a trailing comment.
 */
public record Capture(List<Node> nodes, int start, int end, String source, List<Node> trailingComments) {
  public Capture {
    nodes = List.copyOf(nodes);
    trailingComments = List.copyOf(trailingComments);
    if (start > end) {
      throw new IllegalArgumentException("capture range " + start + ">" + end);
    }
  }

  /** Returns the captured source text with the comments that travel with it. */
  public String text() {
    StringBuilder sb = new StringBuilder(source.substring(start, end));
    for (Node c : trailingComments) {
      sb.append(' ').append(c.text());
    }
    return sb.toString();
  }

  /** Returns the single captured node, or null for an empty list capture. */
  public Node node() {
    return nodes.isEmpty() ? null : nodes.getFirst();
  }

  /** Returns whether a comment travels with this capture. */
  public boolean carries(Node comment) {
    return (start <= comment.start() && comment.end() <= end) || trailingComments.contains(comment);
  }

  /** Returns where a trailing {@code //} comment starts in {@link #text()}, or -1 when the text does not end with one. */
  public int lineCommentAt() {
    String t = text();
    Node last = trailingComments.isEmpty() ? lastCommentInRange() : trailingComments.getLast();
    if (last == null || !last.text().startsWith("//") || !t.endsWith(last.text())) {
      return -1;
    }
    return t.length() - last.text().length();
  }

  private Node lastCommentInRange() {
    Node n = nodes.isEmpty() ? null : nodes.getLast().nextSibling();
    Node found = null;
    for (; n != null && n.isComment() && n.end() <= end; n = n.nextSibling()) {
      found = n;
    }
    return found;
  }

  /** Returns a capture of one node with its comments. */
  static Capture of(Node node, boolean withComments) {
    return ofRun(List.of(node), node.start(), node.source(), withComments);
  }

  /** Returns a capture of a run of siblings with its comments; an empty run sits at position {@code at}. */
  static Capture ofRun(List<Node> run, int at, String source, boolean withComments) {
    if (run.isEmpty()) {
      return new Capture(run, at, at, source, List.of());
    }
    Node first = run.getFirst();
    Node last = run.getLast();
    int start = first.start();
    int end = last.end();
    List<Node> trailing = new ArrayList<>();
    if (withComments) {
      for (Node p = first.previousSibling(); p != null && p.isComment() && !trailsSeparator(p); p = p.previousSibling()) {
        start = p.start();
      }
      Node n = last.nextSibling();
      for (; n != null && n.isComment(); n = n.nextSibling()) {
        end = n.end();
      }
      if (n != null && n.type().equals(",")) {
        for (Node c = n.nextSibling(); c != null && c.isComment() && sameLine(source, n.end(), c.start()); c = c.nextSibling()) {
          trailing.add(c);
        }
      }
    }
    return new Capture(run, start, end, source, trailing);
  }

  /** Returns whether a comment follows a {@code ,} on the same line: it then belongs to the item before the comma. */
  private static boolean trailsSeparator(Node comment) {
    Node before = comment.previousSibling();
    while (before != null && before.isComment()) {
      before = before.previousSibling();
    }
    return before != null && before.type().equals(",") && sameLine(comment.source(), before.end(), comment.start());
  }

  private static boolean sameLine(String source, int from, int to) {
    return source.substring(from, to).indexOf('\n') < 0;
  }
}
