package dev.remold.engine;

import java.nio.file.Path;
import java.util.Objects;

/** One file found by {@link FileDiscovery}: either a candidate to rewrite or a file skipped with a reason. */
public sealed interface Discovered permits Discovered.Candidate, Discovered.Skipped {

  /** Returns the file's path as reached from the target (absolute and normalised). */
  Path path();

  /** Returns the folder the relative path is measured from. */
  Path root();

  /** Returns the path from the root with forward slashes, the key results are sorted by. */
  String relativePath();

  /**
   * A source file to rewrite.
   *
   * @param path the file
   * @param root the folder the relative path starts at
   * @param relativePath the path from root, with forward slashes
   */
  record Candidate(Path path, Path root, String relativePath) implements Discovered {

    /** Rejects missing parts. */
    public Candidate {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(relativePath, "relativePath");
    }
  }

  /**
   * A file (or folder) remold will not touch, with the reason a user reads.
   *
   * @param path the file or folder
   * @param root the folder the relative path starts at
   * @param relativePath the path from root, with forward slashes
   * @param reason why it was skipped and, where there is one, what to do about it
   */
  record Skipped(Path path, Path root, String relativePath, String reason) implements Discovered {

    /** Rejects missing parts. */
    public Skipped {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(relativePath, "relativePath");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
