package dev.remold.report;

/** Markdown text that reads the same in a terminal and on GitHub. */
final class Md {
  private Md() {}

  /**
   * Returns plain text with the characters Markdown would act on escaped; text between a pair of backticks stays
   * a code span. The pipe is escaped everywhere, so the text fits in a table cell.
   */
  static String text(String s) {
    long ticks = s.chars().filter(c -> c == '`').count();
    boolean spans = ticks % 2 == 0;
    StringBuilder out = new StringBuilder();
    boolean inCode = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '`' && spans) {
        inCode = !inCode;
        out.append(c);
      } else if (c == '|') {
        out.append("\\|");
      } else if (c == '\n' || c == '\r') {
        out.append(' ');
      } else if (inCode) {
        out.append(c);
      } else if ("\\`*[]<~".indexOf(c) >= 0 || (c == '_' && !(wordAt(s, i - 1) && wordAt(s, i + 1)))) {
        // A '_' inside a word (aws_user_pools_id) is no emphasis on GitHub and stays readable as is; '#' and '>'
        // act only at the start of a line, where this text never stands.
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean wordAt(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }

  /** Returns an inline code span holding the text as is. */
  static String code(String s) {
    String fence = s.contains("`") ? "``" : "`";
    String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return fence + pad + s.replace("|", "\\|").replace('\n', ' ') + pad + fence;
  }
}
