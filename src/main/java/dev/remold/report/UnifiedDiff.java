package dev.remold.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.List;
import java.util.Objects;

/** Renders the change of one file as a git-style unified diff. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /**
   * Returns the unified diff (git headers, hunks with 3 lines of context) that turns oldText into
   * newText, or "" when they are equal.
   */
  public static String of(String relativePath, String oldText, String newText) {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(oldText, "oldText");
    Objects.requireNonNull(newText, "newText");
    if (oldText.equals(newText)) {
      return "";
    }
    List<String> oldLines = Lines.of(oldText);
    List<String> newLines = Lines.of(newText);
    List<AbstractDelta<String>> deltas = DiffUtils.diff(oldLines, newLines).getDeltas();

    // Like git, a name with a space ends in a tab on the ---/+++ lines: patch -p1 otherwise cuts
    // the name at the first space. Git would also quote names holding control characters, '"',
    // '\\' or (by default) non-ASCII; that is not done yet.
    String nameEnd = relativePath.indexOf(' ') >= 0 ? "\t\n" : "\n";
    StringBuilder out = new StringBuilder();
    out.append("diff --git a/").append(relativePath);
    out.append(" b/").append(relativePath).append('\n');
    out.append("--- a/").append(relativePath).append(nameEnd);
    out.append("+++ b/").append(relativePath).append(nameEnd);
    int first = 0;
    while (first < deltas.size()) {
      int last = first;
      // Like git: changes at most 2 * CONTEXT equal lines apart share one hunk, so the context of
      // one hunk never overlaps or touches the next.
      while (last + 1 < deltas.size()
          && deltas.get(last + 1).getSource().getPosition() - end(deltas.get(last).getSource())
              <= 2 * CONTEXT) {
        last++;
      }
      appendHunk(out, oldLines, deltas.subList(first, last + 1));
      first = last + 1;
    }
    return out.toString();
  }

  private static void appendHunk(
      StringBuilder out, List<String> oldLines, List<AbstractDelta<String>> hunk) {
    Chunk<String> head = hunk.getFirst().getSource();
    Chunk<String> tail = hunk.getLast().getSource();
    int oldFrom = Math.max(0, head.getPosition() - CONTEXT);
    int oldTo = Math.min(oldLines.size(), end(tail) + CONTEXT);
    // The context around the changes is equal on both sides, so the new side spans the same
    // number of context lines.
    int newFrom = hunk.getFirst().getTarget().getPosition() - (head.getPosition() - oldFrom);
    int newTo = end(hunk.getLast().getTarget()) + (oldTo - end(tail));
    out.append("@@ -").append(range(oldFrom, oldTo - oldFrom));
    out.append(" +").append(range(newFrom, newTo - newFrom)).append(" @@\n");

    int at = oldFrom;
    for (AbstractDelta<String> delta : hunk) {
      appendLines(out, ' ', oldLines.subList(at, delta.getSource().getPosition()));
      appendLines(out, '-', delta.getSource().getLines());
      appendLines(out, '+', delta.getTarget().getLines());
      at = end(delta.getSource());
    }
    appendLines(out, ' ', oldLines.subList(at, oldTo));
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
