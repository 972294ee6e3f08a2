package dev.remold.engine;

import dev.remold.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What happened to one file; failures are values, so one bad file never stops a run. */
public sealed interface FileResult {
  /** Returns the file. */
  Path path();

  /** Returns the path relative to its walk root, with forward slashes. */
  String relativePath();

  /**
   * The rules changed the file; {@code rewrites} counts rewritten matches per rule id, {@code sites} lists
   * every match that was acted on (rule, safety, line in the original file). A {@code created} file does not
   * exist yet: rules asked for it, {@code before} is empty, and it is written only where nothing stands.
   */
  record Changed(Path path, String relativePath, String before, String after, boolean bom,
      Map<String, Integer> rewrites, List<Finding> sites, List<String> notes, boolean created) implements FileResult {
    public Changed {
      rewrites = Map.copyOf(rewrites);
      sites = List.copyOf(sites);
      notes = List.copyOf(notes);
      if (created && !before.isEmpty()) {
        throw new IllegalArgumentException("a created file has no text before");
      }
    }

    /** Creates the result of an existing file that the rules changed. */
    public Changed(Path path, String relativePath, String before, String after, boolean bom,
        Map<String, Integer> rewrites, List<Finding> sites, List<String> notes) {
      this(path, relativePath, before, after, bom, rewrites, sites, notes, /* created= */ false);
    }

    /** Returns the sites a person should look at: everything but plain SAFE rewrites. */
    public List<Finding> findings() {
      return FileResult.findingsOf(sites);
    }
  }

  /** No rule changed the file (rules may still have findings or notes about it). */
  record Unchanged(Path path, String relativePath, List<Finding> sites, List<String> notes) implements FileResult {
    public Unchanged {
      sites = List.copyOf(sites);
      notes = List.copyOf(notes);
    }

    /** Returns the sites a person should look at: everything but plain SAFE rewrites. */
    public List<Finding> findings() {
      return FileResult.findingsOf(sites);
    }
  }

  private static List<Finding> findingsOf(List<Finding> sites) {
    return sites.stream().filter(s -> s.safety() != dev.remold.rules.Safety.SAFE).toList();
  }

  /** The file was not read as code: too large, binary, another encoding, a symlink out of the project. */
  record Skipped(Path path, String relativePath, String reason) implements FileResult {}

  /** The file could not be rewritten safely and was left byte-identical. */
  record Failed(Path path, String relativePath, String reason) implements FileResult {}
}
