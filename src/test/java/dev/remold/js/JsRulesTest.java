package dev.remold.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.engine.DiscoveryOptions;
import dev.remold.engine.Engine;
import dev.remold.engine.EngineOptions;
import dev.remold.engine.FileResult;
import dev.remold.engine.RunReport;
import dev.remold.parse.Parser;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JavaScript rules end to end: the api, the sandbox, the limits, and what a failing rule does to a run. */
class JsRulesTest {
  @TempDir
  Path tmp;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  private JsHost host(Duration timeLimit, long statements) {
    return new JsHost(timeLimit, statements, console);
  }

  /** Writes a pack with one rule file and returns what loading it gives. */
  private RuleLoadResult load(JsHost host, String fileName, String ruleSource) throws IOException {
    Path pack = Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(pack.resolve(fileName), ruleSource);
    try (Parser parser = new Parser()) {
      return new RuleLoader(parser, host).load(List.of(pack));
    }
  }

  /** Runs a one-rule pack over app files given as name, text, name, text … and returns the results by file name. */
  private RunReport run(JsHost host, String ruleSource, String... files) throws IOException {
    return run(host, ruleSource, /* prefilter= */ true, files);
  }

  private RunReport run(JsHost host, String ruleSource, boolean prefilter, String... files) throws IOException {
    RuleLoadResult loaded = load(host, "rule.js", ruleSource);
    assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    Path app = Files.createDirectories(tmp.resolve("app"));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(app.resolve(files[i]), files[i + 1]);
    }
    Engine engine = new Engine(loaded.packs(), new EngineOptions(new DiscoveryOptions(1 << 20, List.of(), List.of()), true, 1, prefilter));
    return engine.run(List.of(app));
  }

  private static FileResult result(RunReport r, String name) {
    return r.results().stream().filter(f -> f.relativePath().equals(name)).findFirst().orElseThrow();
  }

  private static String after(RunReport r, String name) {
    FileResult f = result(r, name);
    return assertInstanceOf(FileResult.Changed.class, f, () -> f.toString()).after();
  }

  private static String failure(RunReport r, String name) {
    return assertInstanceOf(FileResult.Failed.class, result(r, name)).reason();
  }

  private static final String LOGIN_RULE = """
      export const meta = { id: 'auth-service-login', description: 'login wrapper to signIn', safety: 'SAFE' };
      export const match = 'authService.login($USER, $PASS)';
      export function fix(match, api) {
        const b = api.bindingOf(match.node.child('function').child('object'));
        if (!b || b.kind !== 'import' || !b.module.endsWith('/services/auth')) return;
        const signIn = api.addImport('signIn', 'aws-amplify/auth');
        api.removeImportIfUnused('authService', b.module);
        return `${signIn}({ username: ${match.captures.USER.text}, password: ${match.captures.PASS.text} })`;
      }
      """;

  @Test
  void aFixRewritesTheMatchAndEditsImportsOnlyWhereTheBindingIsTheWrappers() throws IOException {
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, LOGIN_RULE,
          "a.js", "import { authService } from './services/auth';\n\nexport const go = (u, p) => authService.login(u, p);\n",
          "b.js", "import { authService } from 'some-other-lib';\n\nexport const go = (u, p) => authService.login(u, p);\n",
          "c.js", "import { authService } from './services/auth';\nconst signIn = 1;\nauthService.login(a, b);\nauthService.logout();\n");
      assertEquals("import { signIn } from 'aws-amplify/auth';\n\nexport const go = (u, p) => signIn({ username: u, password: p });\n",
          after(r, "a.js"));
      assertInstanceOf(FileResult.Unchanged.class, result(r, "b.js"));
      // signIn is taken: the import gets an alias; authService is still used, so its import stays.
      assertEquals("import { authService } from './services/auth';\nimport { signIn as amplifySignIn } from 'aws-amplify/auth';\n"
          + "const signIn = 1;\namplifySignIn({ username: a, password: b });\nauthService.logout();\n", after(r, "c.js"));
    }
  }

  @Test
  void aTransformSeesTheWholeFileAndFindsWithThePatternLanguage() throws IOException {
    String rule = """
        export const meta = { id: 'log-args', description: 'test', safety: 'SAFE', prefilter: ['log('] };
        export function transform(file, api) {
          for (const m of api.find('log($$$ARGS)')) {
            const args = m.captures.ARGS;
            const first = args[0];
            // The same node reached two ways is the same view.
            if (first.parent.parent !== m.node) throw new Error('identity');
            api.replace(m.node, `console.log(${args.map(a => a.type).join(', ')}) /* ${m.node.line}:${m.node.column} */`);
          }
          for (const m of api.find({ kind: 'string', regex: '^.old' })) api.replace(m.node, "'new'");
        }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "x;\n  log(1, 'a', y);\nconst s = 'old';\n", "b.js", "nothing('old');\n",
          "c.js", "log(f('old'));\n");
      assertEquals("x;\n  console.log(number, string, identifier) /* 2:2 */;\nconst s = 'new';\n", after(r, "a.js"));
      // Edits of one call may not cross: the file fails rather than getting half of them.
      assertTrue(failure(r, "c.js").contains("two edits of one call overlap"), failure(r, "c.js"));
      // The prefilter keeps files without `log(` from ever being parsed or seen by the rule.
      assertInstanceOf(FileResult.Unchanged.class, result(r, "b.js"));
    }
  }

  @Test
  void metaWhenKeepsARuleAndGraalJsAwayFromFilesItCannotApplyTo() throws IOException {
    String rule = """
        export const meta = { id: 'ts-only', description: 'test', safety: 'SAFE', prefilter: ['old'],
          when: { extension: ['ts'] } };
        export function transform(file) { return file.text.replace('old', 'new'); }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "const a = 'old';\n");
      assertInstanceOf(FileResult.Unchanged.class, result(r, "a.js"));
      assertFalse(host.started(), "a rule whose conditions fail never starts GraalJS");
    }
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "b.ts", "const b = 'old';\n");
      assertEquals("const b = 'new';\n", after(r, "b.ts"));
    }
  }

  @Test
  void aPrefilterOfSeveralGroupsNeedsThemAll() throws IOException {
    String rule = """
        export const meta = { id: 'both', description: 'test', safety: 'SAFE', prefilter: [['old', 'older'], ['marker']] };
        export function transform(file) { return file.text.replace('old', 'new'); }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "const a = 'old'; // marker\n", "b.js", "const b = 'old';\n");
      assertEquals("const a = 'new'; // marker\n", after(r, "a.js"));
      // Without `marker` the rule is never run, nor GraalJS started for it.
      assertInstanceOf(FileResult.Unchanged.class, result(r, "b.js"));
    }
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RuleLoadResult loaded = load(host, "bad.js", """
          export const meta = { id: 'bad', description: 'test', safety: 'SAFE', prefilter: [['x'], []] };
          export function transform(file) {}
          """);
      assertTrue(loaded.problems().toString().contains("prefilter must be"), loaded.problems().toString());
    }
  }

  @Test
  void metaImportsHandsARuleOnlyFilesThatImportOrRequireTheModuleEvenWhenEveryFileIsParsed() throws IOException {
    String rule = """
        export const meta = { id: 'ui', description: 'test', safety: 'SAFE', imports: ['ui-lib', 'other-ui'] };
        export function transform(file) { return file.text.replace('old', 'new'); }
        """;
    // First, while the app holds this one file.
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, /* prefilter= */ false, "c.js", "log('ui-lib');\nconst c = 'old';\n");
      assertInstanceOf(FileResult.Unchanged.class, result(r, "c.js"));
      assertFalse(host.started(), "a file that imports none of the modules never starts GraalJS");
    }
    for (boolean prefilter : new boolean[] {true, false}) {
      try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
        RunReport r = run(host, rule, prefilter,
            "a.js", "import { X } from 'ui-lib';\nconst a = 'old';\n",
            "b.js", "const { X } = require(\"other-ui\");\nconst b = 'old';\n",
            // The module named, but not imported: a string, a comment, a longer module name, a shadowed require.
            "c.js", "log('ui-lib'); // 'other-ui'\nconst c = 'old';\n",
            "d.js", "import { X } from 'ui-lib/sub';\nconst d = 'old';\n",
            "e.js", "function f(require) { return require('ui-lib'); }\nconst e = 'old';\n");
        assertEquals("import { X } from 'ui-lib';\nconst a = 'new';\n", after(r, "a.js"));
        assertEquals("const { X } = require(\"other-ui\");\nconst b = 'new';\n", after(r, "b.js"));
        for (String name : List.of("c.js", "d.js", "e.js")) {
          assertInstanceOf(FileResult.Unchanged.class, result(r, name), name + " with the prefilter " + (prefilter ? "on" : "off"));
        }
      }
    }
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RuleLoadResult loaded = load(host, "bad.js", """
          export const meta = { id: 'bad', description: 'test', safety: 'SAFE', imports: ['ui-lib', ''] };
          export function transform(file) {}
          """);
      assertTrue(loaded.problems().toString().contains("in meta: imports must be a list of module names"), loaded.problems().toString());
    }
  }

  @Test
  void aBadConditionInMetaIsReported() throws IOException {
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RuleLoadResult loaded = load(host, "bad.js", """
          export const meta = { id: 'bad', description: 'test', safety: 'SAFE', when: { extensions: ['ts'] } };
          export function transform(file) {}
          """);
      assertEquals(1, loaded.problems().size(), loaded.problems().toString());
      assertTrue(loaded.problems().getFirst().message().contains("in meta: unknown key `extensions`"), loaded.problems().toString());
    }
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RuleLoadResult loaded = load(host, "bad.js", """
          export const meta = { id: 'bad', description: 'test', safety: 'SAFE', when: { option: 'graphql' } };
          export function transform(file) {}
          """);
      assertEquals(1, loaded.problems().size(), loaded.problems().toString());
      assertTrue(loaded.problems().getFirst().message().contains("option `graphql` must be"), loaded.problems().toString());
    }
  }

  @Test
  void aTransformThatReturnsNewTextChangesOnlyWhatDiffers() throws IOException {
    String rule = """
        export const meta = { id: 'upper', description: 'test', safety: 'SAFE' };
        export function transform(file) { return file.text.replace('old', 'new'); }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "const a = 'old';\nconst b = 2;\n");
      FileResult.Changed c = assertInstanceOf(FileResult.Changed.class, result(r, "a.js"));
      assertEquals("const a = 'new';\nconst b = 2;\n", c.after());
    }
  }

  @Test
  void flagsAndReviewRewritesLeaveMarkersAndFindings() throws IOException {
    String rule = """
        export const meta = { id: 'review-me', description: 'test', safety: 'REVIEW', spec: 'X-01', message: 'check the new call' };
        export const match = { pattern: 'legacy($A)' };
        export function fix(match, api) {
          if (match.captures.A.type === 'identifier') return `modern(${match.captures.A.text})`;
          api.flag(match.node, 'cannot rewrite a ' + match.captures.A.type);
        }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "function f() {\n  legacy(x);\n  legacy(1 + 2);\n}\n");
      FileResult.Changed c = assertInstanceOf(FileResult.Changed.class, result(r, "a.js"));
      assertEquals("function f() {\n  // TODO(amplify-migrate): X-01 check the new call\n  modern(x);\n"
          + "  // TODO(amplify-migrate): X-01 cannot rewrite a binary_expression\n  legacy(1 + 2);\n}\n", c.after());
      assertEquals(List.of(2, 3), c.findings().stream().map(f -> f.line()).toList());
    }
  }

  @Test
  void editsOfJsRulesGoThroughTheReparseGate() throws IOException {
    String rule = """
        export const meta = { id: 'broken', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) { return 'f(('; }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "f(1);\n");
      assertTrue(failure(r, "a.js").contains("syntax error"), failure(r, "a.js"));
    }
  }

  /** Each snippet tries to reach the world; the sandbox must make it throw, so the rule fails and no file changes. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Java.type('java.io.File')",                       // host classes
      "java.io.File",                                    // host packages
      "Packages.java.lang.Runtime",
      "require('fs')",                                   // CommonJS modules
      "process.env.HOME",                                // environment
      "load('/etc/passwd')",                             // file loading
      "fetch('http://example.com')",                     // network
      "new Worker('x.js')",                              // threads
      "Polyglot.eval('js', '1')",                        // other languages
      "Graal.versionJS",
      "readFile('/etc/passwd')",
  })
  void theSandboxHasNoWayOut(String escape) throws IOException {
    String rule = """
        export const meta = { id: 'escape', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) { const leaked = %s; return 'leaked(' + String(leaked).length + ')'; }
        """.formatted(escape);
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "f(1);\n");
      String why = failure(r, "a.js");
      assertTrue(why.contains("rule escape failed") && why.contains("threw") && why.contains("rule.js:3"), why);
    }
  }

  @Test
  void aRuleThatImportsAModuleDoesNotLoad() throws IOException {
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RuleLoadResult loaded = load(host, "rule.mjs", """
          import fs from 'fs';
          export const meta = { id: 'reads-files', description: 'test', safety: 'SAFE' };
          export function transform() { return fs.readFileSync('/etc/passwd', 'utf8'); }
          """);
      assertEquals(1, loaded.problems().size());
      assertTrue(loaded.problems().getFirst().message().contains("does not load"), loaded.problems().toString());
    }
  }

  @Test
  void aRuleThatLoopsForeverFailsThatFileInBoundedTimeAndTheNextFileStillWorks() throws IOException {
    String rule = """
        export const meta = { id: 'spin', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) { if (match.captures.X.text === 'loop') { for (;;) {} } return 'g(' + match.captures.X.text + ')'; }
        """;
    try (JsHost host = host(Duration.ofMillis(300), Long.MAX_VALUE)) {
      long t0 = System.nanoTime();
      RunReport r = run(host, rule, "a.js", "f(loop);\n", "b.js", "f(1);\n", "c.js", "f(loop);\n", "d.js", "f(2);\n");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(failure(r, "a.js").contains("time limit of 300 ms"), failure(r, "a.js"));
      assertTrue(failure(r, "c.js").contains("time limit of 300 ms"), failure(r, "c.js"));
      assertEquals("g(1);\n", after(r, "b.js"));
      assertEquals("g(2);\n", after(r, "d.js"));
      assertTrue(millis < 10_000, "the run took " + millis + " ms");
    }
  }

  @Test
  void aRuleThatRunsPastItsStatementLimitFailsAndTheWorkerGetsAFreshContext() throws IOException {
    String rule = """
        export const meta = { id: 'count', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) { let n = 0; for (let i = 0; i < Number(match.captures.X.text); i++) n++; return 'g(' + n + ')'; }
        """;
    try (JsHost host = host(Duration.ofSeconds(30), 10_000)) {
      RunReport r = run(host, rule, "a.js", "f(1000000);\n", "b.js", "f(10);\n");
      assertTrue(failure(r, "a.js").contains("limit of 10000 statements"), failure(r, "a.js"));
      assertEquals("g(10);\n", after(r, "b.js"));
    }
  }

  @Test
  void aRuleThatAllocatesWithoutBoundFailsInBoundedTimeAndTheRunGoesOn() throws IOException {
    String rule = """
        export const meta = { id: 'hog', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) {
          if (match.captures.X.text !== 'hog') return 'g(' + match.captures.X.text + ')';
          const keep = [];
          for (;;) keep.push(new Array(100000).fill(1.5));
        }
        """;
    try (JsHost host = host(Duration.ofMillis(500), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      long t0 = System.nanoTime();
      RunReport r = run(host, rule, "a.js", "f(hog);\n", "b.js", "f(1);\n");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      String why = failure(r, "a.js");
      assertTrue(why.startsWith("rule hog failed") && why.contains("rule.js"), why);
      assertEquals("g(1);\n", after(r, "b.js"));
      assertTrue(millis < 20_000, "the run took " + millis + " ms");
    }
  }

  @Test
  void aThrowingRuleNamesItsIdTheFileLineAndTheRuleLine() throws IOException {
    String rule = """
        export const meta = { id: 'thrower', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) {
          return match.captures.NOPE.text;
        }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RunReport r = run(host, rule, "a.js", "x;\nf(1);\n", "b.js", "other();\n");
      String why = failure(r, "a.js");
      assertTrue(why.startsWith("rule thrower failed at line 2 of the file: threw TypeError"), why);
      assertTrue(why.contains("rule.js:4"), why);
      assertInstanceOf(FileResult.Unchanged.class, result(r, "b.js"));
    }
  }

  @Test
  void badApiUseIsReportedWithTheRuleLine() throws IOException {
    String rule = """
        export const meta = { id: 'misuse', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match, api) {
          api.replace({ start: 0, end: 99999 }, 'x');
        }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      String why = failure(run(host, rule, "a.js", "f(1);\n"), "a.js");
      assertTrue(why.contains("api.replace: range 0-99999 is outside the file") && why.contains("rule.js:4"), why);
    }
  }

  @Test
  void consoleOutputOfARuleGoesToTheConsoleStream() throws IOException {
    String rule = """
        export const meta = { id: 'talks', description: 'test', safety: 'SAFE' };
        export const match = 'f($X)';
        export function fix(match) { console.log('saw', match.captures.X.text); }
        """;
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      run(host, rule, "a.js", "f(42);\n");
    }
    assertEquals("saw 42\n", console.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "export const nothing = 1;|must export `meta`",
      "export const meta = { id: 'Bad_Id', description: 'd', safety: 'SAFE' }; export function transform() {}|kebab-case",
      "export const meta = { id: 'x', description: 'd', safety: 'MAYBE' }; export function transform() {}|is not one of SAFE",
      "export const meta = { id: 'x', description: 'd', safety: 'REVIEW' }; export function transform() {}|needs meta.message",
      "export const meta = { id: 'x', description: 'd', safety: 'SAFE' };|either `transform(file, api)` or `match`",
      "export const meta = { id: 'x', description: 'd', safety: 'SAFE' }; export const match = 'f(';"
          + " export function fix() {}|in `match`: bad pattern",
      "export const meta = { id: 'x', description: 'd', safety: 'SAFE' }; export const match = 'f($X)';|must export `fix(match, api)`",
      "export const meta = { id: 'x', description: 'd', safety: 'SAFE', languages: ['cobol'] }; export function transform() {}|unknown language",
      "export const meta = ;|does not load",
  })
  void ruleFileProblemsAreReportedNotThrown(String row) throws IOException {
    String[] parts = row.split("\\|");
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
      RuleLoadResult loaded = load(host, "rule.js", parts[0]);
      String problems = loaded.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
      assertTrue(problems.contains(parts[1]), problems);
      assertTrue(problems.contains("rule.js"), problems);
    }
  }

  @Test
  void graalJsStartsOnlyWhenAJavaScriptRuleIsFirstCalled() throws IOException {
    try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT); Parser parser = new Parser()) {
      RuleLoadResult builtIn = new RuleLoader(parser, host).load(List.of(Path.of("rules/amplify-gen2")));
      assertTrue(builtIn.problems().isEmpty(), builtIn.problems().toString());
      assertFalse(host.started(), "loading rules whose exports are literals must not start GraalJS");
      RunReport r = run(host, LOGIN_RULE, "a.js", "nothing.to.see(here);\n");
      assertInstanceOf(FileResult.Unchanged.class, result(r, "a.js"));
      assertFalse(host.started(), "a file where no JavaScript rule matches must not start GraalJS");
      Files.writeString(tmp.resolve("app/b.js"), "import { authService } from './services/auth';\nauthService.login(a, b);\n");
      Engine engine = new Engine(load(host, "rule.js", LOGIN_RULE).packs(),
          new EngineOptions(new DiscoveryOptions(1 << 20, List.of(), List.of()), true, 1));
      engine.run(List.of(tmp.resolve("app")));
      assertTrue(host.started());
    }
  }

  @Test
  void literalExportsAreReadWithoutRunningTheModuleAndCodeExportsByRunningIt() throws IOException {
    String computed = LOGIN_RULE.replace("export const match = 'authService.login($USER, $PASS)';",
        "const method = 'login';\nexport const match = `authService.${method}($USER, $PASS)`;");
    for (String rule : List.of(LOGIN_RULE, computed)) {
      try (JsHost host = host(Duration.ofSeconds(5), JsHost.DEFAULT_STATEMENT_LIMIT)) {
        RunReport r = run(host, rule, "a.js", "import { authService } from './services/auth';\nauthService.login(u, p);\n");
        assertEquals("import { signIn } from 'aws-amplify/auth';\nsignIn({ username: u, password: p });\n", after(r, "a.js"));
      }
    }
  }
}
