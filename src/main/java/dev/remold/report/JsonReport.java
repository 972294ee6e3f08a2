package dev.remold.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a run as JSON for tools and CI scripts: totals, sites per category, and per file its status, edits,
 * sites, changed lines, markers and notes. {@code diff --json}, {@code apply --json}, {@code audit --json} and
 * {@code --report FILE.json} all write this one document.
 */
public final class JsonReport {
  /** The version of the document's shape; raised when a field changes meaning or goes away. */
  static final int SCHEMA_VERSION = 1;

  private JsonReport() {}

  /**
   * Returns the document.
   *
   * @param command the command that ran (diff, apply, audit)
   * @param markersAfterRun whether marker lines are those of the files after the run (else before it)
   */
  public static String render(Inventory inv, String command, String version, boolean markersAfterRun) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schemaVersion", SCHEMA_VERSION);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "remold");
    tool.put("version", version);
    doc.put("tool", tool);
    doc.put("command", command);
    Map<String, Object> linesOf = new LinkedHashMap<>();
    linesOf.put("sites", "before");
    linesOf.put("changedLines", "before");
    linesOf.put("markers", markersAfterRun ? "after" : "before");
    doc.put("lines", linesOf);
    doc.put("totals", totals(inv));
    doc.put("notices", inv.notices());
    List<Object> categories = new ArrayList<>();
    inv.actionCountsByCategory().forEach((c, counts) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.label());
      m.put("sites", counts.values().stream().mapToInt(Integer::intValue).sum());
      m.put("actions", actions(counts));
      categories.add(m);
    });
    doc.put("categories", categories);
    doc.put("editsPerRule", new LinkedHashMap<>(inv.editsPerRule()));
    List<Object> files = new ArrayList<>();
    for (FileEntry f : inv.files()) {
      boolean plain = f.status() == FileEntry.Status.UNCHANGED && f.sites().isEmpty() && f.markers().isEmpty()
          && f.notes().isEmpty();
      if (!plain) {
        files.add(file(f));
      }
    }
    doc.put("files", files);
    return Json.write(doc);
  }

  private static Map<String, Object> totals(Inventory inv) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("files", inv.files().size());
    for (FileEntry.Status s : FileEntry.Status.values()) {
      t.put(s.key(), inv.of(s).size());
    }
    t.put("edits", inv.editCount());
    t.put("sites", inv.sites().size());
    t.put("actions", actions(inv.actionCounts()));
    t.put("markers", inv.markers().size());
    return t;
  }

  private static Map<String, Object> actions(Map<Action, Integer> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    counts.forEach((a, n) -> m.put(a.key(), n));
    return m;
  }

  private static Map<String, Object> file(FileEntry f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.relativePath());
    m.put("status", f.status().key());
    if (!f.reason().isEmpty()) {
      m.put("reason", f.reason());
    }
    if (f.status() == FileEntry.Status.SKIPPED || f.status() == FileEntry.Status.FAILED) {
      return m;
    }
    m.put("edits", new TreeMap<>(f.edits()));
    List<Object> sites = new ArrayList<>();
    for (Site s : f.sites()) {
      Map<String, Object> site = new LinkedHashMap<>();
      site.put("line", s.hasLine() ? s.line() : null);
      site.put("rule", s.ruleId());
      site.put("spec", s.specId().isEmpty() ? null : s.specId());
      site.put("category", s.category().label());
      site.put("safety", s.safety().label());
      site.put("action", s.action().key());
      site.put("message", s.message());
      sites.add(site);
    }
    m.put("sites", sites);
    m.put("changedLines", f.changedLines().stream().map(r -> (Object) List.of(r.first(), r.last())).toList());
    List<Object> markers = new ArrayList<>();
    for (Marker k : f.markers()) {
      Map<String, Object> marker = new LinkedHashMap<>();
      marker.put("line", k.line());
      marker.put("kind", k.kind().name());
      marker.put("id", k.markerId());
      marker.put("message", k.message());
      markers.add(marker);
    }
    m.put("markers", markers);
    m.put("notes", f.notes());
    return m;
  }
}
