package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Parser;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import dev.remold.rules.RuleProblem;
import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup rules: where templates are read, what a rename may not do, and what the loader refuses. */
class MarkupRulesTest {
  @TempDir
  Path tmp;

  private RuleLoadResult pack(String rules) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("pack"));
    Files.writeString(dir.resolve("pack.yaml"), "name: t\n");
    Files.writeString(dir.resolve("rules.yaml"), rules);
    try (Parser parser = new Parser()) {
      return new RuleLoader(parser).load(List.of(dir));
    }
  }

  private Path project(String name, String packageJson) throws IOException {
    Path app = Files.createDirectories(tmp.resolve(name + "/src"));
    Files.writeString(app.getParent().resolve("package.json"), packageJson);
    return app.getParent();
  }

  private static RunReport run(RuleLoadResult rules, Path app) throws IOException {
    assertEquals(List.of(), rules.problems());
    return new Engine(rules.packs(), GoldenPairsTest.optionsOf(app)).run(List.of(app));
  }

  private static final String ANGULAR_RULE = """
      id: slot
      description: d
      safety: SAFE
      when: { dependency: ui-lib }
      markup:
        templates: angular
        inside: '^host$'
        attribute: '^slot$'
        value: '^old-(?<PART>a|b)$'
      fix:
        value: 'new-$PART'
      """;

  @Test
  void htmlFilesAreReadOnlyWhereAnAngularMarkupRuleApplies() throws IOException {
    RuleLoadResult rules = pack(ANGULAR_RULE);
    Path with = project("with", "{ \"dependencies\": { \"ui-lib\": \"1\" } }");
    Files.writeString(with.resolve("src/a.html"), "<host>\n  <t slot=\"old-a\"></t>\n  <t slot=\"old-c\"></t>\n</host>\n<t slot=\"old-b\"></t>\n");
    Files.writeString(with.resolve("src/b.html"), "<p>nothing to do</p>\n");
    RunReport r = run(rules, with);
    FileResult.Changed a = assertInstanceOf(FileResult.Changed.class, r.results().stream()
        .filter(x -> x.relativePath().equals("src/a.html")).findFirst().orElseThrow());
    assertEquals("<host>\n  <t slot=\"new-a\"></t>\n  <t slot=\"old-c\"></t>\n</host>\n<t slot=\"old-b\"></t>\n", a.after());
    assertEquals(2, a.sites().getFirst().line());
    assertTrue(r.results().stream().anyMatch(x -> x.relativePath().equals("src/b.html") && x instanceof FileResult.Unchanged));

    Path without = project("without", "{ \"dependencies\": { \"other\": \"1\" } }");
    Files.writeString(without.resolve("src/a.html"), "<host><t slot=\"old-a\"></t></host>\n");
    Files.writeString(without.resolve("src/x.js"), "x();\n");
    assertEquals(List.of("src/x.js"), run(rules, without).results().stream().map(FileResult::relativePath).toList());
  }

  @Test
  void inlineTemplatesAreThoseOfAngularComponentsAndKeepTheirStringIntact() throws IOException {
    RuleLoadResult rules = pack(ANGULAR_RULE.replace("'new-$PART'", "'new\"$PART'"));
    Path app = project("app", "{ \"dependencies\": { \"ui-lib\": \"1\" } }");
    String ts = """
        import { Component } from '@angular/core';

        @Component({ selector: 'x', template: '<host><t slot="old-a"></t></host>' })
        export class X {}
        """;
    Files.writeString(app.resolve("src/x.component.ts"), ts);
    Files.writeString(app.resolve("src/y.component.ts"), ts.replace("import { Component } from '@angular/core';", "function Component(o: object) { return (c: unknown) => c; }"));
    RunReport r = run(rules, app);
    // The new value would end the attribute early: the file stays, and a person is told.
    assertEquals(List.of("src/x.component.ts", "src/y.component.ts"), r.results().stream().map(FileResult::relativePath).toList());
    FileResult.Unchanged x = assertInstanceOf(FileResult.Unchanged.class, r.results().get(0));
    assertEquals(Safety.MANUAL, x.findings().getFirst().safety());
    assertTrue(x.findings().getFirst().message().contains("would not fit"), x.findings().toString());
    // A decorator that is not Angular's holds no template.
    assertEquals(List.of(), assertInstanceOf(FileResult.Unchanged.class, r.results().get(1)).findings());
  }

  @Test
  void vueTemplatesNeedTheImportTheRuleNames() throws IOException {
    RuleLoadResult rules = pack("""
        id: state
        description: d
        safety: SAFE
        message: the route was renamed
        markup:
          templates: vue
          imports: 'ui-lib#Widget'
          tag: '^widget$'
          attribute: '^state$'
          value: '^old$'
        fix:
          value: new
        """);
    Path app = project("app", "{}");
    String vue = "<template>\n  <widget state=\"old\" />\n</template>\n\n<script setup>\nimport { Widget } from 'ui-lib';\n</script>\n";
    Files.writeString(app.resolve("src/A.vue"), vue);
    Files.writeString(app.resolve("src/B.vue"), vue.replace("import { Widget } from 'ui-lib';", "import Widget from './Widget.vue';"));
    RunReport r = run(rules, app);
    FileResult.Changed a = assertInstanceOf(FileResult.Changed.class, r.results().get(0));
    assertEquals(vue.replace("\"old\"", "\"new\""), a.after());
    assertEquals("the route was renamed", a.sites().getFirst().message());
    assertInstanceOf(FileResult.Unchanged.class, r.results().get(1));
  }

  @Test
  void theLoaderReportsEveryMistake() throws IOException {
    RuleLoadResult r = pack("""
        id: bad
        description: d
        safety: REVIEW
        message: m
        rule: f()
        markup:
          templates: svelte
          imports: not-a-symbol
          attribute: '^(?<A>x$'
          value: '^(?<B>y)$'
        fix:
          value: '$B$C'
        """);
    assertEquals(List.of(
        "5: `rule` is not a key of a markup rule (allowed: description, fix, id, markup, message, safety, spec, unless, when)",
        "3: a markup rule must be SAFE: remold writes no markers into templates",
        "7: unknown templates `svelte` (use vue or angular)",
        "8: imports `not-a-symbol` is not of the form module#export (e.g. '@aws-amplify/ui-vue#Authenticator')",
        "9: bad regex: Unclosed group",
        "12: fix.value uses $C, which is no named group of the attribute or value regex"),
        r.problems().stream().map(p -> p.line() + ": " + p.message()).toList());
  }
}
