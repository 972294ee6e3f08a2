package dev.remold.engine;

import java.util.Map;

/**
 * How a run behaves: which files, whether pack preconditions are overridden, how many workers,
 * whether the text prefilter may skip parsing files no rule can match (off only to measure parsing),
 * and the values of pack options that rules test with {@code when: { option: NAME=VALUE }}.
 */
public record EngineOptions(DiscoveryOptions discovery, boolean force, int jobs, boolean prefilter, Map<String, String> options) {
  public EngineOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    options = Map.copyOf(options);
  }

  /** Returns options that set no pack option: each rule sees its pack's defaults. */
  public EngineOptions(DiscoveryOptions discovery, boolean force, int jobs, boolean prefilter) {
    this(discovery, force, jobs, prefilter, Map.of());
  }

  /** Returns options with the prefilter on. */
  public EngineOptions(DiscoveryOptions discovery, boolean force, int jobs) {
    this(discovery, force, jobs, /* prefilter= */ true);
  }

  /** Returns these options with the pack options set. */
  public EngineOptions withOptions(Map<String, String> packOptions) {
    return new EngineOptions(discovery, force, jobs, prefilter, packOptions);
  }
}
