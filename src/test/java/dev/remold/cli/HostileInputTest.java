package dev.remold.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever comes in, a run completes with a clear message, and every file that was not correctly
 * rewritten stays byte-identical on disk after `apply`.
 */
class HostileInputTest {
  @TempDir
  Path tmp;

  private Path project() throws IOException {
    Path dir = tmp.resolve("app");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("package.json"), "{\"dependencies\":{\"aws-amplify\":\"^5.3.0\"}}");
    return dir;
  }

  private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
    Map<Path, byte[]> out = new HashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static void assertNoStackTrace(CliRun run) {
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack traces: " + run.err());
  }

  @Test
  void otherEncodingsBinariesAndHugeFilesAreSkippedAndLeftAsTheyAre() throws IOException {
    Path dir = project();
    String amplify = "import { Auth } from 'aws-amplify';\nAuth.signOut();\n";
    byte[] utf16 = ("\uFEFF" + amplify).getBytes(StandardCharsets.UTF_16BE);
    Files.write(dir.resolve("src/utf16.js"), utf16);
    Files.write(dir.resolve("src/latin1.js"), (amplify + "const e = 'caf\u00e9';\n").getBytes(StandardCharsets.ISO_8859_1));
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Files.write(dir.resolve("src/random.ts"), binary);
    // A 10 MB minified bundle: one line, with Amplify calls in it.
    StringBuilder bundle = new StringBuilder(amplify.replace("\n", ""));
    while (bundle.length() < 10_000_000) {
      bundle.append("var a").append(bundle.length()).append("=function(b){return b&&Auth.signOut()};");
    }
    Files.writeString(dir.resolve("src/vendor.min.js"), bundle);
    Files.writeString(dir.resolve("src/ok.js"), amplify);
    Map<Path, byte[]> before = snapshot(dir);

    CliRun run = CliRun.of("apply", "--allow-dirty", dir.toString());
    assertNoStackTrace(run);
    assertTrue(run.err().contains("skipped src/utf16.js: UTF-16"), run.err());
    assertTrue(run.err().contains("skipped src/latin1.js: not UTF-8 text"), run.err());
    assertTrue(run.err().contains("skipped src/random.ts:"), run.err());
    assertTrue(run.err().contains("skipped src/vendor.min.js: larger than 1 MiB"), run.err());
    for (String untouched : new String[] {"src/utf16.js", "src/latin1.js", "src/random.ts", "src/vendor.min.js"}) {
      assertArrayEquals(before.get(dir.resolve(untouched)), Files.readAllBytes(dir.resolve(untouched)), untouched);
    }
    assertEquals("import { signOut } from 'aws-amplify/auth';\nsignOut();\n", Files.readString(dir.resolve("src/ok.js")));
  }

  @Test
  void symlinkLoopsAndLinksOutOfTheProjectAreSurvived() throws IOException {
    Path dir = project();
    Path outside = tmp.resolve("outside.js");
    Files.writeString(outside, "import { Auth } from 'aws-amplify';\nAuth.signOut();\n");
    Files.createSymbolicLink(dir.resolve("src/loop"), dir.resolve("src"));
    Files.createSymbolicLink(dir.resolve("src/escape.js"), outside);
    CliRun run = CliRun.of("apply", "--allow-dirty", dir.toString());
    assertNoStackTrace(run);
    assertTrue(run.err().contains("skipped src/escape.js: symlink leads outside the project"), run.err());
    assertEquals("import { Auth } from 'aws-amplify';\nAuth.signOut();\n", Files.readString(outside));
  }

  @Test
  void deeplyNestedCodeDoesNotOverflowTheStack() throws IOException {
    Path dir = project();
    String deep = "[".repeat(5000) + "Auth.signOut()" + "]".repeat(5000);
    String parens = "(".repeat(5000) + "1" + ")".repeat(5000);
    Files.writeString(dir.resolve("src/deep.js"),
        "import { Auth } from 'aws-amplify';\nexport const x = " + deep + ";\nexport const y = " + parens + ";\n");
    CliRun run = CliRun.of("diff", dir.toString());
    assertNoStackTrace(run);
    assertTrue(run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.FILES_FAILED, run.err());
    assertTrue(run.err().contains("src/deep.js") || run.out().contains("signOut()"), run.err());
  }

  @Test
  void aRuleFileThatCannotBeReadIsReportedNotThrown() throws IOException {
    Path pack = tmp.resolve("pack");
    Files.createDirectories(pack);
    Files.write(pack.resolve("bad.yaml"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'x', ':'});
    Files.writeString(pack.resolve("tabs.yaml"), "id: x\n\tdescription: tab indented\n");
    CliRun run = CliRun.of("rules", "--rules", pack.toString());
    assertEquals(ExitCode.RULE_ERRORS, run.exitCode());
    assertNoStackTrace(run);
    assertTrue(run.err().contains("bad.yaml") && run.err().contains("tabs.yaml"), run.err());
  }
}
