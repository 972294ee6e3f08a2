package dev.remold.match;

import dev.remold.parse.Node;

/** Matches nodes the inner matcher rejects; binds nothing. */
public record NotMatcher(Matcher inner) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    return inner.match(node, bindings) == null ? bindings : null;
  }
}
