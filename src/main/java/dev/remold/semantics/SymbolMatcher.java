package dev.remold.semantics;

import dev.remold.match.Bindings;
import dev.remold.match.Matcher;
import dev.remold.parse.Node;
import java.util.HashSet;
import java.util.Set;

/** Matches expressions that denote one of the given module exports ({@code module#path}), wherever they were imported. */
public record SymbolMatcher(Set<String> symbols) implements Matcher {
  public SymbolMatcher {
    symbols = Set.copyOf(symbols);
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    return Scopes.symbolOf(node).filter(s -> symbols.contains(s.toString())).isPresent() ? bindings : null;
  }

  @Override
  public Set<String> startKinds() {
    // Null (any): used beside a pattern in `all`, a narrower set would empty the intersection.
    return null;
  }

  @Override
  public Set<String> requiredText() {
    // A file that never names the module cannot import from it.
    Set<String> modules = new HashSet<>();
    symbols.forEach(s -> modules.add(s.substring(0, s.indexOf('#'))));
    return Set.copyOf(modules);
  }
}
