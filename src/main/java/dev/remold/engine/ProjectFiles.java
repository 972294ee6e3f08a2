package dev.remold.engine;

import dev.remold.project.GitIgnore;
import dev.remold.project.ModuleUses;
import dev.remold.project.PackageJson;
import dev.remold.rules.Finding;
import dev.remold.rules.ProjectRule;
import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the package.json and .gitignore of one migrated project with its packs' project rules, once its source
 * files are rewritten; the results go the way of any source file's (diff, apply, reports).
 */
final class ProjectFiles {
  private static final Pattern FIRST_MAJOR = Pattern.compile("\\d+");

  /**
   * What the run knows about one project: its project rules, what its files import, the folder its paths are
   * relative to, and whether every source file of it was read (so a package no file imports can go).
   */
  record Project(Path root, Map<String, String> declared, List<ProjectRule> rules, ModuleUses uses, Path walkRoot,
      boolean complete) {}

  private ProjectFiles() {}

  /** Returns the results for the project's package.json and .gitignore, for those that change or have sites. */
  static List<FileResult> results(Project p, Predicate<String> passesGlobs) {
    List<FileResult> out = new ArrayList<>();
    if (p.rules().stream().anyMatch(r -> r.kind() != ProjectRule.Kind.GITIGNORE)) {
      result(p, "package.json", passesGlobs, ProjectFiles::packageJson).ifPresent(out::add);
    }
    if (p.rules().stream().anyMatch(r -> r.kind() == ProjectRule.Kind.GITIGNORE)) {
      result(p, ".gitignore", passesGlobs, ProjectFiles::gitIgnore).ifPresent(out::add);
    }
    return out;
  }

  /** The new text of a project file with the sites of the rules that changed or flagged it. */
  private record Edited(String text, Map<String, Integer> rewrites, List<Finding> sites) {}

  @FunctionalInterface
  private interface Editor {
    Edited edit(Project p, String text);
  }

  private static Optional<FileResult> result(Project p, String name, Predicate<String> passesGlobs,
      Editor editor) {
    Path path = p.root().resolve(name);
    String rel = p.walkRoot().relativize(path).toString().replace('\\', '/');
    if (!Files.isRegularFile(path) || !passesGlobs.test(rel)) {
      return Optional.empty();
    }
    if (Files.isSymbolicLink(path)) {
      // It may lead out of the project; remold never writes through a link it did not choose.
      return Optional.of(new FileResult.Skipped(path, rel, "a symlink; remold leaves it to you"));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return Optional.of(new FileResult.Failed(path, rel, "cannot read: " + e.getMessage()));
    }
    if (!(TextCodec.decode(bytes) instanceof Decoded.Text text)) {
      return Optional.of(new FileResult.Skipped(path, rel, "not UTF-8 text; left as it is"));
    }
    Edited e;
    try {
      e = editor.edit(p, text.text());
    } catch (IllegalArgumentException ex) {
      return Optional.of(new FileResult.Failed(path, rel, ex.getMessage() + "; left as it is"));
    }
    if (!e.text().equals(text.text())) {
      return Optional.of(new FileResult.Changed(path, rel, text.text(), e.text(), text.bom(), e.rewrites(), e.sites(),
          List.of()));
    }
    return e.sites().isEmpty() ? Optional.empty()
        : Optional.of(new FileResult.Unchanged(path, rel, e.sites(), List.of()));
  }

