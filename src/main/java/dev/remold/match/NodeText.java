package dev.remold.match;

import dev.remold.parse.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
   * Returns whether text[start, end) contains the literal. A short range is searched; for a long one (a statement
   * list offered to every rule that starts at one) the literal's places in the whole text are found once per thread
   * and text, and looked up: searching each enclosing range again would read a big file once per level of nesting.
   */
  static boolean contains(String text, int start, int end, String literal) {
    if (end - start < 512) {
      return text.indexOf(literal, start, end) >= 0;
    }
    int[] places = PLACES.get().of(text, literal);
    int i = java.util.Arrays.binarySearch(places, start);
    int first = i >= 0 ? i : -i - 1;
    return first < places.length && places[first] + literal.length() <= end;
  }

  private static final ThreadLocal<Places> PLACES = ThreadLocal.withInitial(Places::new);

  /** Where each literal occurs in the text a thread is matching now (by identity: a new text starts afresh). */
  private static final class Places {
    private String text;
    private final Map<String, int[]> byLiteral = new HashMap<>();

    int[] of(String text, String literal) {
      if (this.text != text) {
        this.text = text;
        byLiteral.clear();
      }
      return byLiteral.computeIfAbsent(literal, l -> {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(l); i >= 0; i = text.indexOf(l, i + 1)) {
          at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
      });
    }
  }
}
