package dev.remold.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file must contain for a rule to be tried on it: every part of the rule that must hold adds its text. */
class RequiredTextTest {
  @TempDir
  Path tmp;

  private Rule load(String rule) throws IOException {
    Files.writeString(tmp.resolve("pack.yaml"), """
        name: p
        symbols:
          TabItem: ['@aws-amplify/ui-react#TabItem']
          Auth: [aws-amplify#Auth, '@aws-amplify/auth#default']
        """);
    Files.writeString(tmp.resolve("r.yaml"), rule);
    try (Parser parser = new Parser()) {
      RuleLoadResult r = new RuleLoader(parser).load(List.of(tmp));
      assertEquals(List.of(), r.problems());
      return r.packs().getFirst().rules().getFirst();
    }
  }

  @Test
  void everyLiteralOfAPatternIsRequired() throws IOException {
    Rule r = load("id: r\ndescription: d\nsafety: SAFE\nrule: 'Amplify.configure({ ...$C, ssr: $S })'\nfix: x\n");
    assertEquals(List.of(Set.of("Amplify"), Set.of("configure"), Set.of("ssr")), r.requiredText());
  }

  @Test
  void allPartsOfARuleObjectAddTheirText() throws IOException {
    Rule r = load("""
        id: r
        description: d
        safety: REVIEW
        rule:
          kind: identifier
          regex: '^TabItem$'
          symbol: TabItem
          not: { inside: { kind: import_statement } }
        message: m
        """);
    // The regex's literal, the symbol's module and its name; `not` requires nothing.
    assertEquals(List.of(Set.of("TabItem"), Set.of("@aws-amplify/ui-react")), r.requiredText());
  }

  @Test
  void aSymbolNeedsItsNameUnlessADefaultImportMayNameItAnything() throws IOException {
    Rule r = load("""
        id: r
        description: d
        safety: MANUAL
        rule: $AUTH.$METHOD($$$ARGS)
        constraints:
          AUTH: { symbol: Auth }
        message: m
        """);
    assertEquals(List.of(Set.of("aws-amplify", "@aws-amplify/auth"), Set.of("Auth", "@aws-amplify/auth")), r.requiredText());
  }

  @Test
  void theValueANameIsInitializedByIsCodeOfTheSameFile() throws IOException {
    Rule r = load("""
        id: r
        description: d
        safety: MANUAL
        rule: $USER.$FIELD
        constraints:
          FIELD: { regex: '^(pool|client)$' }
          USER:
            initializedBy:
              pattern: $AUTH.currentAuthenticatedUser($$$ARGS)
              has: { symbol: Auth }
        message: m
        """);
    assertTrue(r.requiredText().contains(Set.of("currentAuthenticatedUser")), r.requiredText().toString());
    assertTrue(r.requiredText().contains(Set.of("pool", "client")), r.requiredText().toString());
    assertTrue(r.requiredText().contains(Set.of("Auth", "@aws-amplify/auth")), r.requiredText().toString());
  }

  @Test
  void aSymbolRequiresAnImportOfItsModuleWhereverItMustHold() throws IOException {
    Set<String> auth = Set.of("aws-amplify", "@aws-amplify/auth");
    Rule constrained = load("""
        id: r
        description: d
        safety: MANUAL
        rule: $AUTH.$METHOD($$$ARGS)
        constraints:
          AUTH: { symbol: Auth }
        message: m
        """);
    assertEquals(List.of(auth), constrained.requiredModules());
    Rule nested = load("""
        id: r
        description: d
        safety: MANUAL
        rule:
          kind: identifier
          inside: { any: [{ has: { symbol: Auth } }, { symbol: TabItem }] }
        message: m
        """);
    // Whichever alternative holds, one of their modules is imported.
    assertEquals(List.of(Set.of("aws-amplify", "@aws-amplify/auth", "@aws-amplify/ui-react")), nested.requiredModules());
  }

  @Test
  void aSymbolThatNeedNotHoldRequiresNoImport() throws IOException {
    Rule negated = load("""
        id: r
        description: d
        safety: MANUAL
        rule: { kind: identifier, not: { symbol: Auth } }
        message: m
        """);
    assertEquals(List.of(), negated.requiredModules());
    Rule alternative = load("""
        id: r
        description: d
        safety: MANUAL
        rule: { any: [{ symbol: Auth }, { pattern: Auth.configure($C) }] }
        message: m
        """);
    assertEquals(List.of(), alternative.requiredModules());
  }

  @Test
  void aConstraintOnANameAnEarlierConstraintBindsMustHoldToo() throws IOException {
    Rule chained = load("""
        id: r
        description: d
        safety: MANUAL
        rule: $D.$FIELD
        constraints:
          D: { initializedBy: { pattern: $AUTH.currentSession() } }
          AUTH: { symbol: Auth }
        message: m
        """);
    assertEquals(List.of(Set.of("aws-amplify", "@aws-amplify/auth")), chained.requiredModules());
    Rule run = load("""
        id: r
        description: d
        safety: MANUAL
        rule: foo($$$ARGS)
        constraints:
          ARGS: { symbol: Auth }
        message: m
        """);
    // An empty run passes the constraint: nothing of Auth is required.
    assertEquals(List.of(), run.requiredModules());
    assertEquals(List.of(Set.of("foo")), run.requiredText());
  }
}
