package dev.remold.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules the files of one project import, gathered file by file from their texts (as rewritten) by worker
 * threads. The scan is textual: a specifier in a comment counts as an import, which errs on the side of keeping a
 * dependency.
 */
public final class ModuleUses {
  /** {@code from 'm'}, {@code import 'm'}, {@code import('m')}, {@code require('m')}. */
  private static final Pattern SPECIFIER =
      Pattern.compile("\\b(?:from|import|require)\\s*\\(?\\s*(['\"])([^'\"\\r\\n]{1,300})\\1");

  private final Map<String, Set<String>> filesBySpecifier = new ConcurrentHashMap<>();
  private final Set<String> namedUses = ConcurrentHashMap.newKeySet();

  /**
   * Records what a file imports; for each {@code module#export} query, whether the file imports the module and
   * names the export.
   */
  public void add(String file, String text, Collection<String> namedQueries) {
    Set<String> specifiers = new TreeSet<>();
    Matcher m = SPECIFIER.matcher(text);
    while (m.find()) {
      specifiers.add(m.group(2));
    }
    for (String s : specifiers) {
      filesBySpecifier.computeIfAbsent(s, k -> ConcurrentHashMap.newKeySet()).add(file);
    }
    for (String q : namedQueries) {
      int hash = q.indexOf('#');
      String module = q.substring(0, hash);
      if (specifiers.stream().anyMatch(s -> within(s, module))
          && Pattern.compile("(?<![\\w$])" + Pattern.quote(q.substring(hash + 1)) + "(?![\\w$])").matcher(text).find()) {
        namedUses.add(q);
      }
    }
  }

  /** Returns whether some file imports the module or package (a package counts for its sub-paths too), or the query. */
  public boolean imports(String moduleOrQuery) {
    if (moduleOrQuery.contains("#")) {
      return namedUses.contains(moduleOrQuery);
    }
    return !filesImporting(moduleOrQuery).isEmpty();
  }

  /** Returns the files that import the package or one of its sub-paths, sorted. */
  public List<String> filesImporting(String pkg) {
    Set<String> out = new TreeSet<>();
    filesBySpecifier.forEach((s, files) -> {
      if (within(s, pkg)) {
        out.addAll(files);
      }
    });
    return List.copyOf(out);
  }

  private static boolean within(String specifier, String pkg) {
    return specifier.equals(pkg) || specifier.startsWith(pkg + "/");
  }
}
