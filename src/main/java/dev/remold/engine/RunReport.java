package dev.remold.engine;

import dev.remold.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything one run found: a result per file, in path order, and notices about packs. */
public record RunReport(List<FileResult> results, List<String> notices) {
  public RunReport {
    results = List.copyOf(results);
    notices = List.copyOf(notices);
  }

  /** Returns the results of one kind. */
  public <T extends FileResult> List<T> of(Class<T> kind) {
    return results.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Returns the rewritten matches per rule id over all changed files. */
  public Map<String, Integer> rewritesPerRule() {
    Map<String, Integer> out = new TreeMap<>();
    for (FileResult.Changed c : of(FileResult.Changed.class)) {
      c.rewrites().forEach((k, v) -> out.merge(k, v, Integer::sum));
    }
    return out;
  }

  /** Returns the summary a person reads on stderr. */
  public String summaryText() {
    StringBuilder sb = new StringBuilder();
    sb.append("remold: ").append(results.size()).append(" files scanned: ")
        .append(of(FileResult.Changed.class).size()).append(" changed, ")
        .append(of(FileResult.Unchanged.class).size()).append(" unchanged, ")
        .append(of(FileResult.Skipped.class).size()).append(" skipped, ")
        .append(of(FileResult.Failed.class).size()).append(" failed\n");
    notices.forEach(n -> sb.append("  note: ").append(n).append('\n'));
    Map<String, Integer> perRule = rewritesPerRule();
    if (!perRule.isEmpty()) {
      sb.append("edits per rule:\n");
      perRule.forEach((id, n) -> sb.append(String.format("  %-40s %d%n", id, n)));
    }
    for (FileResult r : results) {
      switch (r) {
        case FileResult.Skipped s -> sb.append("skipped ").append(s.relativePath()).append(": ").append(s.reason()).append('\n');
        case FileResult.Failed f -> sb.append("failed  ").append(f.relativePath()).append(": ").append(f.reason()).append('\n');
        case FileResult.Changed c -> appendDetails(sb, c.relativePath(), c.findings(), c.notes());
        case FileResult.Unchanged u -> appendDetails(sb, u.relativePath(), u.findings(), u.notes());
      }
    }
    return sb.toString();
  }

  private static void appendDetails(StringBuilder sb, String path, List<Finding> findings, List<String> notes) {
    for (Finding f : findings) {
      sb.append(f.safety().label().toLowerCase().replace("+", "-")).append("  ").append(path).append(':').append(f.line())
          .append(' ').append(f.ruleId()).append(": ").append(f.message()).append('\n');
    }
    notes.forEach(n -> sb.append("note    ").append(path).append(": ").append(n).append('\n'));
  }
}
