package dev.remold.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the outputs say about one file: its status, the reason when skipped or failed, edits per rule, sites,
 * the lines the run changes, the markers it holds and the notes the rules left.
 *
 * @param path the file (absolute)
 * @param relativePath the path from its walk root, with forward slashes
 * @param changedLines lines of the file before the run that the run changes, markers added left out
 * @param markers markers in the text the output describes (before the run for an audit, after it for a report)
 */
public record FileEntry(Path path, String relativePath, Status status, String reason, Map<String, Integer> edits,
    List<Site> sites, List<LineRange> changedLines, List<Marker> markers, List<String> notes) {
  /** What happened to the file. */
  public enum Status {
    CHANGED("changed"), UNCHANGED("unchanged"), SKIPPED("skipped"), FAILED("failed");

    private final String key;

    Status(String key) {
      this.key = key;
    }

    /** Returns the lower-case name used in outputs. */
    public String key() {
      return key;
    }
  }

  public FileEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    edits = Map.copyOf(edits);
    sites = List.copyOf(sites);
    changedLines = List.copyOf(changedLines);
    markers = List.copyOf(markers);
    notes = List.copyOf(notes);
  }

  /** Returns the number of rewritten matches in the file. */
  public int editCount() {
    return edits.values().stream().mapToInt(Integer::intValue).sum();
  }
}
