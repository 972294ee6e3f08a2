package dev.remold.project;

import dev.remold.match.RegexMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Facts about one project (the folder holding package.json), gathered before its files are
 * rewritten and read-only afterwards; GraphQL modules are read on first use and cached.
 */
public final class ProjectFacts {
  private static final Pattern SCHEMA_EXPORT =
      Pattern.compile("\\bexport\\s+type\\s+Schema\\b|\\bexport\\s+(?:type\\s+)?\\{[^}]*\\bSchema\\b[^}]*\\}");
  private static final List<String> MODULE_SUFFIXES =
      List.of("", ".js", ".ts", ".jsx", ".tsx", ".mjs", ".cjs", "/index.js", "/index.ts");

  private final Path root;
  private final Map<String, String> dependencies;
  private final String packageJsonProblem;
  private final Set<String> models;
  private final Map<String, GraphqlIndex> indexes;
  private final boolean dataSchemaTyped;
  private final Map<Path, Map<String, GraphqlOperation>> modules = new ConcurrentHashMap<>();
  private final Map<String, Boolean> codeMatches = new ConcurrentHashMap<>();
  private final Set<String> expectedQueries = ConcurrentHashMap.newKeySet();
  private static final Pattern SOURCE = Pattern.compile(".*\\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|vue)$");
  private static final Set<String> NOT_SOURCE = Set.of("node_modules", ".git", "dist", "build", ".next", ".nuxt", "coverage", "amplify");

  private ProjectFacts(Path root, Map<String, String> dependencies, String packageJsonProblem, Set<String> models,
      Map<String, GraphqlIndex> indexes, boolean dataSchemaTyped) {
    this.root = root;
    this.dependencies = Map.copyOf(dependencies);
    this.packageJsonProblem = packageJsonProblem;
    this.models = Set.copyOf(models);
    this.indexes = Map.copyOf(indexes);
    this.dataSchemaTyped = dataSchemaTyped;
  }

  /**
   * Tells the regexes that rules of this project may ask {@link #codeMatches} about: the first question then searches
   * the project once for all of them, not once per regex.
   */
  public void expectCodeQueries(Collection<String> regexes) {
    expectedQueries.addAll(regexes);
  }

  /**
   * Returns whether some source file of the project (outside node_modules, build output and the Gen 1
   * backend folder, up to 1 MB) holds a match of the regex; each regex is answered once per project.
   */
  public boolean codeMatches(String regex) {
    Boolean known = codeMatches.get(regex);
    if (known != null) {
      return known;
    }
    synchronized (codeMatches) {
      if (!codeMatches.containsKey(regex)) {
        Set<String> pending = new LinkedHashSet<>(List.of(regex));
        expectedQueries.stream().filter(r -> !codeMatches.containsKey(r)).forEach(pending::add);
        codeMatches.putAll(searchCode(pending));
      }
      return codeMatches.get(regex);
    }
  }

  /** Searches the project's source files once for each of the regexes. */
  private Map<String, Boolean> searchCode(Set<String> regexes) {
    Map<String, Boolean> found = new HashMap<>();
    Map<String, Pattern> pending = new LinkedHashMap<>();
    Map<String, Set<String>> literals = new HashMap<>();
    for (String r : regexes) {
      found.put(r, false);
      Pattern pattern = Pattern.compile(r);
      pending.put(r, pattern);
      // A file without the literal text every match holds is not searched: a regex tried at every character of a
      // big project costs a second, a plain search a fraction of that.
      literals.put(r, new RegexMatcher(pattern).requiredText());
    }
    try (Stream<Path> files = Files.walk(root)) {
      Iterator<Path> it = files.filter(f -> SOURCE.matcher(f.getFileName().toString()).matches())
          .filter(f -> root.relativize(f).getNameCount() > 0 && !skipped(root.relativize(f))).iterator();
      while (it.hasNext() && !pending.isEmpty()) {
        Path f = it.next();
        String text;
        try {
          if (Files.size(f) > 1 << 20) {
            continue;
          }
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
          continue;
        }
        pending.entrySet().removeIf(e -> {
          Set<String> need = literals.get(e.getKey());
          boolean match = (need == null || need.stream().anyMatch(text::contains)) && e.getValue().matcher(text).find();
          if (match) {
            found.put(e.getKey(), true);
          }
          return match;
        });
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // An unreadable folder answers what was found before it.
    }
    return found;
  }

  /** Returns whether a file or folder exists at a path relative to the root (one that leaves the root never does). */
  public boolean fileExists(String pathFromRoot) {
    Path p = root.resolve(pathFromRoot).normalize();
    return p.startsWith(root.normalize()) && Files.exists(p);
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (NOT_SOURCE.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Returns the project root for a file: the nearest folder at or above it that holds package.json, else the fallback. */
  public static Path rootOf(Path file, Path fallback) {
    for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("package.json"))) {
        return dir;
      }
    }
    return fallback.toAbsolutePath();
  }

