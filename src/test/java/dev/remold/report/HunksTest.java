package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.remold.rules.Finding;
import dev.remold.rules.Safety;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hunks: the same cut as the unified diff, sites attributed by their original line, any subset applied exactly. */
class HunksTest {
  /** Twenty numbered lines with a terminator of choice. */
  private static String lines(String eol) {
    return IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i + eol).collect(Collectors.joining());
  }

  private static String replaceLine(String text, String eol, int line, String with) {
    return text.replace("line " + line + eol, with + eol);
  }

  @Test
  void hunksAreTheDiffsHunks() {
    String before = lines("\n");
    String after = replaceLine(replaceLine(before, "\n", 2, "two"), "\n", 15, "fifteen");
    List<Hunk> hunks = Hunks.of(before, after, List.of());
    assertEquals(2, hunks.size());
    String diff = UnifiedDiff.of("a.js", before, after);
    assertEquals(diff, UnifiedDiff.header("a.js") + hunks.get(0).text() + hunks.get(1).text());
    assertEquals(0, hunks.get(0).oldFrom());
    assertEquals(5, hunks.get(0).oldTo(), "line 2 and three lines of context after it");
    assertEquals(11, hunks.get(1).oldFrom());
    assertEquals(18, hunks.get(1).oldTo());
  }

  @Test
  void anySubsetAppliesExactlyWithCrlfAndNoFinalNewline() {
    String eol = "\r\n";
    String before = lines(eol);
    before = before.substring(0, before.length() - 2); // no final newline
    String after = replaceLine(before, eol, 1, "first");
    after = after.replace("line 9" + eol, "line 9" + eol + "inserted" + eol + "inserted too" + eol);
    after = after.substring(0, after.lastIndexOf("line 20")) + "twenty"; // the unterminated last line changes
    List<Hunk> hunks = Hunks.of(before, after, List.of());
    assertEquals(3, hunks.size());
    assertEquals(before, Hunks.apply(before, List.of()));
    assertEquals(after, Hunks.apply(before, hunks));
    String firstOnly = Hunks.apply(before, List.of(hunks.get(0)));
    assertEquals(before.replace("line 1" + eol + "line 2", "first" + eol + "line 2"), firstOnly);
    String lastOnly = Hunks.apply(before, List.of(hunks.get(2)));
    assertEquals(before.substring(0, before.lastIndexOf("line 20")) + "twenty", lastOnly);
    String middleOnly = Hunks.apply(before, List.of(hunks.get(1)));
    assertEquals(before.replace("line 9" + eol, "line 9" + eol + "inserted" + eol + "inserted too" + eol), middleOnly);
    // The order the hunks are given in does not matter.
    assertEquals(Hunks.apply(before, List.of(hunks.get(0), hunks.get(2))), Hunks.apply(before, List.of(hunks.get(2), hunks.get(0))));
  }

  @Test
  void aTrailingNewlineAddedOrRemovedIsKept() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj";
    String after = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    List<Hunk> hunks = Hunks.of(before, after, List.of());
    assertEquals(2, hunks.size());
    assertEquals("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n", Hunks.apply(before, List.of(hunks.get(1))));
    assertEquals("A\nb\nc\nd\ne\nf\ng\nh\ni\nj", Hunks.apply(before, List.of(hunks.get(0))));
  }

  @Test
  void randomSubsetsMatchLineByLineExpectations() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<String> old = new ArrayList<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        old.add("l" + i + (random.nextInt(5) == 0 ? "\r\n" : "\n"));
      }
      if (random.nextBoolean()) {
        old.set(n - 1, old.get(n - 1).strip());
      }
      List<String> edited = new ArrayList<>(old);
      for (int i = edited.size() - 1; i >= 0; i--) {
        switch (random.nextInt(8)) {
          case 0 -> edited.set(i, "changed " + edited.get(i));
          case 1 -> edited.remove(i);
          case 2 -> edited.add(i, "new\n");
          default -> { }
        }
      }
      String before = String.join("", old);
      String after = String.join("", edited);
      List<Hunk> hunks = Hunks.of(before, after, List.of());
      assertEquals(after, Hunks.apply(before, hunks), "round " + round);
      assertEquals(before, Hunks.apply(before, List.of()), "round " + round);
      // Applying a subset and then the rest (as a fresh diff) ends at the same text.
      List<Hunk> some = new ArrayList<>();
      hunks.forEach(h -> {
        if (random.nextBoolean()) {
          some.add(h);
        }
      });
      String partial = Hunks.apply(before, some);
      List<Hunk> rest = Hunks.of(partial, after, List.of());
      assertEquals(after, Hunks.apply(partial, rest), "round " + round);
    }
  }

  @Test
  void sitesGoToTheHunkThatSpansTheirOriginalLine() {
    String before = lines("\n");
    String after = replaceLine(replaceLine(before, "\n", 2, "two"), "\n", 15, "fifteen");
    Finding near = new Finding("rule-a", Safety.SAFE, 2, "");
    Finding inContext = new Finding("rule-b", Safety.REVIEW, 13, "check it");
    Finding nowhere = new Finding("rule-c", Safety.MANUAL, 9, "by hand");
    List<Hunk> hunks = Hunks.of(before, after, List.of(inContext, nowhere, near));
    assertEquals(List.of(near), hunks.get(0).sites());
    assertEquals(List.of(inContext), hunks.get(1).sites());
    assertEquals("rule-a (SAFE, line 2)", Hunks.describe(hunks.get(0), List.of(near, inContext, nowhere)));
    assertEquals("rule-b (REVIEW, line 13)", Hunks.describe(hunks.get(1), List.of(near, inContext, nowhere)));
  }

  @Test
  void describeGroupsLinesPerRuleAndNamesTheRulesAnImportHunkGoesWith() {
    String before = lines("\n");
    String after = replaceLine(replaceLine(replaceLine(before, "\n", 1, "import x"), "\n", 14, "fourteen"), "\n", 16, "sixteen");
    List<Finding> sites = List.of(new Finding("code-rule", Safety.SAFE, 14, ""), new Finding("code-rule", Safety.SAFE, 16, ""),
        new Finding("note-rule", Safety.SAFE_NOTE, 16, "note"));
    List<Hunk> hunks = Hunks.of(before, after, sites);
    assertEquals("no rule match starts here; it goes with this file's other changes (code-rule, note-rule)",
        Hunks.describe(hunks.get(0), sites));
    assertEquals("code-rule (SAFE, lines 14, 16); note-rule (SAFE+NOTE, line 16)", Hunks.describe(hunks.get(1), sites));
    assertEquals("no rule match starts here", Hunks.describe(hunks.get(0), List.of()));
  }

  @Test
  void hunksOfAnotherTextAreRefused() {
    List<Hunk> hunks = Hunks.of(lines("\n"), lines("\n").replace("line 20", "end"), List.of());
    assertThrows(IllegalArgumentException.class, () -> Hunks.apply("short\n", hunks));
  }
}
