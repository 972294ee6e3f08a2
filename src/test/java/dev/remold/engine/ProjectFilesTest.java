package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.rules.Finding;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in pack's project rules (spec §1) on small projects: package.json follows what the rewritten files import,
 * .gitignore gets the Gen 2 entries, and only projects the pack migrated, seen whole, are touched.
 */
class ProjectFilesTest {
  private static final RuleLoadResult RULES = GoldenPairsTest.builtinRules();

  @TempDir
  Path tmp;

  private Path project(String name, Map<String, String> files) throws IOException {
    Path dir = tmp.resolve(name);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static RunReport run(DiscoveryOptions discovery, boolean force, Path... targets) throws IOException {
    return new Engine(RULES.packs(), new EngineOptions(discovery, force, 2)).run(List.of(targets));
  }

  private static RunReport run(Path... targets) throws IOException {
    return run(DiscoveryOptions.defaults(), /* force= */ false, targets);
  }

  private static FileResult result(RunReport report, String rel) {
    return report.results().stream().filter(r -> r.relativePath().equals(rel)).findFirst().orElse(null);
  }

  private static String after(RunReport report, String rel) {
    return assertInstanceOf(FileResult.Changed.class, result(report, rel), rel).after();
  }

  private static List<Finding> sites(RunReport report, String rel) {
    return switch (result(report, rel)) {
      case FileResult.Changed c -> c.sites();
      case FileResult.Unchanged u -> u.sites();
      default -> List.of();
    };
  }

  /** Writes every change, as apply does. */
  private static void write(RunReport report) throws IOException {
    for (FileResult.Changed c : report.of(FileResult.Changed.class)) {
      Files.writeString(c.path(), c.after(), StandardCharsets.UTF_8);
    }
  }

  private static String pkg(String deps) {
    return "{\n  \"name\": \"app\",\n  \"dependencies\": {\n" + deps + "\n  }\n}\n";
  }

  @Test
  void categoryPackagesGoOnceNoFileImportsThemAndStayWhileOneDoes() throws IOException {
    Path dir = project("app", Map.of(
        "package.json", pkg("    \"@aws-amplify/auth\": \"^5.6.0\",\n    \"@aws-amplify/core\": \"^5.8.0\",\n"
            + "    \"aws-amplify\": \"^5.3.11\""),
        "src/login.js", "import { Auth } from '@aws-amplify/auth';\nexport const out = () => Auth.signOut();\n",
        "src/util.js", "import { Signer } from '@aws-amplify/core';\nexport const s = Signer;\n"));
    RunReport report = run(dir);
    assertEquals(pkg("    \"@aws-amplify/core\": \"^5.8.0\",\n    \"aws-amplify\": \"^6.22.1\""), after(report, "package.json"));
    List<Finding> sites = sites(report, "package.json");
    assertTrue(sites.contains(new Finding("package-category-packages", Safety.SAFE, 4,
        "@aws-amplify/auth removed: aws-amplify 6 bundles it")), sites.toString());
    assertTrue(sites.contains(new Finding("package-category-packages", Safety.REVIEW, 5,
        "@aws-amplify/core kept: src/util.js still imports it; aws-amplify 6 bundles it")), sites.toString());
    assertTrue(after(report, "src/login.js").contains("from 'aws-amplify/auth'"), "the import the removal rests on was rewritten");
  }

  @Test
  void aFileWithNoAmplifyCodeStillKeepsThePackagesItImports() throws IOException {
    // No rule acts in these files (they are never parsed), but what they import still decides package.json.
    Path dir = project("app", Map.of(
        "package.json", pkg("    \"amazon-cognito-identity-js\": \"^6.3.6\",\n    \"aws-amplify\": \"^5.3.11\",\n"
            + "    \"aws-appsync\": \"^4.1.9\""),
        "src/pool.js", "import { CognitoUserPool } from 'amazon-cognito-identity-js';\nexport const pool = new CognitoUserPool({});\n",
        "src/other.js", "export const x = 1;\n",
        "src/login.js", "import { Auth } from 'aws-amplify';\nexport const out = () => Auth.signOut();\n"));
    RunReport report = run(dir);
    String pkg = after(report, "package.json");
    assertTrue(pkg.contains("amazon-cognito-identity-js"), pkg);
    assertTrue(!pkg.contains("aws-appsync"), "no file imports it: " + pkg);
    assertTrue(sites(report, "package.json").stream().anyMatch(f -> f.message().startsWith(
        "amazon-cognito-identity-js kept: src/pool.js still imports it")), sites(report, "package.json").toString());
  }

  @Test
  void aSecondRunChangesNothing() throws IOException {
    Path dir = project("app", Map.of(
        "package.json", pkg("    \"@aws-amplify/ui-react\": \"^5.3.1\",\n    \"aws-amplify\": \"^5.3.11\",\n    \"next\": \"^14.0.0\""),
        ".gitignore", "node_modules\naws-exports.js\n",
        "pages/index.js", "import { Auth } from 'aws-amplify';\nexport const out = () => Auth.signOut();\n"));
    RunReport first = run(dir);
    assertEquals(pkg("    \"@aws-amplify/adapter-nextjs\": \"^1.8.0\",\n    \"@aws-amplify/ui-react\": \"^6.0.0\",\n"
        + "    \"aws-amplify\": \"^6.22.1\",\n    \"next\": \"^14.0.0\""), after(first, "package.json"));
    assertEquals("node_modules\naws-exports.js\n\namplify_outputs*\n.amplify\n", after(first, ".gitignore"));
    write(first);
    // package.json now says aws-amplify 6: the pack is skipped, and with --force it finds nothing left to do.
    RunReport second = run(dir);
    assertTrue(second.of(FileResult.Changed.class).isEmpty(), second.results().toString());
    assertTrue(second.notices().getFirst().contains("skipped"), second.notices().toString());
    RunReport forced = run(DiscoveryOptions.defaults(), /* force= */ true, dir);
    assertTrue(forced.of(FileResult.Changed.class).isEmpty(), forced.results().toString());
  }

  @Test
  void reactNativeAppsGetTheNativeModulesAndTheWebBrowserForAHostedUi() throws IOException {
    Path dir = project("rn", Map.of(
        "package.json", pkg("    \"amazon-cognito-identity-js\": \"^6.3.0\",\n    \"aws-amplify\": \"^5.3.11\",\n"
            + "    \"react-native\": \"0.72.6\""),
        "App.js", "import { Auth } from 'aws-amplify';\nexport const login = () => Auth.federatedSignIn();\n"));
    RunReport report = run(dir);
    assertEquals(pkg("    \"@aws-amplify/react-native\": \"^1.3.3\",\n"
        + "    \"@aws-amplify/rtn-web-browser\": \"^1.4.0\",\n"
        + "    \"@react-native-async-storage/async-storage\": \"^1.24.0\",\n"
        + "    \"@react-native-community/netinfo\": \"^11.4.1\",\n"
        + "    \"aws-amplify\": \"^6.22.1\",\n    \"react-native\": \"0.72.6\",\n"
        + "    \"react-native-get-random-values\": \"^1.11.0\""), after(report, "package.json"));
    assertTrue(after(report, "App.js").contains("signInWithRedirect"), after(report, "App.js"));
  }

  @Test
  void theUiAngularMajorFollowsTheAngularVersion() throws IOException {
    Path old = project("ng16", Map.of(
        "package.json", pkg("    \"@angular/core\": \"^16.2.0\",\n    \"@aws-amplify/ui-angular\": \"^4.0.0\",\n"
            + "    \"aws-amplify\": \"^5.3.11\""),
        "src/main.ts", "import { Amplify } from 'aws-amplify';\n"));
    assertTrue(after(run(old), "package.json").contains("\"@aws-amplify/ui-angular\": \"~5.1.0\""));
    Path recent = project("ng19", Map.of(
        "package.json", pkg("    \"@angular/core\": \"^19.0.0\",\n    \"@aws-amplify/ui-angular\": \"^4.0.0\",\n"
            + "    \"aws-amplify\": \"^5.3.11\""),
        "src/main.ts", "import { Amplify } from 'aws-amplify';\n"));
    assertTrue(after(run(recent), "package.json").contains("\"@aws-amplify/ui-angular\": \"^5.2.0\""));
    Path vue2 = project("vue2", Map.of(
        "package.json", pkg("    \"@aws-amplify/ui-vue\": \"^2.0.0\",\n    \"aws-amplify\": \"^5.3.11\",\n    \"vue\": \"^2.7.0\""),
        "src/main.js", "import { Amplify } from 'aws-amplify';\n"));
    assertTrue(after(run(vue2), "package.json").contains("\"@aws-amplify/ui-vue\": \"^2.0.0\""), "ui-vue 4 needs Vue 3");
  }

  @Test
  void aVueComponentThatImportsAPackageKeepsIt() throws IOException {
    Path dir = project("vue", Map.of(
        "package.json", pkg("    \"@aws-amplify/auth\": \"^5.6.0\",\n    \"aws-amplify\": \"^5.3.11\""),
        "src/main.js", "import { Amplify } from 'aws-amplify';\n",
        // The template's call is only marked, so the script's import, and the package, must stay.
        "src/Login.vue", "<template>\n  <button @click=\"Auth.signOut()\">Sign out</button>\n</template>\n"
            + "<script>\nimport { Auth } from '@aws-amplify/auth';\nexport default { data: () => ({ Auth }) };\n</script>\n"));
    RunReport report = run(dir);
    assertTrue(after(report, "package.json").contains("\"@aws-amplify/auth\": \"^5.6.0\""));
    assertTrue(sites(report, "package.json").stream().anyMatch(s -> s.safety() == Safety.REVIEW
        && s.message().startsWith("@aws-amplify/auth kept: src/Login.vue still imports it")), sites(report, "package.json").toString());
  }

  @Test
  void withIncludeOrExcludeGlobsNothingIsRemoved() throws IOException {
    Path dir = project("app", Map.of(
        "package.json", pkg("    \"@aws-amplify/auth\": \"^5.6.0\",\n    \"aws-amplify\": \"^5.3.11\""),
        "src/main.js", "import { Amplify } from 'aws-amplify';\n",
        "src/main.test.js", "jest.mock('@aws-amplify/auth');\n"));
    RunReport report = run(new DiscoveryOptions(1 << 20, List.of(), List.of("*.test.js")), false, dir);
    assertTrue(after(report, "package.json").contains("\"@aws-amplify/auth\": \"^5.6.0\""));
    assertTrue(after(report, "package.json").contains("\"aws-amplify\": \"^6.22.1\""));
    assertTrue(sites(report, "package.json").stream().anyMatch(s -> s.message().contains("did not read every file")));
    // An exclude that names package.json leaves it alone.
    RunReport excluded = run(new DiscoveryOptions(1 << 20, List.of(), List.of("package.json")), false, dir);
    assertNull(result(excluded, "package.json"));
  }

  @Test
  void onlyProjectsThePackMigratedSeenWholeAreTouched() throws IOException {
    Path v6 = project("v6", Map.of(
        "package.json", pkg("    \"@aws-amplify/auth\": \"^6.0.0\",\n    \"aws-amplify\": \"^6.0.0\""),
        ".gitignore", "node_modules\n",
        "src/main.js", "import { Amplify } from 'aws-amplify';\n"));
    RunReport report = run(v6);
    assertNull(result(report, "package.json"), "aws-amplify 6 does not meet the pack's precondition");
    assertNull(result(report, ".gitignore"));

    Path app = project("app", Map.of(
        "package.json", pkg("    \"aws-amplify\": \"^5.3.11\""),
        "src/main.js", "import { Amplify } from 'aws-amplify';\n"));
    RunReport inner = run(app.resolve("src"));
    assertNull(result(inner, "../package.json"));
    assertTrue(inner.results().stream().noneMatch(r -> r.path().endsWith("package.json")), inner.results().toString());
    assertTrue(inner.notices().stream().anyMatch(n -> n.contains("outside the folders remold was given")), inner.notices().toString());
    assertFalse(Files.exists(app.resolve(".gitignore")), "a missing .gitignore is not created");
    assertNull(result(run(app), ".gitignore"));
  }

  @Test
  void aProjectWithAFailedFileKeepsItsPackageJsonUntilTheFileIsFixed() throws IOException {
    Path dir = project("app", Map.of(
        "package.json", pkg("    \"aws-amplify\": \"^5.3.11\""),
        "src/broken.js", "import { Auth } from 'aws-amplify';\nAuth.signOut(a b);\n"));
    RunReport report = run(dir);
    assertInstanceOf(FileResult.Failed.class, result(report, "src/broken.js"));
    assertNull(result(report, "package.json"));
    assertTrue(report.notices().stream().anyMatch(n -> n.contains("1 file failed; fix them and run remold again")),
        report.notices().toString());
  }

  @Test
  void aPackageJsonThatIsNotJsonFailsUnderForce() throws IOException {
    Path dir = project("app", Map.of(
        "package.json", "{\n  \"dependencies\": {\n    \"aws-amplify\": \"^5.3.11\",\n  }\n}\n",
        "src/main.js", "import { Amplify } from 'aws-amplify';\n"));
    RunReport report = run(DiscoveryOptions.defaults(), /* force= */ true, dir);
    FileResult.Failed failed = assertInstanceOf(FileResult.Failed.class, result(report, "package.json"));
    assertTrue(failed.reason().startsWith("package.json is not valid JSON at line 4"), failed.reason());
  }

  @Test
  void theGen1CliGoesItsScriptsAreFlaggedAndAGen2BackendBringsItsToolsAsDevDependencies() throws IOException {
    String gen1 = """
        {
          "name": "app",
          "scripts": {
            "build": "vite build",
            "deploy": "npm run build && amplify push --yes",
            "codegen": "npx amplify codegen",
            "clean": "rm -rf ./amplify/backend/.temp"
          },
          "dependencies": {
            "aws-amplify": "^5.3.11"
          },
          "devDependencies": {
            "@aws-amplify/cli": "^12.0.0",
            "vite": "^5.0.0"
          }
        }
        """;
    Path withBackend = project("gen2", Map.of("package.json", gen1, "amplify/backend.ts", "export {};\n",
        "src/main.js", "import { Amplify } from 'aws-amplify';\n"));
    RunReport report = run(withBackend);
    assertEquals("""
        {
          "name": "app",
          "scripts": {
            "build": "vite build",
            "deploy": "npm run build && amplify push --yes",
            "codegen": "npx amplify codegen",
            "clean": "rm -rf ./amplify/backend/.temp"
          },
          "dependencies": {
            "aws-amplify": "^6.22.1"
          },
          "devDependencies": {
            "@aws-amplify/backend": "^1.18.0",
            "@aws-amplify/backend-cli": "^1.8.0",
            "aws-cdk-lib": "^2.189.1",
            "constructs": "^10.0.0",
            "esbuild": "^0.28.0",
            "tsx": "^4.0.0",
            "typescript": "^5.0.0",
            "vite": "^5.0.0"
          }
        }
        """, after(report, "package.json"));
    List<Finding> sites = sites(report, "package.json");
    List<String> scripts = sites.stream().filter(f -> f.ruleId().equals("package-amplify-scripts"))
        .map(f -> f.line() + " " + f.safety() + " " + f.message().substring(0, f.message().indexOf(':'))).toList();
    assertEquals(List.of("5 REVIEW script deploy runs \"npm run build && amplify push --yes\"",
        "6 REVIEW script codegen runs \"npx amplify codegen\""), scripts, "the rm of ./amplify/backend is no CLI call");
    assertTrue(sites.stream().anyMatch(f -> f.ruleId().equals("package-amplify-cli") && f.safety() == Safety.REVIEW
        && f.line() == 13 && f.message().startsWith("@aws-amplify/cli removed")), sites.toString());

    // Without a Gen 2 backend nothing is added to devDependencies; the CLI still goes.
    Path without = project("gen1", Map.of("package.json", gen1, "src/main.js", "import { Amplify } from 'aws-amplify';\n"));
    String pkg = after(run(without), "package.json");
    assertTrue(pkg.contains("\"devDependencies\": {\n    \"vite\": \"^5.0.0\"\n  }"), pkg);
  }
}
