package dev.remold.report;

/** Colours a unified diff for a terminal with ANSI escapes: file headers bold, hunk headers cyan, removals red, additions green. */
public final class DiffColors {
  static final String BOLD = "\u001b[1m";
  static final String RED = "\u001b[31m";
  static final String GREEN = "\u001b[32m";
  static final String CYAN = "\u001b[36m";
  static final String YELLOW = "\u001b[33m";
  static final String BOLD_BLUE = "\u001b[1;34m";
  static final String RESET = "\u001b[m";

  private DiffColors() {}

  /** Returns a line of text about a hunk (its rules) in yellow, as the interactive review shows it. */
  public static String note(String text) {
    return YELLOW + text + RESET;
  }

  /** Returns a question to the reader in bold blue, as git's interactive prompts are. */
  public static String prompt(String text) {
    return BOLD_BLUE + text + RESET;
  }

  /** Returns the diff with each line coloured by its role; the text between the escapes is unchanged. */
  public static String colorize(String diff) {
    StringBuilder out = new StringBuilder(diff.length() + diff.length() / 4);
    boolean inHeader = false;
    for (String line : Lines.of(diff)) {
      // Inside a hunk a "--- x" line is a removed "-- x"; only the lines between "diff --git" and the first
      // "@@" are file headers.
      String color;
      if (line.startsWith("diff --git ")) {
        inHeader = true;
        color = BOLD;
      } else if (line.startsWith("@@")) {
        inHeader = false;
        color = CYAN;
      } else if (inHeader) {
        color = BOLD;
      } else if (line.startsWith("+")) {
        color = GREEN;
      } else if (line.startsWith("-")) {
        color = RED;
      } else {
        color = "";
      }
      if (color.isEmpty()) {
        out.append(line);
        continue;
      }
      int end = line.length();
      while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
        end--;
      }
      out.append(color).append(line, 0, end).append(RESET).append(line, end, line.length());
    }
    return out.toString();
  }
}
