package dev.remold.report;

import dev.remold.rules.Safety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes SARIF 2.1.0 for code scanning: a result for every site a person should know of (SAFE+NOTE as note,
 * REVIEW as warning, MANUAL as error) and for every marker in the code that no site explains.
 */
public final class Sarif {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The rule of results for markers that no rule of this run explains. */
  static final String MARKER_RULE = "amplify-migrate-marker";

  private Sarif() {}

  /**
   * Returns the SARIF log of the inventory; file locations are relative to the working directory (so a run from
   * the repository root gives the paths code scanning expects), else to the folder the run was given.
   */
  public static String render(Inventory inv, RuleCatalog rules, String version, Path workingDirectory) {
    record Result(String ruleId, String level, String message, String uri, int line) {}
    List<Result> results = new ArrayList<>();
    Map<String, String> uris = new LinkedHashMap<>();
    for (FileEntry f : inv.files()) {
      uris.put(f.relativePath(), uriOf(f, workingDirectory));
    }
    for (Site s : inv.sites()) {
      if (s.safety() == Safety.SAFE) {
        continue;
      }
      String text = s.markerId() + " " + (s.message().isEmpty() ? rules.get(s.ruleId()).description() : s.message());
      results.add(new Result(s.ruleId(), level(s.safety()), text, uris.get(s.file()), Math.max(1, s.line())));
    }
    for (Marker m : inv.markersWithoutSite()) {
      results.add(new Result(MARKER_RULE, markerLevel(m, rules), m.kind() + " " + m.markerId() + " " + m.message(),
          uris.get(m.file()), m.line()));
    }

    Map<String, Integer> ruleIndex = new TreeMap<>();
    results.forEach(r -> ruleIndex.put(r.ruleId(), 0));
    List<Object> driverRules = new ArrayList<>();
    for (String id : ruleIndex.keySet()) {
      ruleIndex.put(id, driverRules.size());
      driverRules.add(id.equals(MARKER_RULE) ? markerRule() : rule(rules.get(id)));
    }
    List<Object> sarifResults = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> res = new LinkedHashMap<>();
      res.put("ruleId", r.ruleId());
      res.put("ruleIndex", ruleIndex.get(r.ruleId()));
      res.put("level", r.level());
      res.put("message", Map.of("text", r.message()));
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", r.uri()));
      physical.put("region", Map.of("startLine", r.line()));
      res.put("locations", List.of(Map.of("physicalLocation", physical)));
      sarifResults.add(res);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "remold");
    driver.put("version", version);
    driver.put("rules", driverRules);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", sarifResults);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  /** Returns the SARIF level of a site: a note explains, a review warns, manual work is an error until done. */
  static String level(Safety safety) {
    return switch (safety) {
      case SAFE, SAFE_NOTE -> "note";
      case REVIEW -> "warning";
      case MANUAL -> "error";
    };
  }

  private static String markerLevel(Marker m, RuleCatalog rules) {
    if (m.kind() == Marker.Kind.NOTE) {
      return "note";
    }
    List<RuleInfo> citing = rules.byMarkerId(m.markerId());
    boolean manual = !citing.isEmpty() && citing.stream().allMatch(r -> r.safety() == Safety.MANUAL);
    return manual ? "error" : "warning";
  }

  private static Map<String, Object> rule(RuleInfo r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("shortDescription", Map.of("text", r.description()));
    m.put("defaultConfiguration", Map.of("level", level(r.safety())));
    Map<String, Object> props = new LinkedHashMap<>();
    if (!r.specId().isEmpty()) {
      props.put("spec", r.specId());
    }
    props.put("safety", r.safety().label());
    props.put("tags", List.of("amplify-migration", r.category().label()));
    m.put("properties", props);
    return m;
  }

  private static Map<String, Object> markerRule() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", MARKER_RULE);
    m.put("shortDescription", Map.of("text", "A TODO(amplify-migrate) or NOTE(amplify-migrate) comment left in the code for a person"));
    m.put("defaultConfiguration", Map.of("level", "warning"));
    m.put("properties", Map.of("tags", List.of("amplify-migration")));
    return m;
  }

  /** Returns the file's path from the working directory when it lies below it, else its relative path; URI-escaped. */
  static String uriOf(FileEntry f, Path workingDirectory) {
    String path = f.relativePath();
    Path abs = f.path().toAbsolutePath().normalize();
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    if (abs.startsWith(cwd) && !abs.equals(cwd)) {
      path = cwd.relativize(abs).toString().replace('\\', '/');
    }
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0;
      out.append(keep ? String.valueOf(c) : String.format("%%%02X", b & 0xFF));
    }
    return out.toString();
  }
}
