package dev.remold.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of metavariable captures; every "with" returns a new instance. A list that shares its tail: a
 * pattern binds at every step of a match, and copying a map each time cost more than the match itself; patterns bind
 * a handful of names, so a lookup walks a handful of links.
 */
public final class Bindings {
  /** Returns the empty bindings. */
  public static final Bindings EMPTY = new Bindings(null, null, null);

  private final String name;
  private final Capture capture;
  private final Bindings rest;

  private Bindings(String name, Capture capture, Bindings rest) {
    this.name = name;
    this.capture = capture;
    this.rest = rest;
  }

  /** Returns the capture of a metavariable (name without {@code $}), or null. */
  public Capture get(String name) {
    for (Bindings b = this; b.name != null; b = b.rest) {
      if (b.name.equals(name)) {
        return b.capture;
      }
    }
    return null;
  }

  /** Returns the names bound. */
  public Set<String> names() {
    return asMap().keySet();
  }

  /** Returns these bindings plus one more (which hides an earlier capture of the same name). */
  public Bindings with(String name, Capture capture) {
    return new Bindings(name, capture, this);
  }

  /** Returns these bindings plus all of another's (the other's win on a clash). */
  public Bindings withAll(Bindings other) {
    Bindings out = this;
    for (Map.Entry<String, Capture> e : other.asMap().entrySet()) {
      out = out.with(e.getKey(), e.getValue());
    }
    return out;
  }

  /** Returns each name with its current capture, the first bound first. */
  private Map<String, Capture> asMap() {
    List<Bindings> links = new ArrayList<>();
    for (Bindings b = this; b.name != null; b = b.rest) {
      links.add(b);
    }
    Map<String, Capture> out = new LinkedHashMap<>();
    for (Bindings b : links.reversed()) {
      out.remove(b.name);
      out.put(b.name, b.capture);
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    asMap().forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(v.text()));
    return sb.append('}').toString();
  }
}
