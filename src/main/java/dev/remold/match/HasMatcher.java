package dev.remold.match;

import dev.remold.parse.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/** Matches nodes that have a descendant matching the inner matcher. */
public record HasMatcher(Matcher descendant) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
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
}
