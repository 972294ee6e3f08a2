package dev.remold.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code project} list of pack.yaml: what it reads, and every mistake reported with its line. */
class ProjectRuleLoaderTest {
  @TempDir
  Path tmp;

  private RuleLoadResult load(String manifest) throws IOException {
    Files.writeString(tmp.resolve("pack.yaml"), manifest);
    Files.writeString(tmp.resolve("r.yaml"), "id: taken\ndescription: d\nsafety: SAFE\nrule: f()\nfix: g()\n");
    try (Parser parser = new Parser()) {
      return new RuleLoader(parser).load(List.of(tmp));
    }
  }

  @Test
  void readsEachKind() throws IOException {
    RuleLoadResult r = load("""
        name: p
        project:
          - id: bump-it
            description: d
            safety: REVIEW
            spec: PKG-04
            ifDependsOn: ['@angular/core >= 19', vue]
            bump: { '@aws-amplify/ui-angular': ^5.2.0 }
            message: why
          - id: drop-it
            description: d
            safety: SAFE
            remove: [a, b]
            whileImported: MANUAL
          - id: add-it
            description: d
            safety: SAFE
            ifImports: [aws-amplify/auth#signInWithRedirect]
            add: { x: ^1.0.0 }
          - id: ignore-it
            description: d
            safety: SAFE
            gitignore: [amplify_outputs*]
        """);
    assertTrue(r.problems().isEmpty(), r.problems().toString());
    List<ProjectRule> rules = r.packs().getFirst().projectRules();
    assertEquals(List.of("bump-it", "drop-it", "add-it", "ignore-it"), rules.stream().map(ProjectRule::id).toList());
    ProjectRule bump = rules.getFirst();
    assertEquals(ProjectRule.Kind.BUMP, bump.kind());
    assertEquals(Map.of("@aws-amplify/ui-angular", "^5.2.0"), bump.packages());
    assertEquals("PKG-04", bump.specId());
    assertTrue(bump.appliesTo(Map.of("@angular/core", "^19.1.0"), m -> false, f -> false));
    assertTrue(bump.appliesTo(Map.of("vue", "^3.0.0"), m -> false, f -> false), "any one of the packages");
    assertTrue(!bump.appliesTo(Map.of("@angular/core", "^18.0.0"), m -> false, f -> false));
    assertEquals(Safety.MANUAL, rules.get(1).whileImported());
    assertEquals(List.of("a", "b"), List.copyOf(rules.get(1).packages().keySet()));
    assertTrue(!rules.get(2).appliesTo(Map.of(), m -> false, f -> false));
    assertTrue(rules.get(2).appliesTo(Map.of(), "aws-amplify/auth#signInWithRedirect"::equals, f -> false));
  }

  @Test
  void reportsEveryMistakeWithItsLine() throws IOException {
    RuleLoadResult r = load("""
        project:
          - id: two-kinds
            description: d
            safety: SAFE
            bump: { a: ^2.0.0 }
            remove: [b]
          - id: Bad_Id
            description: d
            safety: SOMETIMES
            remove: [b]
          - id: keep-on-bump
            description: d
            safety: SAFE
            bump: { a: ^2.0.0 }
            whileImported: REVIEW
            ifDependsOn: ['react ^18']
            unknown: 1
          - id: taken
            description: d
            safety: SAFE
            gitignore: [x]
          - id: section-on-remove
            description: d
            safety: SAFE
            remove: [b]
            section: devDependencies
          - id: bad-section
            description: d
            safety: SAFE
            add: { b: ^1.0.0 }
            section: peerDependencies
          - id: bad-regex
            description: d
            safety: REVIEW
            scripts: 'amplify ('
        """);
    List<String> problems = r.problems().stream().map(RuleProblem::toString).toList();
    String all = String.join("\n", problems);
    assertTrue(all.contains("pack.yaml:2: a project rule needs exactly one of `bump`, `remove`, `add`, `gitignore`, `scripts` (it has bump, remove)"), all);
    assertTrue(all.contains("pack.yaml:7: rule id `Bad_Id` must be kebab-case"), all);
    assertTrue(all.contains("pack.yaml:9: safety `SOMETIMES` is not one of SAFE, SAFE+NOTE, REVIEW, MANUAL"), all);
    assertTrue(all.contains("pack.yaml:15: `whileImported` goes with `remove` only"), all);
    assertTrue(all.contains("pack.yaml:16: ifDependsOn \"react ^18\" is neither a package name nor of the form `package >= 19`"), all);
    assertTrue(all.contains("pack.yaml:17: unknown key `unknown` in a project rule"), all);
    assertTrue(all.contains("r.yaml:1: rule id `taken` is used by another rule"), all);
    assertTrue(all.contains("pack.yaml:26: `section` goes with `add` only"), all);
    assertTrue(all.contains("pack.yaml:31: section `peerDependencies` is neither dependencies nor devDependencies"), all);
    assertTrue(all.contains("pack.yaml:35: `scripts` is not a valid regex"), all);
  }

  @Test
  void readsSectionsExistenceConditionsAndScriptRules() throws IOException {
    RuleLoadResult r = load("""
        project:
          - id: dev-tools
            description: d
            safety: SAFE
            ifExists: [amplify/backend.ts, amplify/data/resource.ts]
            section: devDependencies
            add: { tsx: ^4.0.0 }
          - id: old-scripts
            description: d
            safety: REVIEW
            scripts: '^amplify\\b'
        """);
    assertTrue(r.problems().isEmpty(), r.problems().toString());
    ProjectRule add = r.packs().getFirst().projectRules().getFirst();
    assertEquals("devDependencies", add.section());
    assertTrue(add.conditional());
    assertTrue(add.appliesTo(Map.of(), m -> false, "amplify/data/resource.ts"::equals), "any one of the paths");
    assertTrue(!add.appliesTo(Map.of(), m -> false, f -> false));
    ProjectRule scripts = r.packs().getFirst().projectRules().get(1);
    assertEquals(ProjectRule.Kind.SCRIPTS, scripts.kind());
    assertEquals(List.of("^amplify\\b"), List.copyOf(scripts.packages().keySet()));
    assertEquals("dependencies", r.packs().getFirst().projectRules().get(1).section(), "the default");
  }
}
