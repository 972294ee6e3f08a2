package dev.remold.match;

import dev.remold.parse.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Matches nodes that have a descendant matching the inner matcher. {@code literals} (null: none known) are what the
 * descendant's text holds one of, and so the node's: a node without them is not searched.
 */
public record HasMatcher(Matcher descendant, Set<String> literals) implements Matcher {
  public HasMatcher(Matcher descendant) {
    this(descendant, descendant.textWithin());
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    if (literals != null && !NodeText.containsAny(node, literals)) {
      return null;
    }
    Deque<Node> todo = new ArrayDeque<>(node.children());
    while (!todo.isEmpty()) {
      Node n = todo.removeFirst();
      Bindings b = descendant.match(n, bindings);
      if (b != null) {
        return b;
      }
      n.children().reversed().forEach(todo::addFirst);
    }
    return null;
  }

  @Override
  public Set<String> requiredText() {
    return descendant.requiredText();
  }

  @Override
  public java.util.List<Set<String>> requiredGroups() {
    return descendant.requiredGroups();
  }

  @Override
  public java.util.List<Set<String>> requiredModules() {
    return descendant.requiredModules();
  }

  @Override
  public Set<String> textWithin() {
    return literals;
  }

  @Override
  public Set<String> alwaysBound() {
    return descendant.alwaysBound();
  }
}
