package dev.remold.match;

import dev.remold.parse.Node;
import java.util.List;

/**
 * What a metavariable matched: one node ({@code $X}) or a run of sibling nodes ({@code $$$X}).
 *
 * <p>The range [start, end) may reach past the nodes over comments that sit right beside them,
 * so that a rewrite that moves the capture carries its comments along.
 */
public record Capture(List<Node> nodes, int start, int end, String source) {
  public Capture {
    nodes = List.copyOf(nodes);
    if (start > end) {
      throw new IllegalArgumentException("capture range " + start + ">" + end);
    }
  }

  /** Returns the captured source text, comments beside the nodes included. */
  public String text() {
    return source.substring(start, end);
  }

  /** Returns the single captured node, or null for an empty list capture. */
  public Node node() {
    return nodes.isEmpty() ? null : nodes.getFirst();
  }

  /** Returns a capture of one node, widened over the comments directly beside it. */
  static Capture of(Node node, boolean widenOverComments) {
    return ofRun(List.of(node), node.start(), node.source(), widenOverComments);
  }

  /** Returns a capture of a run of siblings; an empty run sits at position {@code at} of {@code source}. */
  static Capture ofRun(List<Node> run, int at, String source, boolean widenOverComments) {
    if (run.isEmpty()) {
      // The file's text, not "": text() cuts [at, at) from it, which fails on "" for any at > 0.
      return new Capture(run, at, at, source);
    }
    Node first = run.getFirst();
    Node last = run.getLast();
    int start = first.start();
    int end = last.end();
    if (widenOverComments) {
      for (Node p = first.previousSibling(); p != null && p.isComment(); p = p.previousSibling()) {
        start = p.start();
      }
      for (Node n = last.nextSibling(); n != null && n.isComment(); n = n.nextSibling()) {
        end = n.end();
      }
    }
    return new Capture(run, start, end, first.source());
  }
}