  /** Applies the bump, remove and add rules, in order; the first bump whose conditions hold decides a package. */
  private static Edited packageJson(Project p, String text) {
    PackageJson original = PackageJson.parse(text);
    PackageJson pkg = original;
    Map<String, String> declared = original.ranges();
    Map<String, Integer> rewrites = new TreeMap<>();
    List<Finding> sites = new ArrayList<>();
    Set<String> decided = new HashSet<>();
    for (ProjectRule r : p.rules()) {
      boolean applies = r.appliesTo(declared, p.uses()::imports, exists(p));
      String why = r.message().isEmpty() ? "" : ": " + r.message();
      String reason = r.message().isEmpty() ? "" : "; " + r.message();
      switch (r.kind()) {
        case BUMP -> {
          if (!applies) {
            continue;
          }
          for (PackageJson.Dependency d : original.dependencies()) {
            String to = r.packages().get(d.name());
            if (to == null || decided.contains(d.section() + " " + d.name())) {
              continue;
            }
            decided.add(d.section() + " " + d.name());
            if (d.range().contains(":") || d.range().contains("/")) {
              sites.add(new Finding(r.id(), Safety.REVIEW, d.line(), d.name() + " left as it is: \"" + d.range()
                  + "\" is not a version range; it must resolve to " + to + why));
            } else if (major(d.range()) >= 0 && major(d.range()) < major(to)) {
              pkg = pkg.withRange(d.section(), d.name(), to);
              rewrites.merge(r.id(), 1, Integer::sum);
              sites.add(new Finding(r.id(), r.safety(), d.line(), d.name() + " \"" + d.range() + "\" → \"" + to + "\"" + why));
            }
          }
        }
        case REMOVE -> {
          if (!applies) {
            continue;
          }
          for (PackageJson.Dependency d : original.dependencies()) {
            if (!r.packages().containsKey(d.name())) {
              continue;
            }
            List<String> importers = p.uses().filesImporting(d.name());
            if (!p.complete()) {
              sites.add(new Finding(r.id(), r.whileImported(), d.line(), d.name() + " kept: remold did not read every file"
                  + " of the project (--include/--exclude), so it cannot tell whether one still imports it" + reason));
            } else if (!importers.isEmpty()) {
              sites.add(new Finding(r.id(), r.whileImported(), d.line(), d.name() + " kept: "
                  + String.join(", ", importers.subList(0, Math.min(3, importers.size())))
                  + (importers.size() > 3 ? " and " + (importers.size() - 3) + " more" : "")
                  + (importers.size() == 1 ? " still imports it" : " still import it") + reason));
            } else {
              pkg = pkg.without(d.section(), d.name());
              rewrites.merge(r.id(), 1, Integer::sum);
              sites.add(new Finding(r.id(), r.safety(), d.line(), d.name() + " removed" + why));
            }
          }
        }
        case ADD -> {
          boolean conditional = r.conditional();
          for (Map.Entry<String, String> e : r.packages().entrySet()) {
            String name = e.getKey();
            if (pkg.ranges().containsKey(name)) {
              continue;
            }
            List<String> importers = p.uses().filesImporting(name);
            if (importers.isEmpty() && !(conditional && applies)) {
              continue;
            }
            pkg = pkg.with(r.section(), name, e.getValue());
            rewrites.merge(r.id(), 1, Integer::sum);
            sites.add(new Finding(r.id(), r.safety(), original.lineOfSection(r.section()), name + " \"" + e.getValue()
                + "\" added" + (importers.isEmpty() ? "" : ", since " + importers.getFirst() + " imports it") + why));
          }
        }
        case SCRIPTS -> {
          if (!applies) {
            continue;
          }
          Pattern command = Pattern.compile(r.packages().keySet().iterator().next());
          for (PackageJson.Script s : original.scripts()) {
            if (command.matcher(s.command()).find()) {
              sites.add(new Finding(r.id(), r.safety(), s.line(), "script " + s.name() + " runs \"" + s.command() + "\"" + why));
            }
          }
        }
        case GITIGNORE -> {
          // .gitignore has its own editor.
        }
      }
    }
    return new Edited(pkg.text(), rewrites, sites);
  }

  /** Returns a test of whether a path from the project root names a file or folder there (never one outside it). */
  private static Predicate<String> exists(Project p) {
    Path root = p.root().toAbsolutePath().normalize();
    return path -> {
      Path at = root.resolve(path).normalize();
      return at.startsWith(root) && Files.exists(at);
    };
  }

  /** Appends the lines of the gitignore rules that the file lacks. */
  private static Edited gitIgnore(Project p, String text) {
    String out = text;
    Map<String, Integer> rewrites = new TreeMap<>();
    List<Finding> sites = new ArrayList<>();
    int lastLine = Math.max(1, (int) text.lines().count());
    for (ProjectRule r : p.rules()) {
      if (r.kind() != ProjectRule.Kind.GITIGNORE || !r.appliesTo(p.declared(), p.uses()::imports, exists(p))) {
        continue;
      }
      List<String> lines = List.copyOf(r.packages().keySet());
      List<String> missing = GitIgnore.missing(out, lines);
      if (!missing.isEmpty()) {
        out = GitIgnore.withEntries(out, lines);
        rewrites.merge(r.id(), 1, Integer::sum);
        sites.add(new Finding(r.id(), r.safety(), lastLine, "added " + String.join(", ", missing)
            + (r.message().isEmpty() ? "" : ": " + r.message())));
      }
    }
    return new Edited(out, rewrites, sites);
  }

  /** Returns the first number of a version range (the major of its lowest version), or -1 when it has none. */
  static int major(String range) {
    Matcher m = FIRST_MAJOR.matcher(range);
    return m.find() ? Integer.parseInt(m.group()) : -1;
  }

  /** Returns a text of a file that could not be read as UTF-8, good enough to find module names in. */
  static String looseText(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1).replace("\0", "");
  }
}
