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

  /** Returns options with the prefilter on and no pack options. */
  public EngineOptions(DiscoveryOptions discovery, boolean force, int jobs) {
    this(discovery, force, jobs, /* prefilter= */ true);
  }

  /** The file in a test case folder that gives the pack options the case runs with. */
  public static final String CASE_OPTIONS_FILE = "remold.options";

  /**
   * Returns the pack options of a {@code remold.options} text: one {@code name=value} a line, as the
   * command line sets them ({@code datastore=rewrite} for {@code --datastore=rewrite}); blank lines and
   * lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException when a line is not of that form
   */
  public static Map<String, String> parseOptions(String text) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : text.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || eq == line.length() - 1) {
        throw new IllegalArgumentException("not an option (name=value): " + line);
      }
      out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    return out;
  }

  /** Returns these options with the pack options set. */
  public EngineOptions withOptions(Map<String, String> options) {
    return new EngineOptions(discovery, force, jobs, prefilter, options);
  }
}
