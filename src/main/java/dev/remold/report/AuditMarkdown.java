package dev.remold.report;

import dev.remold.parse.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit of a project as Markdown: the Gen 1 sites per category and API, per file with lines, what
 * remold will do with each, the totals and the manual work left.
 */
public final class AuditMarkdown {
  private AuditMarkdown() {}

  /** Returns the audit of the inventory; {@code target} names what was audited (the path as typed). */
  public static String render(Inventory inv, RuleCatalog rules, String target) {
    StringBuilder out = new StringBuilder();
    List<Site> sites = inv.sites();
    long withSites = inv.files().stream().filter(f -> !f.sites().isEmpty()).count();
    out.append("# Amplify Gen 1 audit of ").append(Md.code(target)).append("\n\n");
    inv.notices().forEach(n -> out.append("> **Note:** ").append(Md.text(n)).append("\n\n"));
    out.append(sites.size()).append(sites.size() == 1 ? " place" : " places").append(" in ").append(withSites)
        .append(" of ").append(inv.files().size()).append(inv.files().size() == 1 ? " file" : " files")
        .append(" use Amplify Gen 1 APIs. What `remold apply` would do with them:\n\n");
    out.append("| remold will | places |\n|---|---:|\n");
    inv.actionCounts().forEach((a, n) -> out.append("| ").append(a.label()).append(" | ").append(n).append(" |\n"));
    out.append("| **total** | **").append(sites.size()).append("** |\n\n");
    out.append("A rewrite with a note gets a `NOTE(amplify-migrate)` comment; a place for review or manual work gets a"
        + " `TODO(amplify-migrate)` comment.\n");
    if (sites.stream().anyMatch(s -> Language.forFileName(s.file()).isEmpty())) {
      out.append("Places in package.json and .gitignore get no comment: they are listed here only.\n");
    }

    if (!sites.isEmpty()) {
      appendCategories(out, inv, rules);
      appendFiles(out, inv);
    }
    appendManualWork(out, inv);
    appendNotAudited(out, inv);
    return out.toString();
  }

  private static void appendCategories(StringBuilder out, Inventory inv, RuleCatalog rules) {
    out.append("\n## By category\n\n");
    out.append("| category | places |");
    for (Action a : Action.values()) {
      out.append(' ').append(a.label()).append(" |");
    }
    out.append("\n|---|---:|").append("---:|".repeat(Action.values().length)).append('\n');
    inv.actionCountsByCategory().forEach((c, counts) -> {
      out.append("| ").append(c.label()).append(" | ").append(counts.values().stream().mapToInt(Integer::intValue).sum())
          .append(" |");
      counts.values().forEach(n -> out.append(' ').append(n).append(" |"));
      out.append('\n');
    });
    for (Category c : inv.actionCountsByCategory().keySet()) {
      List<Site> in = inv.sites().stream().filter(s -> s.category() == c).toList();
      out.append("\n### ").append(c.label()).append(" (").append(in.size()).append(")\n\n");
      out.append("| API | rule | spec | remold will | places |\n|---|---|---|---|---:|\n");
      Map<List<Object>, Integer> rows = new LinkedHashMap<>();
      in.stream()
          .sorted(Comparator.comparing(Site::specId).thenComparing(Site::ruleId).thenComparing(Site::action))
          .forEach(s -> rows.merge(List.of(s.ruleId(), s.action()), 1, Integer::sum));
      rows.forEach((key, n) -> {
        RuleInfo r = rules.get((String) key.get(0));
        out.append("| ").append(Md.text(r.description())).append(" | ").append(Md.code(r.id())).append(" | ")
            .append(r.specId().isEmpty() ? "–" : r.specId()).append(" | ").append(((Action) key.get(1)).label())
            .append(" | ").append(n).append(" |\n");
      });
    }
  }

  private static void appendFiles(StringBuilder out, Inventory inv) {
    out.append("\n## By file\n");
    for (FileEntry f : inv.files()) {
      if (f.sites().isEmpty()) {
        continue;
      }
      out.append("\n### ").append(Md.code(f.relativePath())).append(" (").append(f.sites().size()).append(")\n\n");
      for (Site s : f.sites()) {
        out.append("- line ").append(s.line()).append(": ").append(siteText(s)).append('\n');
      }
    }
  }

  /** Returns "`rule` (SPEC): action — reason". */
  static String siteText(Site s) {
    StringBuilder sb = new StringBuilder(Md.code(s.ruleId()));
    if (!s.specId().isEmpty()) {
      sb.append(" (").append(s.specId()).append(')');
    }
    sb.append(": ").append(s.action().label());
    if (!s.message().isEmpty()) {
      sb.append(" — ").append(Md.text(s.message()));
    }
    return sb.toString();
  }

  private static void appendManualWork(StringBuilder out, Inventory inv) {
    List<String> items = new ArrayList<>();
    for (Site s : inv.sitesForAPerson()) {
      items.add(Md.code(s.file() + ":" + s.line()) + " " + s.markerId() + ", " + s.action().label()
          + (s.message().isEmpty() ? "" : ": " + Md.text(s.message())));
    }
    for (Marker m : inv.markersWithoutSite()) {
      if (m.kind() == Marker.Kind.TODO) {
        items.add(Md.code(m.file() + ":" + m.line()) + " " + m.markerId() + ", marker already in the code: "
            + Md.text(m.message()));
      }
    }
    for (FileEntry f : inv.of(FileEntry.Status.FAILED)) {
      items.add(Md.code(f.relativePath()) + " could not be processed: " + Md.text(f.reason()));
    }
    out.append("\n## Manual work left (").append(items.size()).append(")\n\n");
    if (items.isEmpty()) {
      out.append("None: remold rewrites every place it found.\n");
    }
    items.forEach(i -> out.append("- [ ] ").append(i).append('\n'));
  }

  private static void appendNotAudited(StringBuilder out, Inventory inv) {
    List<FileEntry> skipped = inv.of(FileEntry.Status.SKIPPED);
    if (skipped.isEmpty()) {
      return;
    }
    out.append("\n## Not audited (").append(skipped.size()).append(")\n\n");
    skipped.forEach(f -> out.append("- ").append(Md.code(f.relativePath())).append(": ").append(Md.text(f.reason())).append('\n'));
  }
}
