package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.rules.FileContext;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file pipeline: passes, the overlap policy in action, the re-parse gate. */
class FilePipelineTest {
  private static final FileContext NO_FACTS = new NoFacts() {};

  @TempDir
  Path tmp;

  private final Parser parser = new Parser();

  @AfterEach
  void close() {
    parser.close();
  }

  private FilePipeline pipeline(String... ruleDocs) throws IOException {
    Files.writeString(tmp.resolve("rules.yaml"), String.join("\n---\n", ruleDocs));
    RuleLoadResult loaded = new RuleLoader(parser).load(List.of(tmp));
    assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    return new FilePipeline(loaded.packs().getFirst().rules());
  }

  private FilePipeline.Outcome run(FilePipeline p, String code) throws FileFailure {
    return p.run(new SourceFile("t.js", code, Language.TSX), NO_FACTS, parser);
  }

  private static String rule(String id, String pattern, String fix) {
    return "id: " + id + "\ndescription: test\nsafety: SAFE\nrule: '" + pattern + "'\nfix: '" + fix + "'\n";
  }

  @Test
  void nestedMatchesAreAllRewrittenOverPasses() throws Exception {
    FilePipeline p = pipeline(rule("f-to-g", "f($X)", "g($X)"));
    FilePipeline.Outcome out = run(p, "f(f(f(x)));\n");
    assertEquals("g(g(g(x)));\n", out.text());
    assertEquals(3, out.rewrites().get("f-to-g"));
    assertTrue(out.notes().isEmpty(), out.notes().toString());
  }

  @Test
  void nestingDeeperThanThePassLimitIsReported() throws Exception {
    FilePipeline p = pipeline(rule("f-to-g", "f($X)", "g($X)"));
    FilePipeline.Outcome out = run(p, "f(f(f(f(x))));\n");
    assertEquals("f(g(g(g(x))));\n", out.text());
    assertTrue(out.notes().getFirst().contains("nest deeper than 3"), out.notes().toString());
  }

  @Test
  void twoRulesRewritingTheSameCodeConflictAndTheFirstWins() throws Exception {
    FilePipeline p = pipeline(rule("to-bar", "foo($X)", "bar($X)"), rule("to-baz", "foo($X)", "baz($X)"));
    FilePipeline.Outcome out = run(p, "foo(1);\n");
    assertEquals("bar(1);\n", out.text());
    assertEquals(1, out.notes().size());
    assertTrue(out.notes().getFirst().startsWith("rule to-baz at line 1 was not applied: its edit overlaps one by rule to-bar"),
        out.notes().toString());
  }

  @Test
  void aRewriteThatBreaksSyntaxFailsTheFileNamingTheRule() throws Exception {
    FilePipeline p = pipeline(rule("breaks-code", "bar($X)", "bar($X"));
    FileFailure f = assertThrows(FileFailure.class, () -> run(p, "ok();\nbar(1);\n"));
    assertTrue(f.getMessage().contains("syntax error at line 2") && f.getMessage().contains("breaks-code"), f.getMessage());
  }

  @Test
  void codeThatParsesAloneButBreaksWhereItStandsFailsTheFile() throws Exception {
    // A line comment written before a block's closing brace on its line would swallow the brace.
    FilePipeline comment = pipeline(rule("swallows-brace", "old($X)", "next($X) // note"));
    FileFailure swallowed = assertThrows(FileFailure.class, () -> run(comment, "const f = () => { old(1) };\nfoo();\n"));
    assertTrue(swallowed.getMessage().contains("syntax error") && swallowed.getMessage().contains("swallows-brace"),
        swallowed.getMessage());
    // The new statement parses alone, as the first line of a file; inside a block, a #! line does not.
    FilePipeline hashBang = pipeline(rule("hash-bang", "marker()", "#!/usr/bin/env node\\n"));
    FileFailure f = assertThrows(FileFailure.class, () -> run(hashBang, "function f() {\n  marker();\n  a();\n}\n"));
    assertTrue(f.getMessage().contains("syntax error") && f.getMessage().contains("hash-bang"), f.getMessage());
  }

