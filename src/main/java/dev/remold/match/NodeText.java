package dev.remold.match;

import dev.remold.parse.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Asks whether a literal occurs in a node's text, before any matching work is done on the node. */
public final class NodeText {
  private NodeText() {}

  /** Returns whether the node's text holds one of the literals. */
  public static boolean containsAny(Node node, Set<String> literals) {
    for (String literal : literals) {
      if (contains(node.source(), node.start(), node.end(), literal)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells this thread which literals occur nowhere in the text (one scan of it for every rule's literals answers that),
   * so that no node of it is searched for them.
   */
  public static void absentFrom(String text, Predicate<String> absent) {
    PLACES.get().start(text, absent);
  }

  /**
   * Returns whether text[start, end) contains the literal. A short range is searched; for a long one (a statement
   * list offered to every rule that starts at one) the literal's places in the whole text are found once per thread
   * and text, and looked up: searching each enclosing range again would read a big file once per level of nesting.
   */
  static boolean contains(String text, int start, int end, String literal) {
    Places known = PLACES.get();
    int[] places = known.ofKnown(text, literal);
    if (places == null) {
      if (end - start < 512) {
        return text.indexOf(literal, start, end) >= 0;
      }
      places = known.of(text, literal);
    }
    int i = java.util.Arrays.binarySearch(places, start);
    int first = i >= 0 ? i : -i - 1;
    return first < places.length && places[first] + literal.length() <= end;
  }

  private static final ThreadLocal<Places> PLACES = ThreadLocal.withInitial(Places::new);

  /** Where each literal occurs in the text a thread is matching now (by identity: a new text starts afresh). */
  private static final class Places {
    private static final int[] NOWHERE = {};
    /** Marks a literal the text holds whose places are not looked for yet (a short node is searched instead). */
    private static final int[] SOMEWHERE = {};
    private String text;
    private Predicate<String> absent = literal -> false;
    private final Map<String, int[]> byLiteral = new HashMap<>();

    void start(String text, Predicate<String> absent) {
      this.text = text;
      this.absent = absent;
      byLiteral.clear();
    }

    /** Returns the places found so far, none for a literal known to be absent, or null when not known yet. */
    int[] ofKnown(String text, String literal) {
      if (this.text != text) {
        return null;
      }
      int[] places = byLiteral.get(literal);
      if (places == null) {
        places = absent.test(literal) ? NOWHERE : SOMEWHERE;
        byLiteral.put(literal, places);
      }
      return places == SOMEWHERE ? null : places;
    }

    int[] of(String text, String literal) {
      if (this.text != text) {
        start(text, l -> false);
      }
      int[] places = byLiteral.get(literal);
      if (places == null || places == SOMEWHERE) {
        int[] at = new int[8];
        int n = 0;
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
          at = n == at.length ? java.util.Arrays.copyOf(at, n * 2) : at;
          at[n++] = i;
        }
        places = java.util.Arrays.copyOf(at, n);
        byLiteral.put(literal, places);
      }
      return places;
    }
  }
}
