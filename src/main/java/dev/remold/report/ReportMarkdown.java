package dev.remold.report;

import dev.remold.parse.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the migration report of a diff or apply run as Markdown, fit to paste as a pull-request description:
 * every change, every marker left in the code, skipped and failed files, and the totals.
 */
public final class ReportMarkdown {
  private ReportMarkdown() {}

  /** Returns the report; {@code applied} tells whether the run wrote the files (apply) or only showed them (diff). */
  public static String render(Inventory inv, boolean applied) {
    StringBuilder out = new StringBuilder();
    int changed = inv.of(FileEntry.Status.CHANGED).size();
    Map<Action, Integer> actions = inv.actionCounts();
    int review = actions.get(Action.REWRITE_FOR_REVIEW) + actions.get(Action.MARK_FOR_REVIEW);
    int manual = actions.get(Action.MANUAL);
    out.append("## Amplify Gen 1 → Gen 2 migration\n\n");
    inv.notices().forEach(n -> out.append("> **Note:** ").append(Md.text(n)).append("\n\n"));
    out.append("remold ").append(applied ? "rewrote " : "would rewrite ").append(changed).append(" of ")
        .append(inv.files().size()).append(inv.files().size() == 1 ? " file" : " files").append(" (")
        .append(inv.editCount()).append(inv.editCount() == 1 ? " edit" : " edits").append("). ")
        .append(count(review, "place needs", "places need")).append(" review and ")
        .append(count(manual, "place needs", "places need")).append(" manual work");
    if (review + manual > 0) {
      // package.json cannot hold a comment: its places are in this report only.
      boolean allInCode = inv.sitesForAPerson().stream().allMatch(s -> Language.forFileName(s.file()).isPresent());
      out.append(allInCode ? "; each carries a `TODO(amplify-migrate)` comment"
          : "; each one in code carries a `TODO(amplify-migrate)` comment");
    }
    out.append(".\n");

    appendTotals(out, inv);
    appendChanges(out, inv);
    appendMarkers(out, inv);
    appendFiles(out, "Skipped files", inv.of(FileEntry.Status.SKIPPED), "");
    appendFiles(out, "Failed files", inv.of(FileEntry.Status.FAILED), " (left unchanged)");
    List<String> notes = new ArrayList<>();
    inv.files().forEach(f -> f.notes().forEach(n -> notes.add(Md.code(f.relativePath()) + ": " + Md.text(n))));
    if (!notes.isEmpty()) {
      out.append("\n### Notes (").append(notes.size()).append(")\n\n");
      notes.forEach(n -> out.append("- ").append(n).append('\n'));
    }
    return out.toString();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static void appendTotals(StringBuilder out, Inventory inv) {
    out.append("\n### Totals\n\n| | |\n|---|---:|\n");
    row(out, "files scanned", inv.files().size());
    row(out, "files changed", inv.of(FileEntry.Status.CHANGED).size());
    row(out, "edits", inv.editCount());
    inv.actionCounts().forEach((a, n) -> row(out, a.label(), n));
    row(out, "markers in the code", inv.markers().size());
    row(out, "files skipped", inv.of(FileEntry.Status.SKIPPED).size());
    row(out, "files failed", inv.of(FileEntry.Status.FAILED).size());
  }

  private static void row(StringBuilder out, String what, int n) {
    out.append("| ").append(what).append(" | ").append(n).append(" |\n");
  }

  private static void appendChanges(StringBuilder out, Inventory inv) {
    List<Site> sites = inv.sites();
    out.append("\n### Changes (").append(sites.size()).append(")\n\n");
    if (sites.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("Lines are those before the migration.");
    out.append("\n\n| file | line | rule | spec | safety |\n|---|---:|---|---|---|\n");
    for (FileEntry f : inv.files()) {
      for (Site s : f.sites()) {
        changeRow(out, s, String.valueOf(s.line()), Md.code(s.ruleId()));
      }
    }
  }

  private static void changeRow(StringBuilder out, Site s, String line, String rule) {
    out.append("| ").append(Md.code(s.file())).append(" | ").append(line).append(" | ").append(rule).append(" | ")
        .append(s.specId().isEmpty() ? "–" : s.specId()).append(" | ").append(s.safety().label()).append(" |\n");
  }

  private static void appendMarkers(StringBuilder out, Inventory inv) {
    List<Marker> markers = inv.markers();
    out.append("\n### Markers left in the code (").append(markers.size()).append(")\n\n");
    if (markers.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("Find them with `git grep -n 'amplify-migrate'`; a TODO asks for a change or a check, a NOTE explains one.\n\n");
    for (Marker m : markers) {
      out.append(m.kind() == Marker.Kind.TODO ? "- [ ] " : "- ").append(Md.code(m.file() + ":" + m.line())).append(' ')
          .append(m.kind()).append(' ').append(m.markerId()).append(": ").append(Md.text(m.message())).append('\n');
    }
  }

  private static void appendFiles(StringBuilder out, String title, List<FileEntry> files, String suffix) {
    if (files.isEmpty()) {
      return;
    }
    out.append("\n### ").append(title).append(" (").append(files.size()).append(")\n\n");
    files.forEach(f -> out.append("- ").append(Md.code(f.relativePath())).append(": ").append(Md.text(f.reason()))
        .append(suffix).append('\n'));
  }
}