  @Test
  void aConstraintOnARunThatMayBeEmptyAsksNothingOfTheFile() throws Exception {
    // An empty run passes any constraint: the rule needs neither the symbol's module nor its text.
    FilePipeline p = pipeline("""
        id: foo-to-bar
        description: test
        safety: SAFE
        rule: foo($$$ARGS)
        constraints:
          ARGS: { symbol: 'mymod#x' }
        fix: bar($$$ARGS)
        """);
    assertEquals("bar();\n", run(p, "foo();\n").text());
  }

  @Test
  void aCallOfANamedErrorAndAnErrorNodeAreToldApart() throws Exception {
    FilePipeline p = pipeline(rule("seven", "$F(7)", "seven($F)"));
    // The pipeline's dispatch is shared by files: the error node of the first must not decide for the call in the second.
    run(p, "let x = @@;\n");
    assertEquals("seven(ERROR);\n", run(p, "ERROR(7);\n").text());
    assertEquals("let x = @@;\nseven(ERROR);\n", run(p, "let x = @@;\nERROR(7);\n").text());
  }

  @Test
  void aConstraintsTextIsLookedForInTheNodeOnlyWhenItsMetavariableIsBoundThere() throws Exception {
    // KEY is bound inside the member expression: a node without `aws_` is passed over, one with it still matches.
    FilePipeline inNode = pipeline("""
        id: key-read
        description: test
        safety: MANUAL
        rule: $CONFIG.$KEY
        constraints:
          KEY: { regex: '^aws_[a-z_]+$' }
        message: m
        """);
    FilePipeline.Outcome keys = run(inNode, "const a = config.region;\nconst b = config.aws_user_pools_id;\n");
    assertEquals(List.of(2), keys.findings().stream().map(f -> f.line()).toList());
    // MSG is bound by `inside`, around the node: its text is not in the node's, and the rule must still match.
    FilePipeline around = pipeline("""
        id: arg-of-hello
        description: test
        safety: MANUAL
        rule:
          kind: identifier
          regex: '^x$'
          inside: { pattern: 'log($MSG, $$$REST)' }
        constraints:
          MSG: { regex: 'hello' }
        message: m
        """);
    FilePipeline.Outcome args = run(around, "log('hello', x);\nlog('bye', x);\n");
    assertEquals(List.of(1), args.findings().stream().map(f -> f.line()).toList());
  }

  @Test
  void filesWithoutARulesRequiredTextAreLeftAsTheyAre() throws Exception {
    FilePipeline p = pipeline(rule("f-to-g", "someFunction($X)", "g($X)"));
    // Not even valid code: the file is never parsed, so nothing is reported about it.
    FilePipeline.Outcome out = run(p, "this is not javascript {{{\n");
    assertEquals("this is not javascript {{{\n", out.text());
    assertTrue(out.notes().isEmpty() && out.findings().isEmpty());
  }

  @Test
  void reviewRulesMarkTheStatementOnceAndReportAFinding() throws Exception {
    FilePipeline p = pipeline("""
        id: flag-eval
        description: test
        safety: MANUAL
        spec: TEST-01
        rule: eval($X)
        message: do not eval $X
        """);
    FilePipeline.Outcome out = run(p, "function f() {\n  return eval(code);\n}\n");
    assertEquals("function f() {\n  // TODO(amplify-migrate): TEST-01 do not eval code\n  return eval(code);\n}\n", out.text());
    assertEquals(1, out.findings().size());
    assertEquals(2, out.findings().getFirst().line());
    assertEquals(out.text(), run(p, out.text()).text(), "the marker is not added twice");
  }

  @Test
  void aCommentTheFixWouldDropStopsTheRewrite() throws Exception {
    FilePipeline p = pipeline(rule("f-to-g", "f.call($X)", "g($X)"));
    FilePipeline.Outcome out = run(p, "f./* keep me */call(1);\n");
    assertTrue(out.text().contains("f./* keep me */call(1);"), out.text());
    assertTrue(out.findings().getFirst().message().contains("/* keep me */"), out.findings().toString());
  }

