package dev.remold.cli;

import dev.remold.engine.DiscoveryOptions;
import dev.remold.engine.Engine;
import dev.remold.engine.EngineOptions;
import dev.remold.engine.FileResult;
import dev.remold.engine.RunReport;
import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.report.UnifiedDiff;
import dev.remold.rules.Pack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the before/after pairs of a rule pack ({@code <pack>/tests/<case>/before} and {@code after}):
 * the rules must turn before into after exactly, change nothing in after, and leave no new syntax error.
 * A case runs with the run options of its {@code remold.options} file, if it has one.
 */
final class PairTests {
  /** The folder of test pairs inside a pack. */
  static final String TESTS = "tests";

  private final PrintWriter out;
  private final int jobs;

  PairTests(PrintWriter out, int jobs) {
    this.out = out;
    this.jobs = jobs;
  }

  /** Returns the pack folders under a folder: the folder itself when it holds rules, else its sub-folders that do. */
  static List<Path> packFolders(Path dir) throws IOException {
    if (holdsRules(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).filter(PairTests::holdsRules).sorted().toList();
    }
  }

  private static boolean holdsRules(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).anyMatch(n -> n.equals("pack.yaml") || n.endsWith(".yaml")
          || n.endsWith(".yml") || n.endsWith(".js") || n.endsWith(".mjs"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns the number of failed cases of a pack; prints PASS or FAIL with the differences for each case. */
  int run(Pack pack, Path packFolder) throws IOException {
    Path tests = packFolder.resolve(TESTS);
    List<Path> cases = new ArrayList<>();
    if (Files.isDirectory(tests)) {
      try (Stream<Path> s = Files.list(tests)) {
        cases.addAll(s.filter(Files::isDirectory).sorted().toList());
      }
    }
    if (cases.isEmpty()) {
      out.println("FAIL " + packFolder + ": no test pairs (expected " + tests + "/<case>/before and after)");
      return 1;
    }
    int failed = 0;
    for (Path c : cases) {
      List<String> problems = check(pack, c);
      String name = packFolder.getFileName() + "/" + TESTS + "/" + c.getFileName();
      if (problems.isEmpty()) {
        out.println("PASS " + name);
      } else {
        failed++;
        out.println("FAIL " + name);
        problems.forEach(p -> out.println(p.indent(2).stripTrailing()));
      }
    }
    out.flush();
    return failed;
  }

  private List<String> check(Pack pack, Path testCase) throws IOException {
    Path before = testCase.resolve("before");
    Path after = testCase.resolve("after");
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(before) || !Files.isDirectory(after)) {
      problems.add("needs both " + before + " and " + after);
      return problems;
    }
    Map<String, String> options;
    try {
      Path file = testCase.resolve(EngineOptions.CASE_OPTIONS_FILE);
      options = Files.exists(file) ? EngineOptions.parseOptions(Files.readString(file)) : Map.of();
    } catch (IllegalArgumentException e) {
      problems.add(EngineOptions.CASE_OPTIONS_FILE + ": " + e.getMessage());
      return problems;
    }
    Map<String, Path> beforeFiles = files(before);
    Map<String, Path> afterFiles = files(after);
    List<FileResult> results = engine(pack, options).run(List.of(before)).results();
    // A file the rules create is in after/ only.
    List<String> created = results.stream().filter(r -> r instanceof FileResult.Changed c && c.created())
        .map(FileResult::relativePath).toList();
    for (String rel : afterFiles.keySet()) {
      if (!beforeFiles.containsKey(rel) && !created.contains(rel)) {
        problems.add(rel + ": in after/ but not in before/");
      }
    }
    for (String rel : created) {
      if (!afterFiles.containsKey(rel)) {
        problems.add(rel + ": the rules create this file, but after/ does not hold it");
      }
    }
    for (String rel : beforeFiles.keySet()) {
      if (!afterFiles.containsKey(rel)) {
        problems.add(rel + ": in before/ but not in after/");
      }
    }
    // Output: the rules make after from before.
    for (FileResult r : results) {
      Path expectedFile = afterFiles.get(r.relativePath());
      if (expectedFile == null) {
        continue;
      }
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      switch (r) {
        case FileResult.Failed f -> problems.add(r.relativePath() + ": failed: " + f.reason());
        case FileResult.Skipped s -> problems.add(r.relativePath() + ": skipped: " + s.reason());
        case FileResult.Changed c -> {
          if (!c.after().equals(expected)) {
            problems.add(r.relativePath() + ": the output differs from after/ (- expected, + actual):\n"
                + UnifiedDiff.of(r.relativePath(), expected, c.after()));
          }
          newSyntaxErrors(r.relativePath(), c.before(), c.after()).ifPresent(problems::add);
        }
        case FileResult.Unchanged u -> {
          String original = Files.readString(u.path(), StandardCharsets.UTF_8);
          if (!original.equals(expected)) {
            problems.add(r.relativePath() + ": no rule changed the file, but after/ differs from it (- expected, + actual):\n"
                + UnifiedDiff.of(r.relativePath(), expected, original));
          }
        }
      }
    }
    // Idempotence: a second run over after changes nothing.
    for (FileResult r : engine(pack, options).run(List.of(after)).results()) {
      if (r instanceof FileResult.Changed c) {
        problems.add(r.relativePath() + ": a second run changes after/ again (the rules are not idempotent):\n"
            + (c.created() ? UnifiedDiff.ofNewFile(r.relativePath(), c.after()) : UnifiedDiff.of(r.relativePath(), c.before(), c.after())));
      } else if (r instanceof FileResult.Failed f) {
        problems.add(r.relativePath() + ": the second run over after/ failed: " + f.reason());
      }
    }
    return problems;
  }

  private Engine engine(Pack pack, Map<String, String> runOptions) {
    // Pairs test the rules, not the project: a pack's preconditions are waived, as with --force.
    return new Engine(List.of(pack), new EngineOptions(new DiscoveryOptions(1 << 20, List.of(), List.of()), true, jobs)
        .withOptions(runOptions));
  }

  /** Re-parses an output: a rule may not add a syntax error (the engine refuses those; this names it if one slips by). */
  private static Optional<String> newSyntaxErrors(String rel, String before, String after) {
    Optional<Language> lang = Language.forFileName(rel);
    if (lang.isEmpty()) {
      return Optional.empty();
    }
    try (Parser parser = new Parser()) {
      int was = parser.parse(new SourceFile(rel, before, lang.get())).errors().size();
      int is = parser.parse(new SourceFile(rel, after, lang.get())).errors().size();
      return is > was ? Optional.of(rel + ": the output has " + (is - was) + " new syntax error(s)") : Optional.empty();
    }
  }

  private static Map<String, Path> files(Path root) throws IOException {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(p -> out.put(root.relativize(p).toString().replace('\\', '/'), p));
    }
    return out;
  }
}
