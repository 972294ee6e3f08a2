package dev.remold.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Appends entries to a .gitignore text, keeping its line endings and whether it ends with a newline. */
public final class GitIgnore {
  private GitIgnore() {}

  /** Returns the entries that no line of the text already holds (surrounding spaces aside). */
  public static List<String> missing(String text, List<String> entries) {
    Set<String> present = text.lines().map(String::strip).collect(Collectors.toSet());
    List<String> out = new ArrayList<>();
    for (String e : entries) {
      if (!present.contains(e.strip()) && !out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Returns the text with the entries it lacks appended, after a blank line when the text does not end in one. */
  public static String withEntries(String text, List<String> entries) {
    List<String> add = missing(text, entries);
    if (add.isEmpty()) {
      return text;
    }
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    boolean finalNewline = text.isEmpty() || text.endsWith("\n");
    StringBuilder b = new StringBuilder(text);
    if (!text.isEmpty()) {
      if (!finalNewline) {
        b.append(nl);
      }
      // A blank line sets the new entries apart, unless the file already ends with one.
      if (!b.toString().endsWith(nl + nl) && !b.toString().equals(nl)) {
        b.append(nl);
      }
    }
    b.append(String.join(nl, add));
    if (finalNewline) {
      b.append(nl);
    }
    return b.toString();
  }
}
