package dev.remold.report;

import dev.remold.rules.Safety;

import java.util.Locale;
import java.util.Map;

/** Writes what a person reads on stderr after a run: the details, then one line that sums the run up. */
public final class RunSummary {
  private RunSummary() {}

  /** Returns the notices, edits per rule, sites a person should know of, skipped and failed files, and notes. */
  public static String details(Inventory inv) {
    StringBuilder sb = new StringBuilder();
    inv.notices().forEach(n -> sb.append("  note: ").append(n).append('\n'));
    Map<String, Integer> perRule = inv.editsPerRule();
    if (!perRule.isEmpty()) {
      sb.append("edits per rule:\n");
      perRule.forEach((id, n) -> sb.append(String.format("  %-40s %d%n", id, n)));
    }
    for (FileEntry f : inv.files()) {
      switch (f.status()) {
        case SKIPPED -> sb.append("skipped ").append(f.relativePath()).append(": ").append(f.reason()).append('\n');
        case FAILED -> sb.append(failedLine(f)).append('\n');
        case CHANGED, UNCHANGED -> {
          // SAFE rewrites are counted in the table above; the lines below are what a person should look at,
          // and the SAFE rewrites whose rule says why it took the form it did (a client.graphql fallback).
          for (Site s : f.sites()) {
            if (s.hasLine() && (s.safety() != Safety.SAFE || !s.message().isEmpty())) {
              sb.append(s.safety().label().toLowerCase(Locale.ROOT).replace("+", "-")).append("  ").append(f.relativePath())
                  .append(':').append(s.line()).append(' ').append(s.ruleId()).append(": ").append(s.message()).append('\n');
            }
          }
          f.notes().forEach(n -> sb.append("note    ").append(f.relativePath()).append(": ").append(n).append('\n'));
        }
      }
    }
    return sb.toString();
  }

  /** Returns the line that names a failed file and why, as --quiet still prints it. */
  public static String failedLine(FileEntry f) {
    return "failed  " + f.relativePath() + ": " + f.reason();
  }

  /**
   * Returns the last line of a diff or apply run, e.g. "remold: 8 files scanned: 4 would change (16 edits), 4
   * unchanged, 0 skipped, 0 failed; 4 places to review, 0 for manual work".
   *
   * @param changedWords how the changed files are counted: "would change" (diff) or "written" (apply)
   */
  public static String finalLine(Inventory inv, String changedWords) {
    Map<Action, Integer> a = inv.actionCounts();
    int review = a.get(Action.REWRITE_FOR_REVIEW) + a.get(Action.MARK_FOR_REVIEW);
    return "remold: " + files(inv.files().size()) + " scanned: " + inv.of(FileEntry.Status.CHANGED).size() + " "
        + changedWords + " (" + inv.editCount() + (inv.editCount() == 1 ? " edit" : " edits") + "), "
        + inv.of(FileEntry.Status.UNCHANGED).size() + " unchanged, " + inv.of(FileEntry.Status.SKIPPED).size()
        + " skipped, " + inv.of(FileEntry.Status.FAILED).size() + " failed; " + places(review) + " to review, "
        + a.get(Action.MANUAL) + " for manual work\n";
  }

  /** Returns the last line of an audit, e.g. "remold: 16 Gen 1 places in 4 of 8 files: 12 rewritten, …". */
  public static String auditLine(Inventory inv) {
    Map<Action, Integer> a = inv.actionCounts();
    long withSites = inv.files().stream().filter(f -> !f.sites().isEmpty()).count();
    int rewritten = a.get(Action.REWRITE) + a.get(Action.REWRITE_WITH_NOTE);
    int review = a.get(Action.REWRITE_FOR_REVIEW) + a.get(Action.MARK_FOR_REVIEW);
    return "remold: " + places(inv.sites().size()) + " using Amplify Gen 1 in " + withSites + " of "
        + files(inv.files().size()) + ": " + rewritten + " to rewrite, " + review + " to review, " + a.get(Action.MANUAL)
        + " for manual work; " + inv.of(FileEntry.Status.SKIPPED).size() + " skipped, "
        + inv.of(FileEntry.Status.FAILED).size() + " failed\n";
  }

  private static String files(int n) {
    return n + (n == 1 ? " file" : " files");
  }

  private static String places(int n) {
    return n + (n == 1 ? " place" : " places");
  }
}
