package dev.remold.engine;

import java.util.List;

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
}
