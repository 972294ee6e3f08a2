package dev.remold.match;

import dev.remold.parse.Node;
import java.util.Set;

/** Matches nodes the inner matcher rejects; binds nothing. */
public record NotMatcher(Matcher inner) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    return inner.match(node, bindings) == null ? bindings : null;
  }

  @Override
  public Set<String> startKinds() {
    return null;
  }

  @Override
  public Set<String> requiredText() {
    return null;
  }
}
