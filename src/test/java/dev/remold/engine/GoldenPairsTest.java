package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.remold.parse.Language;
import dev.remold.js.JsHost;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.VueFile;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden pairs: for every case folder under testdata/before there is one under testdata/after
 * with the same files; remold turns before into after, changes nothing on a second run over after,
 * and every output parses with no new errors. A case runs with the pack options its
 * {@code remold.options} file sets, one {@code NAME=VALUE} a line (e.g. {@code graphql=client}), in
 * both folders alike so the files stay paired; without one it runs with the packs' defaults.
 */
class GoldenPairsTest {
  private static final Path BEFORE = Path.of("testdata/before");
  private static final Path AFTER = Path.of("testdata/after");

  /** Files that the rules create in a case (new project files), listed in the case's after side only. */
  private static final TreeSet<String> CREATED = new TreeSet<>(List.of(
      "nextjs-app-router/utils/amplifyServerUtils.ts",
      "nextjs-pages-app/utils/amplifyServerUtils.js",
      "nextjs-src-app/src/utils/amplifyServerUtils.ts"));

  @Test
  void everyFileIsPaired() throws IOException {
    TreeSet<String> before = relativeFiles(BEFORE);
    before.addAll(CREATED);
    TreeSet<String> after = relativeFiles(AFTER);
    TreeSet<String> onlyBefore = new TreeSet<>(before);
    onlyBefore.removeAll(after);
    TreeSet<String> onlyAfter = new TreeSet<>(after);
    onlyAfter.removeAll(before);
    assertTrue(onlyBefore.isEmpty() && onlyAfter.isEmpty(),
        "unpaired golden files; only in before: " + onlyBefore + "; only in after: " + onlyAfter);
    assertTrue(before.size() >= 5, "expected the golden cases, found " + before);
  }

  @TestFactory
  Stream<DynamicTest> eachCase() throws IOException {
    RuleLoadResult rules = builtinRules();
    assertTrue(rules.problems().isEmpty(), "built-in rules have problems: " + rules.problems());
    try (Stream<Path> cases = Files.list(BEFORE)) {
      return cases.filter(Files::isDirectory).sorted().map(dir -> {
        String name = dir.getFileName().toString();
        return DynamicTest.dynamicTest(name, () -> checkCase(rules, name));
      }).toList().stream();
    }
  }

  /** Runs the pack's JavaScript rules for every test of this JVM; its watchdog is a daemon, so it never holds the JVM up. */
  private static final JsHost SCRIPTS = new JsHost(JsHost.DEFAULT_TIME_LIMIT, JsHost.DEFAULT_STATEMENT_LIMIT, System.err);

  static RuleLoadResult builtinRules() {
    try (Parser parser = new Parser()) {
      return new RuleLoader(parser, SCRIPTS).load(List.of(Path.of("rules/amplify-gen2")));
    }
  }

  /**
   * Returns the options a case runs with: --force (cases need not carry a package.json; the pack
   * precondition has its own test) and the pack options of its remold.options file, if it has one.
   */
  static EngineOptions optionsOf(Path caseDir) throws IOException {
    Path file = caseDir.resolve(EngineOptions.CASE_OPTIONS_FILE);
    Map<String, String> run = Files.exists(file) ? EngineOptions.parseOptions(Files.readString(file)) : Map.of();
    return new EngineOptions(DiscoveryOptions.defaults(), /* force= */ true, 2).withOptions(run);
  }

  private static void checkCase(RuleLoadResult rules, String name) throws IOException {
    Engine engine = new Engine(rules.packs(), optionsOf(BEFORE.resolve(name)));
    RunReport first = engine.run(List.of(BEFORE.resolve(name)));
    assertTrue(first.of(FileResult.Failed.class).isEmpty(), "failed: " + first.of(FileResult.Failed.class));
    Map<String, FileResult> byPath = first.results().stream()
        .collect(Collectors.toMap(FileResult::relativePath, Function.identity()));
    List<String> created = first.of(FileResult.Changed.class).stream().filter(FileResult.Changed::created)
        .map(FileResult::relativePath).toList();
    assertEquals(CREATED.stream().filter(p -> p.startsWith(name + "/")).map(p -> p.substring(name.length() + 1)).toList(),
        created, name + ": the files the rules create");
    TreeSet<String> expectedFiles = relativeFiles(BEFORE.resolve(name));
    expectedFiles.addAll(created);
    for (String rel : expectedFiles) {
      byte[] expected = Files.readAllBytes(AFTER.resolve(name).resolve(rel));
      FileResult result = byPath.get(rel);
      byte[] actual = result instanceof FileResult.Changed c
          ? TextCodec.encode(c.after(), c.bom())
          : Files.readAllBytes(BEFORE.resolve(name).resolve(rel));
      assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), name + "/" + rel);
      assertTrue(java.util.Arrays.equals(expected, actual), name + "/" + rel + ": same text but different bytes");
      if (result instanceof FileResult.Changed c && !c.created()) {
        assertNoNewSyntaxErrors(rel, c.before(), c.after());
        assertTrue(c.notes().stream().noneMatch(n -> n.contains("overlaps")), "edit conflicts in " + rel + ": " + c.notes());
      }
    }
    RunReport second = engine.run(List.of(AFTER.resolve(name)));
    List<String> changedAgain = new ArrayList<>();
    second.of(FileResult.Changed.class).forEach(c -> changedAgain.add(c.relativePath()));
    assertTrue(changedAgain.isEmpty(), "a second run over after/" + name + " changed " + changedAgain);
  }

  private static void assertNoNewSyntaxErrors(String rel, String before, String after) {
    Optional<Language> lang = Language.forFileName(rel);
    if (lang.isEmpty() && !VueFile.isVueFile(rel)) {
      return;
    }
    try (Parser parser = new Parser()) {
      int was = errors(parser, rel, before, lang);
      int is = errors(parser, rel, after, lang);
      if (is > was) {
        fail(rel + ": output has " + is + " syntax errors, input had " + was);
      }
    }
  }

  /** Returns the syntax errors of a file, or of all script blocks of a Vue component. */
  private static int errors(Parser parser, String rel, String text, Optional<Language> lang) {
    if (lang.isPresent()) {
      return parser.parse(new SourceFile(rel, text, lang.get())).errors().size();
    }
    int errors = 0;
    for (SourceFile block : VueFile.scan(text).scriptSources(rel, text)) {
      errors += parser.parse(block).errors().size();
    }
    return errors;
  }

  private static TreeSet<String> relativeFiles(Path root) throws IOException {
    return dev.remold.TestTrees.relativeFiles(root);
  }
}
