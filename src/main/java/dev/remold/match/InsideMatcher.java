package dev.remold.match;

import dev.remold.parse.Node;
import java.util.Set;

/** Matches nodes that have an ancestor matching the inner matcher. */
public record InsideMatcher(Matcher ancestor) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    for (Node a = node.parent(); a != null; a = a.parent()) {
      Bindings b = ancestor.match(a, bindings);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  @Override
  public Set<String> requiredText() {
    return ancestor.requiredText();
  }

  @Override
  public java.util.List<Set<String>> requiredGroups() {
    return ancestor.requiredGroups();
  }

  @Override
  public java.util.List<Set<String>> requiredModules() {
    return ancestor.requiredModules();
  }

  @Override
  public Set<String> alwaysBound() {
    return ancestor.alwaysBound();
  }
}
