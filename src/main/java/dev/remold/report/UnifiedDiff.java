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

  /**
   * Returns the unified diff that creates a file holding text ({@code --- /dev/null}, as git writes it for a new
   * file, so git apply and patch create it), or "" when the text is empty.
   */
  public static String ofNewFile(String relativePath, String text) {
    Objects.requireNonNull(relativePath, "relativePath");
    if (text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(headerOfNewFile(relativePath));
    for (Hunk h : Hunks.split(Lines.of(""), Lines.of(text))) {
      out.append(h.text());
    }
    return out.toString();
  }

  /** Returns the git header lines of the diff that creates a file ("diff --git", "new file mode", "--- /dev/null", "+++"). */
  public static String headerOfNewFile(String relativePath) {
    String nameEnd = relativePath.indexOf(' ') >= 0 ? "\t\n" : "\n";
    return "diff --git a/" + relativePath + " b/" + relativePath + "\n"
        + "new file mode 100644\n"
        + "--- /dev/null\n"
        + "+++ b/" + relativePath + nameEnd;
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
