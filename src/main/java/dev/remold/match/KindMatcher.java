package dev.remold.match;

import dev.remold.parse.Node;
import java.util.Set;

/** Matches nodes of one grammar type. */
public record KindMatcher(String kind) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    return node.type().equals(kind) ? bindings : null;
  }

  @Override
  public Set<String> startKinds() {
    return Set.of(kind);
  }
}
