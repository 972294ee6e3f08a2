package dev.remold.match;

import dev.remold.parse.Node;
import java.util.Set;
import java.util.regex.Pattern;

/** Matches nodes whose text contains a match of a regular expression. */
public record RegexMatcher(Pattern regex) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    return regex.matcher(node.source()).region(node.start(), node.end()).find() ? bindings : null;
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
