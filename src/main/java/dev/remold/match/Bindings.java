package dev.remold.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** An immutable set of metavariable captures; every "with" returns a new instance. */
public final class Bindings {
  /** Returns the empty bindings. */
  public static final Bindings EMPTY = new Bindings(Map.of());

  private final Map<String, Capture> captures;

  private Bindings(Map<String, Capture> captures) {
    this.captures = captures;
  }

  /** Returns the capture of a metavariable (name without {@code $}), or null. */
  public Capture get(String name) {
    return captures.get(name);
  }

  /** Returns the names bound. */
  public Set<String> names() {
    return captures.keySet();
  }

  /** Returns these bindings plus one more. */
  public Bindings with(String name, Capture capture) {
    Map<String, Capture> copy = new HashMap<>(captures);
    copy.put(name, capture);
    return new Bindings(Map.copyOf(copy));
  }

  /** Returns these bindings plus all of another's (the other's win on a clash). */
  public Bindings withAll(Bindings other) {
    if (other.captures.isEmpty()) {
      return this;
    }
    Map<String, Capture> copy = new HashMap<>(captures);
    copy.putAll(other.captures);
    return new Bindings(Map.copyOf(copy));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    captures.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(v.text()));
    return sb.append('}').toString();
  }
}
