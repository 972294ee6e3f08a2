package dev.remold.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which of a fixed list of strings occur in a text, in one pass over it. Strings and text are compared as UTF-8
 * bytes: a string occurs in the bytes exactly where it occurs in the text, and a byte array is read several times
 * faster than a String char by char (for the usual ASCII source file, its bytes are a plain copy of the text).
 */
final class StringScan {
  private final byte[][] strings;
  /** Indexes of the strings of two or more bytes, by their key: the two bytes at their {@link #keyAt} offset. */
  private final Map<Integer, int[]> byBigram = new HashMap<>();
  /** Per string, where its key starts: the pair of bytes in it least likely to occur in code. */
  private final int[] keyAt;
  /** Indexes of the strings of one byte, looked for directly. */
  private final int[] singleBytes;
  /** A bit per hashed bigram that starts some string: most positions of a text are ruled out by one bit test. */
  private final long[] bigramFilter = new long[1 << 10];

  StringScan(List<String> strings) {
    this.strings = strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    Map<Integer, List<Integer>> lists = new HashMap<>();
    List<Integer> singles = new ArrayList<>();
    keyAt = new int[this.strings.length];
    for (int n = 0; n < this.strings.length; n++) {
      byte[] s = this.strings[n];
      if (s.length >= 2) {
        keyAt[n] = rarestPair(s);
        lists.computeIfAbsent(bigram(s, keyAt[n]), k -> new ArrayList<>()).add(n);
        int h = filterSlot(bigram(s, keyAt[n]));
        bigramFilter[h >>> 6] |= 1L << h;
      } else if (s.length == 1) {
        singles.add(n);
      }
    }
    lists.forEach((b, ns) -> byBigram.put(b, ns.stream().mapToInt(Integer::intValue).toArray()));
    singleBytes = singles.stream().mapToInt(Integer::intValue).toArray();
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
    boolean[] present = new boolean[strings.length];
    scan(text.getBytes(StandardCharsets.UTF_8), present, false);
    return present;
  }

  /** Returns whether any string occurs in the text, stopping at the first. */
  boolean anyOccurs(String text) {
    return scan(text.getBytes(StandardCharsets.UTF_8), new boolean[strings.length], true);
  }

  private boolean scan(byte[] text, boolean[] present, boolean stopAtFirst) {
    boolean any = false;
    for (int n : singleBytes) {
      for (int i = 0; i < text.length && !present[n]; i++) {
        present[n] = text[i] == strings[n][0];
      }
      any |= present[n];
    }
    for (int i = 0; i + 1 < text.length && !(any && stopAtFirst); i++) {
      int b = bigram(text, i);
      int h = filterSlot(b);
      if ((bigramFilter[h >>> 6] & (1L << h)) == 0) {
        continue;
      }
      int[] candidates = byBigram.get(b);
      if (candidates != null) {
        for (int n : candidates) {
          if (!present[n] && i >= keyAt[n] && startsWith(text, strings[n], i - keyAt[n])) {
            present[n] = true;
            any = true;
          }
        }
      }
    }
    return any;
  }

  /** Lower-case letters, most frequent first (in English and in code alike). */
  private static final String LETTERS = "etaoinsrlcudpmhgfbywvkxjqz";

  /** How often a byte may be expected in source code, roughly: spaces and punctuation most, `@` and `$` least. */
  private static int frequency(byte b) {
    int letter = LETTERS.indexOf(b);
    if (letter >= 0) {
      return 52 - 2 * letter;
    }
    if (b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
      return 8;
    }
    return switch (b) {
      case ' ', '\n', '\t' -> 100;
      case '.', '(', ')', ';', ',', '=', '\'', '"', '{', '}', ':' -> 40;
      case '_', '-', '/' -> 10;
      default -> 4;
    };
  }

  /**
   * Returns the offset of the pair of bytes least likely to occur in code: `tsx` is looked for at `sx`, not at the
   * `ts` of every `const`, so most positions of a file fail the filter for it.
   */
  private static int rarestPair(byte[] s) {
    int best = 0;
    int bestScore = Integer.MAX_VALUE;
    for (int k = 0; k + 1 < s.length; k++) {
      int score = frequency(s[k]) * frequency(s[k + 1]);
      if (score < bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean startsWith(byte[] text, byte[] prefix, int at) {
    if (at + prefix.length > text.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (text[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static int bigram(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
  }

  private static int filterSlot(int bigram) {
    return (bigram * 0x9E3779B1) >>> 16;
  }
}
