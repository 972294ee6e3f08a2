package dev.remold.rules;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pack precondition on the project's package.json, such as {@code aws-amplify < 6}. */
public record Requirement(String packageName, String operator, int[] version) {
  private static final Pattern FORM = Pattern.compile("^\\s*(\\S+)\\s*(<=|>=|<|>|=)\\s*(\\d+(?:\\.\\d+){0,2})\\s*$");
  private static final Pattern FIRST_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+|x|\\*))?(?:\\.(\\d+|x|\\*))?");

  /** Returns the requirement written as {@code name op version}, or empty when malformed. */
  public static Optional<Requirement> parse(String text) {
    Matcher m = FORM.matcher(text);
    return m.matches() ? Optional.of(new Requirement(m.group(1), m.group(2), numbers(m.group(3)))) : Optional.empty();
  }

  /** Returns why the dependencies fail this requirement, or empty when they meet it. */
  public Optional<String> failure(Map<String, String> dependencies) {
    String range = dependencies.get(packageName);
    if (range == null) {
      return Optional.of("package.json does not depend on " + packageName);
    }
    Matcher m = FIRST_VERSION.matcher(range);
    if (range.contains(":") || range.contains("/") || !m.find()) {
      return Optional.of("cannot tell the version of " + packageName + " from \"" + range + "\"");
    }
    // The range's lowest version stands for the project: `^5.3.0` and `~5.1` mean 5.x.
    int[] declared = numbers(m.group(0).replaceAll("[x*]", "0"));
    int cmp = compare(declared, version);
    boolean ok = switch (operator) {
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      default -> cmp == 0;
    };
    return ok ? Optional.empty()
        : Optional.of("package.json has " + packageName + " \"" + range + "\", this pack needs " + this);
  }

  private static int[] numbers(String v) {
    String[] parts = v.split("\\.");
    int[] out = new int[3];
    for (int i = 0; i < Math.min(3, parts.length); i++) {
      out[i] = Integer.parseInt(parts[i]);
    }
    return out;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return packageName + " " + operator + " " + version[0] + (version[1] + version[2] > 0 ? "." + version[1] + "." + version[2] : "");
  }
}
