package dev.remold.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.remold.engine.FileResult;
import dev.remold.engine.RunReport;
import dev.remold.rules.Finding;
import dev.remold.rules.Safety;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** What a run found, file by file and site by site: the model every report, audit and SARIF output is written from. */
public record Inventory(List<FileEntry> files, List<String> notices) {
  public Inventory {
    files = List.copyOf(files);
    notices = List.copyOf(notices);
  }

  /**
   * Returns the inventory of a run.
   *
   * @param markerText the text whose markers the output lists (before or after the run), or null for none
   */
  public static Inventory of(RunReport run, RuleCatalog rules, Function<FileResult, String> markerText) {
    List<FileEntry> files = new ArrayList<>();
    for (FileResult r : run.results()) {
      String text = markerText.apply(r);
      List<Marker> markers = text == null ? List.of() : Marker.scan(r.relativePath(), text);
      files.add(switch (r) {
        case FileResult.Changed c -> new FileEntry(c.path(), c.relativePath(), FileEntry.Status.CHANGED, "", c.rewrites(),
            sitesOf(c.relativePath(), c.sites(), rules), changedLines(c.before(), c.after()), markers,
            c.notes());
        case FileResult.Unchanged u -> new FileEntry(u.path(), u.relativePath(), FileEntry.Status.UNCHANGED, "", Map.of(),
            sitesOf(u.relativePath(), u.sites(), rules), List.of(), markers, u.notes());
        case FileResult.Skipped s -> new FileEntry(s.path(), s.relativePath(), FileEntry.Status.SKIPPED, s.reason(), Map.of(),
            List.of(), List.of(), markers, List.of());
        case FileResult.Failed f -> new FileEntry(f.path(), f.relativePath(), FileEntry.Status.FAILED, f.reason(), Map.of(),
            List.of(), List.of(), markers, List.of());
      });
    }
    return new Inventory(files, run.notices());
  }

  /** Returns the sites of one file: every match a rule acted on, with its line in the file as it was. */
  static List<Site> sitesOf(String file, List<Finding> matches, RuleCatalog rules) {
    List<Site> sites = new ArrayList<>();
    for (Finding f : matches) {
      RuleInfo r = rules.get(f.ruleId());
      sites.add(new Site(file, r.id(), r.specId(), r.category(), f.safety(), Action.of(f.safety(), r.rewritesCode()),
          Math.max(0, f.line()), f.message()));
    }
    sites.sort(Comparator.comparingInt((Site s) -> s.hasLine() ? s.line() : Integer.MAX_VALUE).thenComparing(Site::ruleId));
    return sites;
  }

  /** Returns the lines of the text before that the change touches; inserted marker lines alone do not count. */
  static List<LineRange> changedLines(String before, String after) {
    List<String> oldLines = Lines.of(before);
    List<LineRange> out = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(oldLines, Lines.of(after)).getDeltas()) {
      int pos = d.getSource().getPosition();
      int size = d.getSource().size();
      if (size == 0) {
        if (oldLines.isEmpty() || d.getTarget().getLines().stream().allMatch(Marker::isMarkerLine)) {
          continue;
        }
        // An insertion is placed at the line it goes above (or the last line, at the end of the file).
        int line = Math.min(pos + 1, oldLines.size());
        out.add(new LineRange(line, line));
      } else {
        out.add(new LineRange(pos + 1, pos + size));
      }
    }
    return out;
  }

  /** Returns every site, file by file. */
  public List<Site> sites() {
    return files.stream().flatMap(f -> f.sites().stream()).toList();
  }

  /** Returns every marker, file by file. */
  public List<Marker> markers() {
    return files.stream().flatMap(f -> f.markers().stream()).toList();
  }

  /** Returns the files with a status. */
  public List<FileEntry> of(FileEntry.Status status) {
    return files.stream().filter(f -> f.status() == status).toList();
  }

  /** Returns the number of sites per action, every action present. */
  public Map<Action, Integer> actionCounts() {
    return countActions(sites());
  }

  /** Returns the number of sites per action for the categories that have sites, in category order. */
  public Map<Category, Map<Action, Integer>> actionCountsByCategory() {
    Map<Category, Map<Action, Integer>> out = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      List<Site> in = sites().stream().filter(s -> s.category() == c).toList();
      if (!in.isEmpty()) {
        out.put(c, countActions(in));
      }
    }
    return out;
  }

  static Map<Action, Integer> countActions(List<Site> sites) {
    Map<Action, Integer> out = new EnumMap<>(Action.class);
    for (Action a : Action.values()) {
      out.put(a, 0);
    }
    sites.forEach(s -> out.merge(s.action(), 1, Integer::sum));
    return out;
  }

  /** Returns the rewritten matches per rule id over all files, sorted by id. */
  public Map<String, Integer> editsPerRule() {
    Map<String, Integer> out = new TreeMap<>();
    files.forEach(f -> f.edits().forEach((k, v) -> out.merge(k, v, Integer::sum)));
    return out;
  }

  /** Returns the number of rewritten matches over all files. */
  public int editCount() {
    return files.stream().mapToInt(FileEntry::editCount).sum();
  }

  /** Returns the sites a person has to look at (review and manual work), file by file. */
  public List<Site> sitesForAPerson() {
    return sites().stream().filter(s -> s.action().needsPerson()).toList();
  }

  /**
   * Returns the markers that no site of their file explains (same id, same reason): markers an earlier run left
   * on code that is already rewritten, or that a person wrote.
   */
  public List<Marker> markersWithoutSite() {
    List<Marker> out = new ArrayList<>();
    for (FileEntry f : files) {
      for (Marker m : f.markers()) {
        boolean explained = f.sites().stream()
            .anyMatch(s -> s.safety() != Safety.SAFE && s.markerId().equals(m.markerId()) && s.message().equals(m.message()));
        if (!explained) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** Returns the sites per file path for the files that have any, in file order. */
  public Map<String, List<Site>> sitesByFile() {
    Map<String, List<Site>> out = new LinkedHashMap<>();
    files.stream().filter(f -> !f.sites().isEmpty()).forEach(f -> out.put(f.relativePath(), f.sites()));
    return out;
  }
}
