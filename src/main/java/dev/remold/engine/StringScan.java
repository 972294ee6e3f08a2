package dev.remold.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which of a fixed list of strings occur in a text, in one pass over its UTF-8 bytes whatever the number of
 * strings: an Aho-Corasick automaton, made deterministic, reads each byte once with one table lookup. A string occurs
 * in the bytes exactly where it occurs in the text, and a file's bytes can be scanned before they are decoded.
 */
final class StringScan {
  private final int stringCount;
  /** Whether every string is ASCII, so that a text's chars can be read without encoding it. */
  private final boolean asciiOnly;
  /** Bytes that occur in no string share class 0; each other byte has a class of its own. */
  private final int[] classOf = new int[256];
  private final int classes;
  /**
   * The automaton: entry {@code state * classes + class} is the next state times {@code classes} (so the next lookup
   * needs no multiplication), bit-inverted when some string ends there.
   */
  private final int[] next;
  /** Per state, the strings that end when it is entered, or null. */
  private final int[][] ending;

  StringScan(List<String> strings) {
    stringCount = strings.size();
    asciiOnly = strings.stream().allMatch(s -> s.chars().allMatch(c -> c < 128));
    List<byte[]> bytes = strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    int classCount = 1;
    for (byte[] s : bytes) {
      for (byte b : s) {
        if (classOf[b & 0xFF] == 0) {
          classOf[b & 0xFF] = classCount++;
        }
      }
    }
    classes = classCount;
    // The trie: children by class (-1: none), and the strings that end at each node.
    List<int[]> children = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    children.add(newRow());
    ends.add(new ArrayList<>());
    for (int n = 0; n < bytes.size(); n++) {
      int state = 0;
      for (byte b : bytes.get(n)) {
        int c = classOf[b & 0xFF];
        if (children.get(state)[c] < 0) {
          children.get(state)[c] = children.size();
          children.add(newRow());
          ends.add(new ArrayList<>());
        }
        state = children.get(state)[c];
      }
      ends.get(state).add(n);
    }
    // Breadth first, each missing edge takes the edge of the longest proper suffix that is in the trie, and each state
    // inherits the strings ending at that suffix: a string inside another is found too.
    int states = children.size();
    int[] fail = new int[states];
    int[] delta = new int[states * classes];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      int child = children.get(0)[c];
      delta[c] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      ends.get(s).addAll(ends.get(fail[s]));
      for (int c = 0; c < classes; c++) {
        int child = children.get(s)[c];
        if (child < 0) {
          delta[s * classes + c] = delta[fail[s] * classes + c];
        } else {
          delta[s * classes + c] = child;
          fail[child] = delta[fail[s] * classes + c];
          queue.add(child);
        }
      }
    }
    ending = new int[states][];
    for (int s = 0; s < states; s++) {
      List<Integer> e = ends.get(s);
      ending[s] = e.isEmpty() ? null : e.stream().distinct().mapToInt(Integer::intValue).toArray();
    }
    next = new int[delta.length];
    for (int i = 0; i < delta.length; i++) {
      int target = delta[i];
      next[i] = ending[target] == null ? target * classes : ~(target * classes);
    }
  }

  private int[] newRow() {
    int[] row = new int[classes];
    java.util.Arrays.fill(row, -1);
    return row;
  }

  /**
   * Returns the strings, without those that contain another of them: when any of them will do, a longer one occurs
   * only where the one it contains does.
   */
  static Set<String> withoutSuperstrings(Collection<String> anyOf) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : anyOf) {
      if (anyOf.stream().noneMatch(t -> !t.equals(s) && s.contains(t))) {
        out.add(s);
      }
    }
    return out;
  }

  /** Returns, by index, which strings occur in the text. */
  boolean[] occurring(String text) {
    if (!asciiOnly) {
      return occurring(text.getBytes(StandardCharsets.UTF_8));
    }
    // ASCII strings: each char is read as its byte; any other char is only bytes no string has (class 0).
    boolean[] present = presentEverywhere();
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      state = next[state + (c < 128 ? classOf[c] : 0)];
      state = state >= 0 ? state : found(~state, present);
    }
    return present;
  }

  /** Returns, by index, which strings occur in UTF-8 bytes. */
  boolean[] occurring(byte[] utf8) {
    boolean[] present = presentEverywhere();
    int state = 0;
    for (byte b : utf8) {
      state = next[state + classOf[b & 0xFF]];
      state = state >= 0 ? state : found(~state, present);
    }
    return present;
  }

  /** Returns the strings found before any text is read: the empty string, which occurs in every text. */
  private boolean[] presentEverywhere() {
    boolean[] present = new boolean[stringCount];
    for (int n : ending[0] == null ? new int[0] : ending[0]) {
      present[n] = true;
    }
    return present;
  }

  /** Notes the strings that end at a state the automaton entered (marked by inverted bits in {@link #next}). */
  private int found(int state, boolean[] present) {
    for (int n : ending[state / classes]) {
      present[n] = true;
    }
    return state;
  }
}
