package dev.remold.match;

import dev.remold.parse.Node;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a node matches, extending the bindings when it does; pure and thread-safe.
 *
 * <p>Not sealed: besides the syntactic matchers here, {@code semantics} adds one that asks where a
 * name comes from, which this package must not know about.
 */
public interface Matcher {

  /** Returns the bindings extended by this match, or null when the node does not match. */
  Bindings match(Node node, Bindings bindings);

  /** Returns the node types a match can start at, or null when any type can match. */
  default Set<String> startKinds() {
    return null;
  }

  /**
   * Returns the names one of which a call this matcher starts at must call (the callee's identifier, or its
   * property: {@code graphql} for {@code $API.graphql($$$A)}), empty when it matches no call (a pattern of another
   * kind), or null when any call or node can match.
   */
  default Set<String> calleeNames() {
    return null;
  }

  /** Returns literal strings one of which must occur in a file for this matcher to match there, or null when unknown. */
  default Set<String> requiredText() {
    return null;
  }

  /**
   * Returns everything a file must contain for this matcher to match there: for each set, one of its strings (empty
   * when nothing is known). A matcher made of parts that must all hold (`all`, `has`, `inside`, a symbol's module and
   * name) requires what each part requires.
   */
  default List<Set<String>> requiredGroups() {
    Set<String> t = requiredText();
    return t == null ? List.of() : List.of(t);
  }

  /**
   * Returns the modules a file must import or require for this matcher to match there: for each set, one of its modules
   * (empty when nothing is known). Only a {@code symbol} asks for one; parts combine as in {@link #requiredGroups}. Read
   * from the parsed file, this holds where the text of a file is not looked at first.
   */
  default List<Set<String>> requiredModules() {
    return List.of();
  }

  /**
   * Returns literal strings one of which occurs in the text of every node this matcher matches, or null when unknown:
   * a node without them is passed over before any matching work (a pattern's longest literal, a regex's).
   */
  default Set<String> textWithin() {
    return null;
  }

  /** Returns the metavariables every match binds to nodes inside the matched node (so their text is part of its text). */
  default Set<String> boundWithin() {
    return Set.of();
  }

  /** Returns the metavariables every match binds to a node, inside the matched node or around it ({@code inside}). */
  default Set<String> alwaysBound() {
    return boundWithin();
  }
}
