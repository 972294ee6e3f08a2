package dev.remold.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds which of a fixed list of strings occur in a text, in one pass over it. */
final class StringScan {
  private final List<String> strings;
  /** Indexes of the strings of two or more chars, by their first two chars. */
  private final Map<Integer, int[]> byBigram = new HashMap<>();
  /** Indexes of the strings of one char, looked for directly. */
  private final int[] singleChars;
  /** A bit per hashed bigram that starts some string: most positions of a text are ruled out by one bit test. */
  private final long[] bigramFilter = new long[1 << 10];
  /** The strings as bytes when all are ASCII without '?': then a text is scanned as Latin-1 bytes (see {@link #scan}). */
  private final byte[][] asciiStrings;

  StringScan(List<String> strings) {
    this.strings = List.copyOf(strings);
    Map<Integer, List<Integer>> lists = new HashMap<>();
    List<Integer> singles = new ArrayList<>();
    for (int n = 0; n < strings.size(); n++) {
      String s = strings.get(n);
      if (s.length() >= 2) {
        lists.computeIfAbsent(bigram(s, 0), k -> new ArrayList<>()).add(n);
        int h = filterSlot(bigram(s, 0));
        bigramFilter[h >>> 6] |= 1L << h;
      } else if (!s.isEmpty()) {
        singles.add(n);
      }
    }
    lists.forEach((b, ns) -> byBigram.put(b, ns.stream().mapToInt(Integer::intValue).toArray()));
    singleChars = singles.stream().mapToInt(Integer::intValue).toArray();
    boolean ascii = strings.stream().allMatch(s -> s.chars().allMatch(c -> c < 0x80 && c != '?'));
    asciiStrings = ascii ? strings.stream().map(s -> s.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new) : null;
  }

  /** Returns, by index, which strings occur in the text. */
  boolean[] occurring(String text) {
    boolean[] present = new boolean[strings.size()];
    scan(text, present, false);
    return present;
  }

  /** Returns whether any string occurs in the text, stopping at the first. */
  boolean anyOccurs(String text) {
    return scan(text, new boolean[strings.size()], true);
  }

  private boolean scan(String text, boolean[] present, boolean stopAtFirst) {
    if (asciiStrings != null) {
      // A byte array is read several times faster than a String char by char. As Latin-1 bytes, a char above 255
      // becomes '?', which no string holds, and the others are themselves: a string occurs in the bytes exactly
      // where it occurs in the text.
      return scan(text.getBytes(StandardCharsets.ISO_8859_1), present, stopAtFirst);
    }
    boolean any = false;
    for (int n : singleChars) {
      present[n] = text.contains(strings.get(n));
      any |= present[n];
    }
    for (int i = 0; i + 1 < text.length() && !(any && stopAtFirst); i++) {
      int b = bigram(text, i);
      int h = filterSlot(b);
      if ((bigramFilter[h >>> 6] & (1L << h)) == 0) {
        continue;
      }
      int[] candidates = byBigram.get(b);
      if (candidates != null) {
        for (int n : candidates) {
          if (!present[n] && text.startsWith(strings.get(n), i)) {
            present[n] = true;
            any = true;
          }
        }
      }
    }
    return any;
  }

  private boolean scan(byte[] text, boolean[] present, boolean stopAtFirst) {
    boolean any = false;
    for (int n : singleChars) {
      for (int i = 0; i < text.length && !present[n]; i++) {
        present[n] = text[i] == asciiStrings[n][0];
      }
      any |= present[n];
    }
    for (int i = 0; i + 1 < text.length && !(any && stopAtFirst); i++) {
      int b = (text[i] & 0xFF) << 16 | (text[i + 1] & 0xFF);
      int h = filterSlot(b);
      if ((bigramFilter[h >>> 6] & (1L << h)) == 0) {
        continue;
      }
      int[] candidates = byBigram.get(b);
      if (candidates != null) {
        for (int n : candidates) {
          if (!present[n] && startsWith(text, asciiStrings[n], i)) {
            present[n] = true;
            any = true;
          }
        }
      }
    }
    return any;
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

  private static int bigram(String text, int at) {
    return (text.charAt(at) << 16) | text.charAt(at + 1);
  }

  private static int filterSlot(int bigram) {
    return (bigram * 0x9E3779B1) >>> 16;
  }
}