  @Test
  void severalMarkersOnOneStatementAreEachWrittenOnce() throws Exception {
    String flag = "id: %s\ndescription: test\nsafety: MANUAL\nspec: %s\nrule: eval($X)\nmessage: %s\n";
    FilePipeline p = pipeline(flag.formatted("first", "T-1", "one"), flag.formatted("second", "T-2", "two"),
        rule("rewrite-other", "other($X)", "changed($X)"));
    FilePipeline.Outcome out = run(p, "eval(a); other(b);\n");
    assertEquals("// TODO(amplify-migrate): T-1 one\n// TODO(amplify-migrate): T-2 two\neval(a); changed(b);\n", out.text());
    assertEquals(out.text(), run(p, out.text()).text());
  }

  @Test
  void whenListsAnyValueOfAKindAndUnlessExcludes() throws Exception {
    String base = "id: %s\ndescription: test\nsafety: SAFE\nrule: foo($X)\nfix: %s($X)\n%s\n";
    FilePipeline p = pipeline(base.formatted("js-or-ts", "bar", "when: { extension: [ts, js] }"),
        base.formatted("not-js", "baz", "unless: { extension: [js] }"));
    assertEquals("bar(1);\n", run(p, "foo(1);\n").text());
  }

  @Test
  void anEmptyFixDeletesAStatementWithItsLineAndOneOfTwoBlankLines() throws Exception {
    FilePipeline p = pipeline("""
        id: drop-register
        description: test
        safety: SAFE
        rule: 'register($X);'
        fix: ''
        """);
    assertEquals("a();\n\nb();\n", run(p, "a();\n\nregister(x);\n\nb();\n").text());
    assertEquals("function f() {\n  a();\n}\n", run(p, "function f() {\n  register(x);\n  a();\n}\n").text());
    // Not a statement of a block: the branch keeps an empty statement so the if stays valid.
    assertEquals("if (x) ;\n", run(p, "if (x) register(x);\n").text());
  }

  @Test
  void reshapeObjectAddsEntriesAtTheTopAndIntoOptions() throws Exception {
    FilePipeline p = pipeline("""
        id: track
        description: test
        safety: SAFE
        rule: track($OPTS)
        transform:
          INPUT:
            reshapeObject: { source: OPTS, keep: [enable], options: { getUrl: urlProvider }, drop: [type], add: { type: "'pageView'", options.appType: "'singlePage'" } }
        fix: configure($INPUT)
        """);
    assertEquals("configure({ enable: true, type: 'pageView', options: { appType: 'singlePage' } });\n",
        run(p, "track({ enable: true, type: 'SPA' });\n").text());
    assertEquals("configure({ enable, type: 'pageView', options: { urlProvider: u, appType: 'singlePage' } });\n",
        run(p, "track({ enable, getUrl: u });\n").text());
  }

  @Test
  void reshapeObjectDoesNotMatchWhenAnAddedEntryIsAlreadyThere() throws Exception {
    FilePipeline p = pipeline("""
        id: track
        description: test
        safety: SAFE
        rule: track($OPTS)
        transform:
          INPUT:
            reshapeObject: { source: OPTS, keep: [enable, type], add: { type: "'session'" } }
        fix: configure($INPUT)
        """);
    assertEquals("track({ enable: true, type: 'x' });\n", run(p, "track({ enable: true, type: 'x' });\n").text());
  }

  @Test
  void aListWhereAnImportNameBelongsIsAProblemNotACrash() throws Exception {
    Files.writeString(tmp.resolve("rules.yaml"), """
        id: bad-remove
        description: test
        safety: SAFE
        rule: foo($X)
        fix: bar($X)
        imports:
          removeUnused:
            - { name: [A, B], from: x }
        """);
    RuleLoadResult loaded = new RuleLoader(parser).load(List.of(tmp));
    assertEquals(1, loaded.problems().size(), loaded.problems().toString());
    assertTrue(loaded.problems().toString().contains("name must be a single value"), loaded.problems().toString());
  }
}
