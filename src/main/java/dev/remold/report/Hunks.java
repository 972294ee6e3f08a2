package dev.remold.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.remold.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cuts a file's change into the hunks of its unified diff, tells which rule matches each hunk holds, and applies a
 * chosen subset of hunks to the text before: the model of the interactive review.
 */
public final class Hunks {
  static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private Hunks() {}

  /**
   * Returns the hunks (3 lines of context, grouped as git groups them) that turn oldText into newText, each with the
   * sites whose line in oldText falls inside its span; empty when the texts are equal.
   */
  public static List<Hunk> of(String oldText, String newText, List<Finding> sites) {
    List<Hunk> hunks = split(Lines.of(oldText), Lines.of(newText));
    List<Hunk> out = new ArrayList<>(hunks.size());
    for (Hunk h : hunks) {
      List<Finding> inside = new ArrayList<>();
      for (Finding f : sites) {
        int line = f.line() - 1;
        // An empty span (a text that was empty) still owns its line.
        if (line >= h.oldFrom() && line < Math.max(h.oldTo(), h.oldFrom() + 1)) {
          inside.add(f);
        }
      }
      inside.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::ruleId));
      out.add(h.withSites(inside));
    }
    return out;
  }

  /** Returns the hunks of the diff between two texts split into lines (terminators kept), without sites. */
  static List<Hunk> split(List<String> oldLines, List<String> newLines) {
    List<AbstractDelta<String>> deltas = DiffUtils.diff(oldLines, newLines).getDeltas();
    List<Hunk> hunks = new ArrayList<>();
    int first = 0;
    while (first < deltas.size()) {
      int last = first;
      // Like git: changes at most 2 * CONTEXT equal lines apart share one hunk, so the context of one hunk never
      // overlaps or touches the next.
      while (last + 1 < deltas.size()
          && deltas.get(last + 1).getSource().getPosition() - end(deltas.get(last).getSource()) <= 2 * CONTEXT) {
        last++;
      }
      hunks.add(hunk(oldLines, deltas.subList(first, last + 1)));
      first = last + 1;
    }
    return hunks;
  }

  private static Hunk hunk(List<String> oldLines, List<AbstractDelta<String>> deltas) {
    Chunk<String> head = deltas.getFirst().getSource();
    Chunk<String> tail = deltas.getLast().getSource();
    int oldFrom = Math.max(0, head.getPosition() - CONTEXT);
    int oldTo = Math.min(oldLines.size(), end(tail) + CONTEXT);
    // The context around the changes is equal on both sides, so the new side spans the same number of context lines.
    int newFrom = deltas.getFirst().getTarget().getPosition() - (head.getPosition() - oldFrom);
    int newTo = end(deltas.getLast().getTarget()) + (oldTo - end(tail));
    StringBuilder out = new StringBuilder();
    out.append("@@ -").append(range(oldFrom, oldTo - oldFrom));
    out.append(" +").append(range(newFrom, newTo - newFrom)).append(" @@\n");
    List<Hunk.Change> changes = new ArrayList<>();
    int at = oldFrom;
    for (AbstractDelta<String> delta : deltas) {
      appendLines(out, ' ', oldLines.subList(at, delta.getSource().getPosition()));
      appendLines(out, '-', delta.getSource().getLines());
      appendLines(out, '+', delta.getTarget().getLines());
      changes.add(new Hunk.Change(delta.getSource().getPosition(), delta.getSource().size(), delta.getTarget().getLines()));
      at = end(delta.getSource());
    }
    appendLines(out, ' ', oldLines.subList(at, oldTo));
    return new Hunk(oldFrom, oldTo, out.toString(), changes, List.of());
  }

  /**
   * Returns oldText with the changes of the accepted hunks made and every other line as it was, byte for byte
   * (line endings, a missing final newline); the hunks must come from {@link #of} on the same oldText.
   */
  public static String apply(String oldText, List<Hunk> accepted) {
    List<String> oldLines = Lines.of(oldText);
    List<Hunk.Change> changes = accepted.stream().flatMap(h -> h.changes().stream())
        .sorted(Comparator.comparingInt(Hunk.Change::oldPosition)).toList();
    StringBuilder out = new StringBuilder(oldText.length() + 256);
    int at = 0;
    for (Hunk.Change c : changes) {
      if (c.oldPosition() < at || c.oldEnd() > oldLines.size()) {
        throw new IllegalArgumentException("the hunks do not belong to this text or overlap (change at line "
            + (c.oldPosition() + 1) + ")");
      }
      oldLines.subList(at, c.oldPosition()).forEach(out::append);
      c.newLines().forEach(out::append);
      at = c.oldEnd();
    }
    oldLines.subList(at, oldLines.size()).forEach(out::append);
    return out.toString();
  }

  /**
   * Returns what a reviewer reads above a hunk: its rules with their safety and lines, e.g.
   * "auth-sign-in (SAFE+NOTE, line 18); error-code (SAFE, lines 23, 25)", or for a hunk that holds no match (an
   * import or set-up edit), which rules of the file it goes with.
   */
  public static String describe(Hunk hunk, List<Finding> fileSites) {
    Objects.requireNonNull(fileSites, "fileSites");
    if (hunk.sites().isEmpty()) {
      Set<String> rules = new LinkedHashSet<>();
      fileSites.stream().sorted(Comparator.comparingInt(Finding::line)).forEach(f -> rules.add(f.ruleId()));
      return rules.isEmpty() ? "no rule match starts here"
          : "no rule match starts here; it goes with this file's other changes (" + String.join(", ", rules) + ")";
    }
    // One entry per rule and safety, its lines in order.
    Map<String, List<Integer>> lines = new LinkedHashMap<>();
    for (Finding f : hunk.sites()) {
      List<Integer> l = lines.computeIfAbsent(f.ruleId() + " (" + f.safety().label(), k -> new ArrayList<>());
      if (!l.contains(f.line())) {
        l.add(f.line());
      }
    }
    List<String> parts = new ArrayList<>();
    lines.forEach((rule, at) -> parts.add(rule + ", " + (at.size() == 1 ? "line " : "lines ")
        + String.join(", ", at.stream().map(String::valueOf).toList()) + ")"));
    return String.join("; ", parts);
  }

  /** Writes a range as git does: no count when it is 1; an empty range names the line before. */
  private static String range(int from, int count) {
    return switch (count) {
      case 0 -> from + ",0";
      case 1 -> String.valueOf(from + 1);
      default -> (from + 1) + "," + count;
    };
  }

  private static void appendLines(StringBuilder out, char prefix, List<String> lines) {
    for (String line : lines) {
      out.append(prefix).append(line);
      if (!line.endsWith("\n")) {
        // Only the last line of a text can lack its terminator.
        out.append('\n').append(NO_NEWLINE);
      }
    }
  }

  private static int end(Chunk<String> chunk) {
    return chunk.getPosition() + chunk.size();
  }
}
