package dev.remold.match;

import dev.remold.parse.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Matches nodes at least one inner matcher accepts; the first that does supplies the bindings. */
public record AnyMatcher(List<Matcher> any) implements Matcher {
  public AnyMatcher {
    any = List.copyOf(any);
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    for (Matcher m : any) {
      Bindings b = m.match(node, bindings);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  @Override
  public Set<String> startKinds() {
    return union(any.stream().map(Matcher::startKinds).toList());
  }

  @Override
  public Set<String> calleeNames() {
    return union(any.stream().map(Matcher::calleeNames).toList());
  }

  @Override
  public Set<String> requiredText() {
    return union(any.stream().map(Matcher::requiredText).toList());
  }

  @Override
  public Set<String> textWithin() {
    return union(any.stream().map(Matcher::textWithin).toList());
  }

  @Override
  public Set<String> boundWithin() {
    // What every alternative binds.
    Set<String> out = new HashSet<>(any.isEmpty() ? Set.of() : any.getFirst().boundWithin());
    any.forEach(m -> out.retainAll(m.boundWithin()));
    return Set.copyOf(out);
  }

  @Override
  public Set<String> alwaysBound() {
    Set<String> out = new HashSet<>(any.isEmpty() ? Set.of() : any.getFirst().alwaysBound());
    any.forEach(m -> out.retainAll(m.alwaysBound()));
    return Set.copyOf(out);
  }

  @Override
  public List<Set<String>> requiredModules() {
    // Whichever alternative matches, its first set holds: their union does. One alternative without any, none.
    Set<String> out = new HashSet<>();
    for (Matcher m : any) {
      List<Set<String>> modules = m.requiredModules();
      if (modules.isEmpty()) {
        return List.of();
      }
      out.addAll(modules.getFirst());
    }
    return out.isEmpty() ? List.of() : List.of(Set.copyOf(out));
  }

  private static Set<String> union(List<Set<String>> sets) {
    Set<String> out = new HashSet<>();
    for (Set<String> s : sets) {
      if (s == null) {
        return null;
      }
      out.addAll(s);
    }
    return Set.copyOf(out);
  }
}
