package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.rules.Finding;
import dev.remold.rules.Rule;
import dev.remold.rules.RuleLoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built-in pack is exercised by some golden pair: it rewrote code or reported a
 * finding there. The message lists the spec ids covered and the rules that are not, so a gap shows.
 */
class RuleCoverageTest {
  @Test
  void everyBuiltInRuleIsExercisedByAGoldenPair() throws IOException {
    RuleLoadResult loaded = GoldenPairsTest.builtinRules();
    TreeSet<String> exercised = new TreeSet<>();
    try (Stream<Path> cases = Files.list(Path.of("testdata/before"))) {
      for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
        Engine forCase = new Engine(loaded.packs(),
            new EngineOptions(DiscoveryOptions.defaults(), /* force= */ true, 2).withOptions(GoldenPairsTest.caseOptions(dir)));
        for (FileResult r : forCase.run(List.of(dir)).results()) {
          List<Finding> findings = switch (r) {
            case FileResult.Changed c -> {
              exercised.addAll(c.rewrites().keySet());
              yield c.findings();
            }
            case FileResult.Unchanged u -> u.findings();
            default -> List.of();
          };
          findings.forEach(f -> exercised.add(f.ruleId()));
        }
      }
    }
    Map<String, TreeSet<String>> specIdsCovered = new TreeMap<>();
    TreeSet<String> missing = new TreeSet<>();
    for (Rule rule : loaded.packs().getFirst().rules()) {
      if (exercised.contains(rule.id())) {
        specIdsCovered.computeIfAbsent(rule.safety().label(), k -> new TreeSet<>()).add(rule.id());
      } else {
        missing.add(rule.id());
      }
    }
    assertTrue(missing.isEmpty(), "rules no golden pair exercises: " + missing + "\ncovered: " + specIdsCovered);
  }
}
