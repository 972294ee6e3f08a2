package dev.remold.match;

import dev.remold.parse.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Matches nodes every inner matcher accepts, threading the bindings through them in order. */
public record AllMatcher(List<Matcher> all) implements Matcher {
  public AllMatcher {
    all = List.copyOf(all);
  }

  @Override
  public Bindings match(Node node, Bindings bindings) {
    Bindings b = bindings;
    for (Matcher m : all) {
      b = m.match(node, b);
      if (b == null) {
        return null;
      }
    }
    return b;
  }

  @Override
  public Set<String> startKinds() {
    Set<String> kinds = null;
    for (Matcher m : all) {
      Set<String> k = m.startKinds();
      if (k != null) {
        if (kinds == null) {
          kinds = new HashSet<>(k);
        } else {
          kinds.retainAll(k);
        }
      }
    }
    return kinds == null ? null : Set.copyOf(kinds);
  }

  @Override
  public Set<String> calleeNames() {
    // Every part must match the node: any part's names restrict it, the fewest most.
    Set<String> best = null;
    for (Matcher m : all) {
      Set<String> names = m.calleeNames();
      if (names != null && (best == null || names.size() < best.size())) {
        best = names;
      }
    }
    return best;
  }

  @Override
  public List<Set<String>> requiredGroups() {
    return all.stream().flatMap(m -> m.requiredGroups().stream()).distinct().toList();
  }

  @Override
  public Set<String> textWithin() {
    // Every part matches the node: any part's literals must be in its text; the longest shortest one is the surest.
    Set<String> best = null;
    for (Matcher m : all) {
      Set<String> t = m.textWithin();
      if (t != null && (best == null || shortest(t) > shortest(best))) {
        best = t;
      }
    }
    return best;
  }

  private static int shortest(Set<String> literals) {
    return literals.stream().mapToInt(String::length).min().orElse(0);
  }

  @Override
  public Set<String> boundWithin() {
    Set<String> out = new HashSet<>();
    all.forEach(m -> out.addAll(m.boundWithin()));
    return Set.copyOf(out);
  }

  @Override
  public Set<String> alwaysBound() {
    Set<String> out = new HashSet<>();
    all.forEach(m -> out.addAll(m.alwaysBound()));
    return Set.copyOf(out);
  }

  @Override
  public List<Set<String>> requiredModules() {
    return all.stream().flatMap(m -> m.requiredModules().stream()).distinct().toList();
  }

  @Override
  public Set<String> requiredText() {
    for (Matcher m : all) {
      Set<String> t = m.requiredText();
      if (t != null) {
        return t;
      }
    }
    return null;
  }
}
