package dev.remold.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule of a pack's {@code project} list: an edit of a migrated project's package.json or .gitignore, made once
 * all its source files are rewritten.
 *
 * @param packages for {@code bump} and {@code add} the package names with their new ranges; for {@code remove}
 *     the names (ranges empty); for {@code gitignore} the lines to add (ranges empty); for {@code scripts} the one
 *     regex a flagged script's command matches (range empty)
 * @param section the package.json section an {@code add} writes to ({@code dependencies} or {@code devDependencies})
 * @param ifDependsOn the rule applies only when package.json declares one of these (a name, or {@code name op version})
 * @param ifImports the rule applies only when some file imports one of these modules ({@code module#export} also asks
 *     that the file names the export)
 * @param ifExists the rule applies only when one of these paths (from the project root) exists
 * @param whileImported the safety of a {@code remove} whose package some file still imports (it is then kept)
 * @param message what a person should know, added to each site of the rule ("" for nothing)
 */
public record ProjectRule(String id, String description, Safety safety, String specId, Kind kind,
    Map<String, String> packages, String section, List<String> ifDependsOn, List<String> ifImports,
    List<String> ifExists, Safety whileImported, String message) {
  /** What the rule does. */
  public enum Kind {
    /** Raises a declared dependency whose range is below the major of the new one. */
    BUMP,
    /** Removes declared dependencies that no file imports any more. */
    REMOVE,
    /** Adds dependencies the rewritten code imports, or that the conditions call for. */
    ADD,
    /** Appends lines to the project's .gitignore when it has one. */
    GITIGNORE,
    /** Reports the npm scripts whose command matches a regex, for a person to replace. */
    SCRIPTS
  }

  public ProjectRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
    ifDependsOn = List.copyOf(ifDependsOn);
    ifImports = List.copyOf(ifImports);
    ifExists = List.copyOf(ifExists);
  }

  /**
   * Returns whether the conditions hold for a project's declared ranges, a test of what its files import and a test
   * of which paths exist under its root.
   */
  public boolean appliesTo(Map<String, String> declared, Predicate<String> imported, Predicate<String> exists) {
    boolean depends = ifDependsOn.isEmpty() || ifDependsOn.stream().anyMatch(c -> Requirement.parse(c)
        .map(r -> r.failure(declared).isEmpty())
        .orElse(declared.containsKey(c.strip())));
    return depends && (ifImports.isEmpty() || ifImports.stream().anyMatch(imported))
        && (ifExists.isEmpty() || ifExists.stream().anyMatch(exists));
  }

  /** Returns the modules whose importers the rule asks about: what it removes or adds, and its {@code ifImports}. */
  public Set<String> modulesAsked() {
    Set<String> out = new LinkedHashSet<>();
    if (kind == Kind.REMOVE || kind == Kind.ADD) {
      out.addAll(packages.keySet());
    }
    ifImports.forEach(q -> out.add(q.contains("#") ? q.substring(0, q.indexOf('#')) : q));
    return out;
  }

  /** Returns whether the rule has conditions of its own (an {@code add} without them follows the imports alone). */
  public boolean conditional() {
    return !ifDependsOn.isEmpty() || !ifImports.isEmpty() || !ifExists.isEmpty();
  }
}
