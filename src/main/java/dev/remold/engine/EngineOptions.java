package dev.remold.engine;

/** How a run behaves: which files, whether pack preconditions are overridden, and how many workers. */
public record EngineOptions(DiscoveryOptions discovery, boolean force, int jobs) {
  public EngineOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }
}
