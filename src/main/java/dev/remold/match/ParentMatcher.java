package dev.remold.match;

import dev.remold.parse.Node;
import java.util.Set;

/** Matches nodes whose direct parent matches the inner matcher. */
public record ParentMatcher(Matcher parent) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    return node.parent() == null ? null : parent.match(node.parent(), bindings);
  }

  @Override
  public Set<String> requiredText() {
    return parent.requiredText();
  }

  @Override
  public java.util.List<Set<String>> requiredGroups() {
    return parent.requiredGroups();
  }

  @Override
  public java.util.List<Set<String>> requiredModules() {
    return parent.requiredModules();
  }

  @Override
  public Set<String> alwaysBound() {
    return parent.alwaysBound();
  }
}
