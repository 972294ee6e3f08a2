package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.TestCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileDiscoveryTest {

  @TempDir Path tmp;

  @Test
  void takesEverySourceExtensionAndNothingElse() throws IOException {
    Path root = tmp.resolve("app");
    for (String name : List.of("a.js", "b.jsx", "c.mjs", "d.cjs", "e.ts", "f.tsx", "g.mts", "h.cts", "i.vue",
        "README.md", "style.css", "data.json", "js", "noext", "types.d.ts", "x.JS.bak")) {
      write(root, "src/" + name);
    }
    assertEquals(List.of("src/a.js", "src/b.jsx", "src/c.mjs", "src/d.cjs", "src/e.ts", "src/f.tsx", "src/g.mts",
        "src/h.cts", "src/i.vue", "src/types.d.ts"), candidates(discover(root)));
  }

  @Test
  void skipsDependencyAndBuildFoldersAtAnyDepthWithoutReportingTheirFiles() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "package.json");
    write(root, "src/app.js");
    for (String folder : List.of("node_modules", ".git", "dist", "build", ".next", ".nuxt", "coverage")) {
      write(root, folder + "/inner.js");
      write(root, "packages/web/" + folder + "/deep/inner.ts");
    }
    // Only the exact folder names are excluded: similar names are ordinary code.
    write(root, "src/builder/keep.ts");
    write(root, "src/distance.ts");

    List<Discovered> found = discover(root);
    assertEquals(List.of("src/app.js", "src/builder/keep.ts", "src/distance.ts"), candidates(found));
    assertEquals(Map.of(), skipped(found));
  }

  @Test
  void skipsTheAmplifyBackendButKeepsFrontendHelpersNamedAmplify() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "package.json");
    // Beside package.json: the backend, even without any marker file inside.
    write(root, "amplify/backend/function/fn/src/index.js");
    write(root, "amplify/hooks/pre-push.js");
    write(root, "src/amplify/helpers.ts");
    write(root, "src/amplify/client.js");
    // Not beside a package.json, but marked as the CLI's backend by its contents.
    write(root, "legacy/amplify/team-provider-info.json");
    write(root, "legacy/amplify/leftover.js");
    write(root, "other/amplify/.config/project-config.json");
    write(root, "other/amplify/x.js");
    write(root, "nested/amplify/backend/api/y.js");
    write(root, "src/index.ts");

    assertEquals(List.of("src/amplify/client.js", "src/amplify/helpers.ts", "src/index.ts"),
        candidates(discover(root)));
  }

  @Test
  void skipsAnAmplifyBackendBesideANestedPackageJson() throws IOException {
    Path root = tmp.resolve("monorepo");
    write(root, "apps/web/package.json");
    write(root, "apps/web/amplify/auth/resource.ts");
    write(root, "apps/web/src/main.ts");
    write(root, "apps/lib/amplify/plain.ts");

    assertEquals(List.of("apps/lib/amplify/plain.ts", "apps/web/src/main.ts"), candidates(discover(root)));
  }

  @Test
  void honoursNestedGitignoresWithNegationDirectoryPatternsAndAnchors() throws IOException {
    Path root = tmp.resolve("app");
    write(root, ".gitignore", "# generated code\n*.gen.js\n/only-root.js\nlogs/\ncache.js/\n");
    write(root, "src/.gitignore", "!keep.gen.js\nlocal/\n/anchored.js\n");
    write(root, "a.gen.js");
    write(root, "src/a.gen.js");
    write(root, "src/keep.gen.js");
    write(root, "keep.gen.js");
    write(root, "only-root.js");
    write(root, "src/only-root.js");
    write(root, "logs/x.js");
    write(root, "src/logs/x.js");
    write(root, "src/local/x.js");
    write(root, "local/x.js");
    write(root, "src/anchored.js");
    write(root, "src/deep/anchored.js");
    // A directory-only pattern leaves a file of the same name alone.
    write(root, "cache.js");
    write(root, "lib/cache.js/inner.js");
    write(root, "main.js");

    assertEquals(List.of("cache.js", "local/x.js", "main.js", "src/deep/anchored.js", "src/keep.gen.js",
        "src/only-root.js"), candidates(discover(root)));
  }

  @Test
  void agreesWithGitOnWhichFilesAreIgnored() throws Exception {
    Path root = tmp.resolve("repo");
    write(root, ".gitignore", String.join("\n", "*.gen.*", "!src/**/*.gen.ts", "/out/", "tmp", "docs/**/draft-*",
        "logs/", "!logs/keep.js", "\\!bang.js", "space\\ name.js", "**/fixtures/**/*.snap.js", "") );
    write(root, "src/.gitignore", "!*.gen.js\n/ui/legacy/\nsecret?.ts\n[ab].js\n");
    write(root, "src/ui/.gitignore", "!secret1.ts\n*.tmp.tsx\n");
    for (String file : List.of("a.gen.js", "src/a.gen.js", "src/x/b.gen.ts", "lib/b.gen.ts", "out/o.js",
        "src/out/o.js", "tmp/t.js", "src/tmp", "src/tmp.js", "docs/guide/draft-1.js", "docs/draft-2.js",
        "docs/guide/final.js", "logs/keep.js", "logs/other.js", "!bang.js", "bang.js", "space name.js",
        "src/ui/legacy/old.tsx", "ui/legacy/old.tsx", "src/secret1.ts", "src/ui/secret1.ts", "src/ui/secret2.ts",
        "src/a.js", "src/c.js", "src/ui/a.js", "src/ui/view.tmp.tsx", "src/view.tmp.tsx",
        "test/fixtures/one.snap.js", "test/fixtures/deep/two.snap.js", "test/other/three.snap.js", "index.ts")) {
      write(root, file);
    }
    TestCommands.git(root, "init", "-q");
    String listed = TestCommands.git(root, "ls-files", "--others", "--exclude-standard", "-z");
    List<String> gitSources = Arrays.stream(listed.split("\0"))
        .filter(p -> !p.isEmpty() && FileDiscovery.isSource(p.substring(p.lastIndexOf('/') + 1)))
        .sorted()
        .toList();

    assertEquals(gitSources, candidates(discover(root)));
    // Guards against an oracle that agrees because it lists nothing or everything.
    assertTrue(gitSources.contains("src/a.gen.js") && !gitSources.contains("a.gen.js"), gitSources::toString);
  }

  @Test
  void appliesGitignoresAboveTheTargetUpToTheWorkTreeRoot() throws Exception {
    Path outer = tmp.resolve("outer");
    // Above the work tree: git does not read it, so neither may discovery.
    write(outer, ".gitignore", "*.ts\n");
    Path repo = outer.resolve("repo");
    write(repo, ".gitignore", "*.gen.ts\n/web/src/generated/\nsecret.js\n");
    write(repo, "web/.gitignore", "!important.gen.ts\n");
    write(repo, "web/src/generated/api.ts");
    write(repo, "web/src/x.gen.ts");
    write(repo, "web/src/important.gen.ts");
    write(repo, "web/src/main.ts");
    write(repo, "web/secret.js");
    write(repo, "web/src/lib/generated/kept.ts");
    TestCommands.git(repo, "init", "-q");

    assertEquals(List.of("src/important.gen.ts", "src/lib/generated/kept.ts", "src/main.ts"),
        candidates(discover(repo.resolve("web"))));
    assertEquals(List.of("src/important.gen.ts", "src/lib/generated/kept.ts", "src/main.ts"),
        candidates(discover(repo.resolve("web/src/..").resolve("."))));
  }

  @Test
  void ignoresGitignoresAboveTheTargetWhenNotInAWorkTree() throws IOException {
    Path project = tmp.resolve("project");
    write(project, ".gitignore", "*.ts\n");
    write(project, "web/src/main.ts");

    assertEquals(List.of("src/main.ts"), candidates(discover(project.resolve("web"))));
  }

  @Test
  void appliesIncludeAndExcludeGlobs() throws IOException {
    Path root = tmp.resolve("app");
    for (String file : List.of("src/a.ts", "src/x/y/b.ts", "src/a.test.ts", "src/App.vue", "components/Card.vue",
        "src/legacy/old.ts", "src/legacy/deep/older.ts", "lib/c.ts", "src/d.js")) {
      write(root, file);
    }
    DiscoveryOptions options = new DiscoveryOptions(DiscoveryOptions.ONE_MIB,
        List.of("src/**/*.ts", "*.vue"), List.of("*.test.ts", "src/legacy/"));

    assertEquals(List.of("components/Card.vue", "src/App.vue", "src/a.ts", "src/x/y/b.ts"),
        candidates(new FileDiscovery(options).discover(List.of(root))));
  }

  @ParameterizedTest
  @CsvSource({
      "*.ts,          src/a/b.ts,        true",
      "*.ts,          src/a/b.tsx,       false",
      "src/*.ts,      src/b.ts,          true",
      "src/*.ts,      src/a/b.ts,        false",
      "src/**/*.ts,   src/b.ts,          true",
      "src/**/*.ts,   src/a/b/c.ts,      true",
      "src/**/*.ts,   lib/src/b.ts,      false",
      "**/*.ts,       b.ts,              true",
      "**/x/*.ts,     x/b.ts,            true",
      "**/x/*.ts,     a/x/b.ts,          true",
      "src/**,        src/a/b.ts,        true",
      "/src/*.ts,     src/b.ts,          true",
      "./src/*.ts,    src/b.ts,          true",
      "src/,          src/deep/b.ts,     true",
      "src/,          lib/src.ts,        false",
      "?.ts,          a.ts,              true",
      "?.ts,          ab.ts,             false",
      "[ab].ts,       b.ts,              true",
      "[!ab].ts,      c.ts,              true",
      "[!ab].ts,      a.ts,              false",
      "[a-c]x.ts,     bx.ts,             true",
      "'*.{ts,tsx}',  a.tsx,             true",
      "'*.{ts,tsx}',  a.js,              false",
      "a+b(1).ts,     src/a+b(1).ts,     true",
      "a.ts,          axts,              false",
      "\\*.ts,        *.ts,              true",
      "\\*.ts,        a.ts,              false",
      "src/*,         src/a/b.ts,        false",
  })
  void matchesGlobs(String glob, String path, boolean expected) {
    assertEquals(expected, Glob.compile(glob).matches(path), glob + " vs " + path);
  }

  @Test
  void rejectsMalformedGlobs() {
    for (String glob : List.of("[ab", "{a,b", "a\\", " ")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new FileDiscovery(new DiscoveryOptions(1, List.of(), List.of(glob))), glob);
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Test
  void skipsFilesOverTheSizeLimitWithAReason() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "big.js", "x".repeat((int) (1.4 * DiscoveryOptions.ONE_MIB)));
    write(root, "limit.js", "x".repeat((int) DiscoveryOptions.ONE_MIB));
    write(root, "just-over.js", "x".repeat((int) DiscoveryOptions.ONE_MIB + 1));
    write(root, "big.json", "x".repeat(2 * (int) DiscoveryOptions.ONE_MIB));

    List<Discovered> found = discover(root);
    assertEquals(List.of("limit.js"), candidates(found));
    assertEquals(Map.of(
        "big.js", "larger than 1 MiB (1.4 MiB); raise --max-file-size to include it",
        "just-over.js", "larger than 1 MiB (1048577 bytes); raise --max-file-size to include it"),
        skipped(found));
  }

  @Test
  void formatsSizesForPeople() {
    assertEquals("0 bytes", FileDiscovery.humanSize(0));
    assertEquals("1 byte", FileDiscovery.humanSize(1));
    assertEquals("1023 bytes", FileDiscovery.humanSize(1023));
    assertEquals("1 KiB", FileDiscovery.humanSize(1024));
    assertEquals("1.5 KiB", FileDiscovery.humanSize(1536));
    assertEquals("2 MiB", FileDiscovery.humanSize(2 * DiscoveryOptions.ONE_MIB));
    assertEquals("3 GiB", FileDiscovery.humanSize(3L * 1024 * DiscoveryOptions.ONE_MIB));
  }

  @Test
  void reportsSymlinksLeadingOutsideTheRootWithoutFollowingThem() throws IOException {
    Path outside = tmp.resolve("outside");
    write(outside, "shared.ts");
    write(outside, "lib/deep.ts");
    Path root = tmp.resolve("app");
    write(root, "src/main.ts");
    Files.createSymbolicLink(root.resolve("src/shared.ts"), outside.resolve("shared.ts"));
    Files.createSymbolicLink(root.resolve("src/lib"), outside.resolve("lib"));
    // A relative link that climbs out is just as much outside.
    Files.createSymbolicLink(root.resolve("src/up.ts"), Path.of("../../outside/shared.ts"));
    Files.createSymbolicLink(root.resolve("src/notes.md"), outside.resolve("shared.ts"));

    List<Discovered> found = discover(root);
    assertEquals(List.of("src/main.ts"), candidates(found));
    assertEquals(Map.of(
        "src/lib", FileDiscovery.OUTSIDE_LINK,
        "src/shared.ts", FileDiscovery.OUTSIDE_LINK,
        "src/up.ts", FileDiscovery.OUTSIDE_LINK), skipped(found));
  }

  @Test
  void reportsAFileReachedThroughALinkInsideTheRootOnceUnderItsOwnPath() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "src/z-real.ts");
    write(root, "src/pages/page.tsx");
    // Sorted before the real file, so keeping the first one seen would keep the link.
    Files.createSymbolicLink(root.resolve("src/a-link.ts"), root.resolve("src/z-real.ts"));
    Files.createSymbolicLink(root.resolve("src/b-relative.ts"), Path.of("z-real.ts"));
    // A linked folder inside the root is not entered: its files are found at their real place.
    Files.createSymbolicLink(root.resolve("src/again"), root.resolve("src/pages"));
    // A link back up would loop forever if followed.
    Files.createSymbolicLink(root.resolve("src/pages/loop"), root);

    List<Discovered> found = discover(root);
    assertEquals(List.of("src/pages/page.tsx", "src/z-real.ts"), candidates(found));
    assertEquals(root.resolve("src/z-real.ts"), found.get(1).path());
    assertEquals(Map.of(), skipped(found));
  }

  @Test
  void keepsALinkToAnInsideFileWhoseRealPathIsNotWalked() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "generated/real.ts");
    write(root, ".gitignore", "generated/\n");
    Files.createDirectories(root.resolve("src"));
    Files.createSymbolicLink(root.resolve("src/alias.ts"), root.resolve("generated/real.ts"));

    assertEquals(List.of("src/alias.ts"), candidates(discover(root)));
  }

  @Test
  void returnsResultsSortedByRelativePathWithSkippedOnesInPlace() throws IOException {
    Path root = tmp.resolve("app");
    for (String file : List.of("z.ts", "src/b/c.ts", "a-b/x.ts", "a/x.ts", "src/a.ts", "A.ts", "m.vue")) {
      write(root, file);
    }
    write(root, "n.ts", "x".repeat(20));
    List<Discovered> found =
        new FileDiscovery(new DiscoveryOptions(10, List.of(), List.of())).discover(List.of(root));

    List<String> order = found.stream().map(Discovered::relativePath).toList();
    assertEquals(List.of("A.ts", "a-b/x.ts", "a/x.ts", "m.vue", "n.ts", "src/a.ts", "src/b/c.ts", "z.ts"), order);
    assertInstanceOf(Discovered.Skipped.class, found.get(4));
  }

  @Test
  void takesAFileTargetRelativeToItsNearestPackageJson() throws IOException {
    Path project = tmp.resolve("project");
    write(project, "package.json");
    write(project, "src/pages/home.tsx");
    write(project, "src/.gitignore", "pages/\n");
    Path loose = tmp.resolve("loose");
    write(loose, "script.js");

    List<Discovered> found = discover(project.resolve("src/pages/home.tsx"), loose.resolve("script.js"));
    assertEquals(List.of("script.js", "src/pages/home.tsx"), candidates(found));
    Discovered home = found.get(1);
    assertEquals(project, home.root());
    assertEquals(project.resolve("src/pages/home.tsx"), home.path());
    assertEquals(loose, found.get(0).root());
  }

  @Test
  void reportsAFileNamedTwiceOnce() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "package.json");
    write(root, "src/a.ts");

    assertEquals(List.of("src/a.ts"), candidates(discover(root, root.resolve("src/a.ts"), root.resolve("src/a.ts"))));
  }

  @Test
  void reportsANamedFileThatIsNotSource() throws IOException {
    Path root = tmp.resolve("app");
    write(root, "package.json");

    List<Discovered> found = discover(root.resolve("package.json"));
    assertEquals(Map.of("package.json", "not a JavaScript, TypeScript or Vue source file"), skipped(found));
  }

  @Test
  void failsForATargetThatDoesNotExist() {
    assertThrows(NoSuchFileException.class, () -> discover(tmp.resolve("missing")));
  }

  private static List<Discovered> discover(Path... targets) throws IOException {
    return new FileDiscovery(DiscoveryOptions.defaults()).discover(List.of(targets));
  }

  private static List<String> candidates(List<Discovered> found) {
    return found.stream()
        .filter(d -> d instanceof Discovered.Candidate)
        .map(Discovered::relativePath)
        .toList();
  }

  private static Map<String, String> skipped(List<Discovered> found) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (Discovered d : found) {
      if (d instanceof Discovered.Skipped s) {
        reasons.put(s.relativePath(), s.reason());
      }
    }
    return reasons;
  }

  private static void write(Path root, String relative) throws IOException {
    write(root, relative, "// " + relative + "\n");
  }

  private static void write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
