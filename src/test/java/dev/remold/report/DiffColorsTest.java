package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiffColorsTest {
  @Test
  void coloursEachLineByItsRoleAndKeepsTheText() {
    String diff = UnifiedDiff.of("a.js", "-- x\nkeep\nold\r\n", "keep\nnew\r\n");
    String colored = DiffColors.colorize(diff);
    String b = DiffColors.BOLD;
    String r = DiffColors.RESET;
    assertEquals(b + "diff --git a/a.js b/a.js" + r + "\n"
        + b + "--- a/a.js" + r + "\n"
        + b + "+++ b/a.js" + r + "\n"
        + DiffColors.CYAN + "@@ -1,3 +1,2 @@" + r + "\n"
        // A removed line that reads "--- x" is a removal, not a file header.
        + DiffColors.RED + "--- x" + r + "\n"
        + " keep\n"
        + DiffColors.RED + "-old" + r + "\r\n"
        + DiffColors.GREEN + "+new" + r + "\r\n", colored);
    assertEquals(diff, colored.replaceAll("\u001b\\[[0-9;]*m", ""));
  }
}
