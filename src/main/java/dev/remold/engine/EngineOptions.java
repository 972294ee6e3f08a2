package dev.remold.engine;

/**
 * How a run behaves: which files, whether pack preconditions are overridden, how many workers, and
 * whether the text prefilter may skip parsing files no rule can match (off only to measure parsing).
 */
public record EngineOptions(DiscoveryOptions discovery, boolean force, int jobs, boolean prefilter) {
  public EngineOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }

  /** Returns options with the prefilter on. */
  public EngineOptions(DiscoveryOptions discovery, boolean force, int jobs) {
    this(discovery, force, jobs, /* prefilter= */ true);
  }
}
