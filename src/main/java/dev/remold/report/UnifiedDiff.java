package dev.remold.report;

import java.util.Objects;

/** Renders the change of one file as a git-style unified diff. */
public final class UnifiedDiff {
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
    StringBuilder out = new StringBuilder(header(relativePath));
    for (Hunk h : Hunks.split(Lines.of(oldText), Lines.of(newText))) {
      out.append(h.text());
    }
    return out.toString();
  }

  /** Returns the git header lines of a file's diff ("diff --git", "---", "+++"). */
  public static String header(String relativePath) {
    // Like git, a name with a space ends in a tab on the ---/+++ lines: patch -p1 otherwise cuts
    // the name at the first space. Git would also quote names holding control characters, '"',
    // '\\' or (by default) non-ASCII; that is not done yet.
    String nameEnd = relativePath.indexOf(' ') >= 0 ? "\t\n" : "\n";
    return "diff --git a/" + relativePath + " b/" + relativePath + "\n"
        + "--- a/" + relativePath + nameEnd
        + "+++ b/" + relativePath + nameEnd;
  }
}
