package dev.remold.engine;

import java.util.regex.Pattern;

/**
 * An {@code --include} / {@code --exclude} glob: without a slash it matches the file name, with one it matches the
 * whole relative path.
 *
 * <p>Supported syntax: {@code *} (within one folder), {@code **} (across folders; {@code **}{@code /} may match no
 * folder at all), {@code ?}, {@code [abc]} / {@code [!abc]} / {@code [a-z]}, {@code {a,b}} and {@code \} to escape.
 * Java's own {@code glob:} matcher is not used because its {@code **}{@code /} needs at least one folder, so
 * {@code src/**}{@code /*.ts} would miss {@code src/a.ts}.
 */
record Glob(String text, Pattern pattern, boolean matchesPath) {

  /** Compiles a glob, throwing {@link IllegalArgumentException} with a readable message when it is malformed. */
  static Glob compile(String glob) {
    if (glob.isBlank()) {
      throw new IllegalArgumentException("empty glob");
    }
    String body = glob;
    // The relative path never starts with "./" or "/", so a glob written that way means "from the root".
    while (body.startsWith("./")) {
      body = body.substring(2);
    }
    if (body.startsWith("/")) {
      body = body.substring(1);
    }
    // "legacy/" reads as "everything in legacy".
    if (body.endsWith("/")) {
      body = body + "**";
    }
    boolean matchesPath = body.indexOf('/') >= 0;
    return new Glob(glob, Pattern.compile(toRegex(glob, body)), matchesPath);
  }

  /** Tells whether the file at this relative path (forward slashes) matches. */
  boolean matches(String relativePath) {
    String subject = matchesPath ? relativePath : relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return pattern.matcher(subject).matches();
  }

  private static String toRegex(String original, String glob) {
    StringBuilder regex = new StringBuilder();
    int braces = 0;
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          int stars = 1;
          while (i + stars < glob.length() && glob.charAt(i + stars) == '*') {
            stars++;
          }
          boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
          boolean beforeSlash = i + stars < glob.length() && glob.charAt(i + stars) == '/';
          if (stars >= 2 && atSegmentStart && beforeSlash) {
            regex.append("(?:.*/)?");
            i += stars + 1;
            continue;
          }
          regex.append(stars >= 2 ? ".*" : "[^/]*");
          i += stars;
          continue;
        }
        case '?' -> regex.append("[^/]");
        case '[' -> {
          i = appendClass(original, glob, i, regex);
          continue;
        }
        case '{' -> {
          braces++;
          regex.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            regex.append("\\}");
          } else {
            braces--;
            regex.append(')');
          }
        }
        case ',' -> regex.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 == glob.length()) {
            throw new IllegalArgumentException("glob '" + original + "' ends with a lone backslash");
          }
          i++;
          appendLiteral(glob.charAt(i), regex);
        }
        default -> appendLiteral(c, regex);
      }
      i++;
    }
    if (braces > 0) {
      throw new IllegalArgumentException("glob '" + original + "' has a '{' without its '}'");
    }
    return regex.toString();
  }

  /** Appends a bracket expression starting at {@code start} and returns the index just after its ']'. */
  private static int appendClass(String original, String glob, int start, StringBuilder regex) {
    int i = start + 1;
    StringBuilder cls = new StringBuilder("[");
    if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
      // A negated class must still stay inside one folder name.
      cls.append("^/");
      i++;
    }
    boolean first = true;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == ']' && !first) {
        regex.append(cls).append(']');
        return i + 1;
      }
      if (c == '-' && !first && i + 1 < glob.length() && glob.charAt(i + 1) != ']') {
        cls.append('-');
      } else {
        appendLiteral(c, cls);
      }
      first = false;
      i++;
    }
    throw new IllegalArgumentException("glob '" + original + "' has a '[' without its ']'");
  }

  /** Appends one literal char; ASCII punctuation is escaped, non-ASCII is kept as is so surrogate pairs stay whole. */
  private static void appendLiteral(char c, StringBuilder regex) {
    if (c < 128 && !Character.isLetterOrDigit(c) && c != '/') {
      regex.append('\\');
    }
    regex.append(c);
  }
}
