package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The type checker is the judge: the after side of every golden project with TypeScript files
 * compiles with tsc against the real aws-amplify v6 types. Only .ts and .tsx files are compiled: the
 * script blocks of .vue files would need vue-tsc, and a component's template may keep Gen 1 code
 * that is marked for a person. The tools are installed from npm into a
 * cache folder outside the sources; under CI=true a missing npm fails instead of skipping.
 */
class TypeCheckTest {
  /**
   * Pinned so a run is reproducible; aws-amplify 6.22.1 is the version the spec's §21 was checked with,
   * and @aws-amplify/ui-react 6.15.6 the UI that pairs with it (spec §17).
   */
  private static final List<String> PACKAGES = List.of("typescript@5.9.3", "aws-amplify@6.22.1",
      "@types/react@18.3.31", "@types/react-dom@18.3.7", "vue@3.5.45", "@aws-amplify/ui-react@6.15.6",
      // The Next.js server adapter (1.8.0 pairs with aws-amplify 6.21+) and the next types it and the pages use.
      "@aws-amplify/adapter-nextjs@1.8.0", "next@15.5.29");
  /** One folder per package list, so that npm never prunes the packages of another list from a shared cache. */
  private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "remold",
      "tsc-aws-amplify-6.22.1-" + Integer.toHexString(String.join(" ", PACKAGES).hashCode()));
  private static final Path AFTER = Path.of("testdata/after");

  private static final String TSCONFIG = """
      {
        "compilerOptions": {
          "target": "ES2022",
          "module": "ESNext",
          "moduleResolution": "Bundler",
          "lib": ["ES2022", "DOM"],
          "jsx": "react-jsx",
          "strict": true,
          "noEmit": true,
          "resolveJsonModule": true,
          "esModuleInterop": true,
          "skipLibCheck": true,
          "types": []
        },
        "include": ["**/*.ts", "**/*.tsx"],
        "exclude": ["node_modules", "amplify"]
      }
      """;

  @TestFactory
  Stream<DynamicTest> goldenProjectsCompileAgainstAwsAmplify6() throws Exception {
    List<Path> projects = new ArrayList<>();
    try (Stream<Path> cases = Files.list(AFTER)) {
      for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) {
        if (hasTypeScript(dir)) {
          projects.add(dir);
        }
      }
    }
    assertFalse(projects.isEmpty(), "no golden project has TypeScript files");
    Path tsc = installTools();
    return projects.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> typeCheck(dir, tsc)));
  }

  private static boolean hasTypeScript(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(p -> p.toString().matches(".*\\.(ts|tsx|mts|cts)$"));
    }
  }

  private static Path installTools() throws Exception {
    Path tsc = CACHE.resolve("node_modules/typescript/bin/tsc");
    // A cache from before a package joined the list is topped up, not trusted.
    if (PACKAGES.stream().allMatch(p -> Files.exists(CACHE.resolve("node_modules/" + p.substring(0, p.lastIndexOf('@')) + "/package.json")))) {
      return tsc;
    }
    boolean npm = run(Path.of("."), 60, "npm", "--version").exitCode() == 0;
    if (!npm && "true".equals(System.getenv("CI"))) {
      fail("npm is needed to type-check the golden projects against aws-amplify v6 (install Node.js and npm)");
    }
    assumeTrue(npm, "npm is not installed: the type check against aws-amplify v6 cannot run here");
    Files.createDirectories(CACHE);
    // Types only: the optional native binaries (next's compiler, image tools) are never run.
    List<String> cmd = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--omit=optional",
        "--prefix", CACHE.toString()));
    cmd.addAll(PACKAGES);
    Result r = run(CACHE, 600, cmd.toArray(String[]::new));
    assertEquals(0, r.exitCode(), "npm install failed:\n" + r.output());
    return tsc;
  }

  private static void typeCheck(Path project, Path tsc) throws Exception {
    Path work = Files.createTempDirectory("remold-tsc-");
    try {
      dev.remold.TestTrees.copy(project, work);
      Files.writeString(work.resolve("tsconfig.json"), TSCONFIG);
      Files.createSymbolicLink(work.resolve("node_modules"), CACHE.resolve("node_modules").toAbsolutePath());
      // amplify_outputs.json is written by `npx ampx sandbox`; a minimal one stands in for it.
      for (Path where : List.of(work, work.resolve("src"))) {
        if (Files.isDirectory(where)) {
          Files.writeString(where.resolve("amplify_outputs.json"), "{ \"version\": \"1.3\" }\n");
        }
      }
      Result r = run(work, 300, "node", tsc.toString(), "-p", "tsconfig.json");
      assertEquals(0, r.exitCode(), "tsc found errors in testdata/after/" + project.getFileName() + ":\n" + r.output());
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path dir, int seconds, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(127, e.getMessage());
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(124, "timed out after " + seconds + " s");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
