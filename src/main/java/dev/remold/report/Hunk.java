package dev.remold.report;

import dev.remold.rules.Finding;
import java.util.List;

/**
 * One hunk of a file's change, as the unified diff shows it: the lines of the text before that it spans (context
 * included, 0-based, end exclusive), its text from the "@@" line on, the runs of changed lines inside it, and the rule
 * matches (sites) whose line in the text before falls inside it.
 */
public record Hunk(int oldFrom, int oldTo, String text, List<Change> changes, List<Finding> sites) {
  public Hunk {
    if (oldFrom < 0 || oldTo < oldFrom) {
      throw new IllegalArgumentException("bad line range " + oldFrom + ".." + oldTo);
    }
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a hunk holds at least one change");
    }
    changes = List.copyOf(changes);
    sites = List.copyOf(sites);
  }

  /**
   * One run of changed lines: from 0-based line {@code oldPosition} of the text before, {@code oldCount} lines give
   * way to {@code newLines}; every line keeps its terminator ("\n" or "\r\n"; the last line of a text may have none).
   */
  public record Change(int oldPosition, int oldCount, List<String> newLines) {
    public Change {
      if (oldPosition < 0 || oldCount < 0) {
        throw new IllegalArgumentException("bad change at " + oldPosition + " (" + oldCount + " lines)");
      }
      newLines = List.copyOf(newLines);
    }

    /** Returns the line after the last one this change replaces. */
    int oldEnd() {
      return oldPosition + oldCount;
    }
  }

  /** Returns the same hunk holding other sites. */
  Hunk withSites(List<Finding> newSites) {
    return new Hunk(oldFrom, oldTo, text, changes, newSites);
  }
}
