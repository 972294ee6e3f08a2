package dev.remold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/custom-rules.md cannot rot: its files are the example packs, and their test pairs pass. */
class CustomRulesGuideTest {
  private static final Path GUIDE = Path.of("docs/custom-rules.md");
  private static final Pattern SHOWN = Pattern.compile("<!-- file: (\\S+) -->\\n```\\w*\\n(.*?)```\\n", Pattern.DOTALL);

  @Test
  void everyFileTheGuideShowsIsTheFileInTheRepository() throws IOException {
    Matcher m = SHOWN.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
    int shown = 0;
    while (m.find()) {
      assertEquals(Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8), m.group(2), "the guide's copy of " + m.group(1));
      shown++;
    }
    assertTrue(shown >= 6, "expected the guide to show the example rules and pairs, found " + shown);
  }

  @Test
  void theExamplePacksPassTheirTests() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"test", "rules/examples"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, out + "\n" + err);
    assertEquals("PASS auth-service-js/tests/login-wrapper\nPASS auth-service-yaml/tests/login-wrapper\n", out.toString());
  }

  @Test
  void aFailingPairExitsWithOneAndShowsExpectedAgainstActual(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path pack = tmp.resolve("my-rules");
    assertEquals(0, Main.run(new String[] {"new", "rule", "my-rule", "--dir", pack.toString()}, new PrintWriter(out), new PrintWriter(err)));
    assertEquals(0, Main.run(new String[] {"test", pack.toString()}, new PrintWriter(out), new PrintWriter(err)), out + "\n" + err);
    Path after = pack.resolve("tests/my-rule/after/example.js");
    Files.writeString(after, Files.readString(after).replace("newApi(id)", "newApi(id, 1)"));
    StringWriter failed = new StringWriter();
    assertEquals(1, Main.run(new String[] {"test", pack.toString()}, new PrintWriter(failed), new PrintWriter(err)));
    assertTrue(failed.toString().contains("FAIL my-rules/tests/my-rule\n  example.js: the output differs from after/ (- expected, + actual):"),
        failed.toString());
    assertTrue(failed.toString().contains("-  return newApi(id, 1);\n  +  return newApi(id);"), failed.toString());
  }

  @Test
  void theJavaScriptScaffoldPassesToo(@org.junit.jupiter.api.io.TempDir Path tmp) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path pack = tmp.resolve("js-rules");
    assertEquals(0, Main.run(new String[] {"new", "rule", "my-js-rule", "--js", "--dir", pack.toString()}, new PrintWriter(out), new PrintWriter(err)));
    assertEquals(0, Main.run(new String[] {"test", pack.toString()}, new PrintWriter(out), new PrintWriter(err)), out + "\n" + err);
    assertEquals(2, Main.run(new String[] {"new", "rule", "my-js-rule", "--js", "--dir", pack.toString()}, new PrintWriter(out), new PrintWriter(err)),
        "a second scaffold of the same rule must refuse to overwrite");
  }
}
