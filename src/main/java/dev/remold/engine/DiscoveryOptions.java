package dev.remold.engine;

import java.util.List;

/**
 * Settings for {@link FileDiscovery}: the size limit and the user's include and exclude globs.
 *
 * @param maxFileBytes files larger than this are reported as skipped rather than rewritten
 * @param includes globs of which a file must match one, when any are given
 * @param excludes globs whose matching files are silently dropped
 */
public record DiscoveryOptions(long maxFileBytes, List<String> includes, List<String> excludes) {

  static final long ONE_MIB = 1024L * 1024L;

  /** Validates the limit and freezes the glob lists. */
  public DiscoveryOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("the maximum file size must be positive, got " + maxFileBytes);
    }
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** Returns the defaults: a 1 MiB size limit and no include or exclude globs. */
  public static DiscoveryOptions defaults() {
    return new DiscoveryOptions(ONE_MIB, List.of(), List.of());
  }
}
