package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Parser;
import dev.remold.rules.Pack;
import dev.remold.rules.RuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files found while the rules load give the run what finding them after would: with packs that read templates or not. */
class DiscoverAheadTest {
  @TempDir
  Path tmp;

  private Path project() throws IOException {
    Path dir = tmp.resolve("app");
    Files.createDirectories(dir.resolve("src/app"));
    Files.writeString(dir.resolve("package.json"),
        "{ \"dependencies\": { \"aws-amplify\": \"^5.3.11\", \"@aws-amplify/ui-angular\": \"^4.0.0\", \"@angular/core\": \"^16.0.0\" } }\n");
    Files.writeString(dir.resolve("src/app/app.component.html"), "<amplify-authenticator initialState=\"signUp\"></amplify-authenticator>\n");
    Files.writeString(dir.resolve("src/app/other.html"), "<p>hi</p>\n");
    Files.writeString(dir.resolve("src/login.js"), "import { Auth } from 'aws-amplify';\nexport const out = () => Auth.signOut();\n");
    return dir;
  }

  private static String describe(RunReport report) {
    StringBuilder out = new StringBuilder();
    report.results().forEach(r -> out.append(r.getClass().getSimpleName()).append(' ').append(r.relativePath()).append('\n'));
    report.notices().forEach(n -> out.append("notice ").append(n).append('\n'));
    return out.toString();
  }

  private static void assertSameRun(List<Pack> packs, List<Path> targets) throws IOException {
    Engine engine = new Engine(packs, new EngineOptions(DiscoveryOptions.defaults(), /* force= */ false, 2));
    String after = describe(engine.run(targets));
    String ahead = describe(engine.run(targets, Engine.discoverAhead(targets, DiscoveryOptions.defaults()), Progress.NONE));
    assertEquals(after, ahead);
  }

  @Test
  void withPacksThatReadTemplates() throws IOException {
    Path dir = project();
    List<Pack> builtin = GoldenPairsTest.builtinRules().packs();
    assertSameRun(builtin, List.of(dir));
    assertSameRun(builtin, List.of(dir, dir.resolve("src/app/other.html")));
  }

  @Test
  void withPacksThatDoNot() throws IOException {
    Path dir = project();
    Path pack = tmp.resolve("pack");
    Files.createDirectories(pack);
    Files.writeString(pack.resolve("r.yaml"), "id: r\ndescription: d\nsafety: SAFE\nrule: Auth.signOut()\nfix: signOut()\n");
    List<Pack> packs;
    try (Parser parser = new Parser()) {
      packs = new RuleLoader(parser).load(List.of(pack)).packs();
    }
    assertSameRun(packs, List.of(dir));
    // A named template is reported as a file remold does not read, as a walk without templates reports it.
    assertSameRun(packs, List.of(dir, dir.resolve("src/app/other.html")));
    Engine engine = new Engine(packs, new EngineOptions(DiscoveryOptions.defaults(), false, 2));
    List<Path> targets = List.of(dir.resolve("src/app/other.html"));
    assertTrue(describe(engine.run(targets, Engine.discoverAhead(targets, DiscoveryOptions.defaults()), Progress.NONE))
        .startsWith("Skipped"));
  }
}
