package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.rules.RuleLoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over the golden inputs: tokens deleted, brackets swapped, unicode and
 * stray quotes inserted. Whatever the input, a run returns a result per file (no exception
 * escapes), no output has more syntax errors than its input, and files left alone are untouched.
 */
class MutationFuzzTest {
  private static final int ROUNDS = 300;
  private static final String[] INSERTS = {"😀", "你好", "\u200B", "'", "\"", "`", "/*", "*/", "{", "}", "(", ")", "\n", "\r\n", "\\"};

  @TempDir
  Path tmp;

  @Test
  void mutatedInputsNeverCrashOrCorrupt() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("testdata/before"))) {
      s.filter(p -> Language.forFileName(p.getFileName().toString()).isPresent()).sorted().forEach(sources::add);
    }
    RuleLoadResult rules = GoldenPairsTest.builtinRules();
    Engine engine = new Engine(rules.packs(), new EngineOptions(DiscoveryOptions.defaults(), /* force= */ true, 2));
    Random rnd = new Random(20261125);
    int changed = 0;
    try (Parser parser = new Parser()) {
      for (int round = 0; round < ROUNDS; round++) {
        Path source = sources.get(rnd.nextInt(sources.size()));
        String text = mutate(Files.readString(source), rnd);
        Path dir = tmp.resolve("r" + round);
        Files.createDirectories(dir);
        Path file = dir.resolve(source.getFileName());
        Files.writeString(file, text);
        List<FileResult> results = engine.run(List.of(dir)).results();
        assertEquals(1, results.size(), "one result for " + file);
        FileResult r = results.getFirst();
        assertFalse(r instanceof FileResult.Failed f && f.reason().startsWith("internal error"),
            "round " + round + ": " + r);
        if (r instanceof FileResult.Changed c) {
          changed++;
          Language lang = Language.forFileName(file.getFileName().toString()).orElseThrow();
          int before = parser.parse(new SourceFile("in", c.before(), lang)).errors().size();
          int after = parser.parse(new SourceFile("out", c.after(), lang)).errors().size();
          assertTrue(after <= before, "round " + round + " (" + source + "): output has more syntax errors");
        }
        assertEquals(text, Files.readString(file), "a run without apply never writes");
      }
    }
    assertTrue(changed > ROUNDS / 10, "the mutations should still leave many files rewritable, got " + changed);
  }

  private static String mutate(String text, Random rnd) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + rnd.nextInt(4);
    for (int i = 0; i < edits && sb.length() > 2; i++) {
      int at = rnd.nextInt(sb.length());
      // Never split an emoji's surrogate pair: the file must stay encodable as UTF-8.
      if (Character.isLowSurrogate(sb.charAt(at))) {
        at--;
      }
      switch (rnd.nextInt(4)) {
        case 0 -> {
          int end = Math.min(sb.length(), at + 1 + rnd.nextInt(8));
          if (end < sb.length() && Character.isLowSurrogate(sb.charAt(end))) {
            end++;
          }
          sb.delete(at, end);
        }
        case 1 -> sb.insert(at, INSERTS[rnd.nextInt(INSERTS.length)]);
        case 2 -> {
          int open = sb.indexOf("(", at);
          int close = sb.indexOf(")", at);
          if (open >= 0 && close >= 0) {
            sb.setCharAt(open, ')');
            sb.setCharAt(close, '(');
          }
        }
        default -> {
          // Keep the surrogate pairs of emoji whole: swapping halves would make text that is not valid UTF-16.
          int a = rnd.nextInt(sb.length());
          if (!Character.isSurrogate(sb.charAt(at)) && !Character.isSurrogate(sb.charAt(a))) {
            char c = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(a));
            sb.setCharAt(a, c);
          }
        }
      }
    }
    return sb.toString();
  }
}