  /** Reads package.json and the Gen 1 GraphQL schema of the project at root. */
  public static ProjectFacts gather(Path root) {
    Map<String, String> deps = new LinkedHashMap<>();
    String problem = null;
    Path pkg = root.resolve("package.json");
    if (!Files.isRegularFile(pkg)) {
      problem = "no package.json in " + root;
    } else {
      try {
        // JSON is YAML 1.2, so the YAML reader already on the classpath reads package.json.
        Object json = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(pkg, StandardCharsets.UTF_8));
        if (json instanceof Map<?, ?> map) {
          for (String section : List.of("peerDependencies", "devDependencies", "dependencies")) {
            if (map.get(section) instanceof Map<?, ?> d) {
              d.forEach((k, v) -> deps.put(String.valueOf(k), String.valueOf(v)));
            }
          }
        } else {
          problem = pkg + " is not a JSON object";
        }
      } catch (IOException | RuntimeException e) {
        problem = pkg + " cannot be read: " + e.getMessage();
      }
    }
    Set<String> models = new TreeSet<>();
    Map<String, GraphqlIndex> indexes = new LinkedHashMap<>();
    for (String schema : readSchemas(root)) {
      models.addAll(GraphqlSchema.models(schema));
      indexes.putAll(GraphqlSchema.indexes(schema));
    }
    return new ProjectFacts(root, deps, problem, models, indexes, exportsSchemaType(root));
  }

  private static List<String> readSchemas(Path root) {
    List<String> schemas = new java.util.ArrayList<>();
    Path api = root.resolve("amplify/backend/api");
    if (!Files.isDirectory(api)) {
      return schemas;
    }
    try (Stream<Path> files = Files.walk(api, 3)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".graphql") && !p.toString().contains("/build/")).sorted().toList()) {
        schemas.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable schema only means fewer proven models; rules then keep to what documents prove.
    }
    return schemas;
  }

  /** Whether amplify/data/resource.ts exports the Gen 2 Schema type, which typed model clients need (spec §8.1). */
  private static boolean exportsSchemaType(Path root) {
    Path resource = root.resolve("amplify/data/resource.ts");
    try {
      return Files.isRegularFile(resource) && SCHEMA_EXPORT.matcher(Files.readString(resource, StandardCharsets.UTF_8)).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Returns the project root. */
  public Path root() {
    return root;
  }

  /** Returns the declared dependency ranges (dependencies, devDependencies, peerDependencies). */
  public Map<String, String> dependencies() {
    return dependencies;
  }

  /** Returns why package.json could not be used, if it could not. */
  public Optional<String> packageJsonProblem() {
    return Optional.ofNullable(packageJsonProblem);
  }

  /** Returns the {@code @model} type names of the Gen 1 schema (empty when there is none). */
  public Set<String> models() {
    return models;
  }

  /** Returns whether amplify/data/resource.ts exists and exports a {@code Schema} type (spec §8.1). */
  public boolean dataSchemaTyped() {
    return dataSchemaTyped;
  }

  /** Returns the secondary-index query fields of the Gen 1 schema ({@code @index(queryField)}, {@code @key(queryField)}), by name. */
  public Map<String, GraphqlIndex> indexes() {
    return indexes;
  }

  /** Returns the GraphQL operation a module exports under a name, resolving a relative import from a file. */
  public Optional<GraphqlOperation> graphqlOperation(Path importingFile, String moduleSpecifier, String exportName) {
    if (!moduleSpecifier.startsWith(".")) {
      return Optional.empty();
    }
    Path base = importingFile.toAbsolutePath().getParent().resolve(moduleSpecifier).normalize();
    for (String suffix : MODULE_SUFFIXES) {
      Path candidate = Path.of(base + suffix);
      if (Files.isRegularFile(candidate)) {
        return Optional.ofNullable(operationsIn(candidate).get(exportName));
      }
    }
    return Optional.empty();
  }

  private Map<String, GraphqlOperation> operationsIn(Path module) {
    return modules.computeIfAbsent(module, m -> {
      try {
        return GraphqlDocuments.read(Files.readString(m, StandardCharsets.UTF_8), models, indexes);
      } catch (IOException | RuntimeException e) {
        return new HashMap<>();
      }
    });
  }

  /** Returns the path of a file from the project root, with forward slashes ({@code app/page.tsx}). */
  public String pathFromRoot(Path file) {
    return root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  /** Returns the path from a file's folder to a file at the project root, always starting with ./ or ../. */
  public String pathFromFileToRoot(Path file, String fileAtRoot) {
    Path rel = file.toAbsolutePath().getParent().relativize(root.resolve(fileAtRoot));
    String s = rel.toString().replace('\\', '/');
    return s.startsWith("..") ? s : "./" + s;
  }
}
