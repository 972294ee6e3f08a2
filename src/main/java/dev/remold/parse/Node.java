package dev.remold.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * An immutable snapshot of one tree-sitter node, with offsets in Java chars.
 *
 * <p>Snapshots exist because native nodes die with their tree: touching one after close crashes
 * the JVM, so nothing native ever leaves the {@code parse} package.
 */
public final class Node {
  private final String type;
  private final int symbol;
  private final String field;
  private final int start;
  private final int end;
  private final boolean named;
  private final boolean missing;
  private final String source;
  private Node parent;
  private int indexInParent;
  private static final Node[] NO_CHILDREN = {};
  /** The children; walks read the array directly. */
  private Node[] kids = NO_CHILDREN;
  /** A read-only view of {@link #kids}, made when first asked for: most nodes of a tree are never asked. */
  private List<Node> children;

  Node(String type, int symbol, String field, int start, int end, boolean named, boolean missing, String source) {
    this.type = type;
    this.symbol = symbol;
    this.field = field;
    this.start = start;
    this.end = end;
    this.named = named;
    this.missing = missing;
    this.source = source;
  }

  void setChildren(Node[] kids) {
    this.kids = kids;
    for (int i = 0; i < kids.length; i++) {
      kids[i].parent = this;
      kids[i].indexInParent = i;
    }
  }

  /** Returns the grammar's node type, e.g. {@code call_expression}. */
  public String type() {
    return type;
  }

  /** Returns the grammar's number for the node's type, below {@link Parser#symbolCount}; -1 for an error node. */
  public int symbol() {
    return symbol;
  }

  /** Returns the field name this node has in its parent, or null. */
  public String field() {
    return field;
  }

  /** Returns the start offset (inclusive) in chars. */
  public int start() {
    return start;
  }

  /** Returns the end offset (exclusive) in chars. */
  public int end() {
    return end;
  }

  /** Returns whether the grammar names this node (anonymous nodes are punctuation and keywords). */
  public boolean isNamed() {
    return named;
  }

  /** Returns whether the parser inserted this node to recover from an error. */
  public boolean isMissing() {
    return missing;
  }

  /** Returns whether this node is a parse error. */
  public boolean isError() {
    return type.equals("ERROR");
  }

  /** Returns whether this node is a comment. */
  public boolean isComment() {
    return type.equals("comment") || type.equals("html_comment");
  }

  /** Returns the source text this node spans. */
  public String text() {
    return source.substring(start, end);
  }

  /** Returns the whole text of the file this node belongs to. */
  public String source() {
    return source;
  }

  /** Returns the parent node, or null for the root. */
  public Node parent() {
    return parent;
  }

  /** Returns all children, named and anonymous, in order. */
  public List<Node> children() {
    List<Node> view = children;
    if (view == null) {
      // Made again by a racing thread at worst: every view of the same array is alike.
      view = kids.length == 0 ? List.of() : Collections.unmodifiableList(java.util.Arrays.asList(kids));
      children = view;
    }
    return view;
  }

  /** Returns the number of children, named and anonymous. */
  public int childCount() {
    return kids.length;
  }

  /** Returns the child at an index, named or anonymous. */
  public Node childAt(int index) {
    return kids[index];
  }

  /** Returns the index of this node among its parent's children. */
  public int indexInParent() {
    return indexInParent;
  }

  /** Returns the children as the array they are kept in, for the parse package's own walks (never to be changed). */
  Node[] childArray() {
    return kids;
  }

  /** Returns the named children in order. */
  public List<Node> namedChildren() {
    List<Node> out = new ArrayList<>();
    for (Node c : kids) {
      if (c.named) {
        out.add(c);
      }
    }
    return out;
  }

  /** Returns the first child with the given field name, or null. */
  public Node child(String fieldName) {
    for (Node c : kids) {
      if (fieldName.equals(c.field)) {
        return c;
      }
    }
    return null;
  }

  /** Returns the previous sibling, or null. */
  public Node previousSibling() {
    return parent == null || indexInParent == 0 ? null : parent.kids[indexInParent - 1];
  }

  /** Returns the next sibling, or null. */
  public Node nextSibling() {
    return parent == null || indexInParent + 1 >= parent.kids.length ? null : parent.kids[indexInParent + 1];
  }

  /** Returns whether this node is the given node or lies inside it. */
  public boolean isWithin(Node ancestor) {
    for (Node n = this; n != null; n = n.parent) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Visits this node and all its descendants in document order. */
  public void walk(Consumer<Node> visitor) {
    ArrayList<Node> stack = new ArrayList<>();
    stack.add(this);
    while (!stack.isEmpty()) {
      Node n = stack.removeLast();
      visitor.accept(n);
      for (int i = n.kids.length - 1; i >= 0; i--) {
        stack.add(n.kids[i]);
      }
    }
  }

  /** Returns the first node, in document order, of this node and its descendants that passes the test; null if none. */
  public Node first(java.util.function.Predicate<Node> test) {
    ArrayList<Node> stack = new ArrayList<>();
    stack.add(this);
    while (!stack.isEmpty()) {
      Node n = stack.removeLast();
      if (test.test(n)) {
        return n;
      }
      for (int i = n.kids.length - 1; i >= 0; i--) {
        stack.add(n.kids[i]);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")";
  }
}
