package dev.remold.match;

import dev.remold.parse.Node;
import java.util.Set;
import java.util.regex.Pattern;

/** Matches nodes whose text contains a match of a regular expression. */
public record RegexMatcher(Pattern regex) implements Matcher {
  @Override
  public Bindings match(Node node, Bindings bindings) {
    return regex.matcher(node.source()).region(node.start(), node.end()).find() ? bindings : null;
  }

  @Override
  public Set<String> textWithin() {
    return requiredText();
  }

  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("(?:\\?:)?([A-Za-z0-9_ |@/-]+)");

  @Override
  public Set<String> requiredText() {
    // What a regex must find is text the file must contain: `^aws_[a-z]+$` needs "aws_". Of the literals and the
    // groups of plain alternatives it must match, the most selective (longest shortest option) serves.
    String source = regex.pattern();
    // Flags (also inline, `(?i)`) change what a literal matches, and escapes such as \p{Alpha}, \x41 or \k<name> are
    // followed by letters that are not text: then nothing is known.
    if (regex.flags() != 0 || hasTopLevelAlternation(source) || INLINE_FLAGS.matcher(source).find()
        || UNREAD_ESCAPE.matcher(source).find()) {
      return null;
    }
    Set<String> best = null;
    String literal = longestMandatoryLiteral(source);
    if (literal.length() >= 3) {
      best = Set.of(literal);
    }
    for (Set<String> options : mandatoryAlternatives(source)) {
      if (shortest(options) >= 3 && (best == null || shortest(options) > shortest(best))) {
        best = options;
      }
    }
    return best;
  }

  private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]");
  private static final Pattern UNREAD_ESCAPE = Pattern.compile("\\\\[pPxuUkcNQE0-9]");

  private static int shortest(Set<String> options) {
    return options.stream().mapToInt(String::length).min().orElse(0);
  }

  /** Returns the top-level groups of plain alternatives ({@code (getStaticProps|getServerSideProps)}) that are not optional. */
  private static java.util.List<Set<String>> mandatoryAlternatives(String source) {
    java.util.List<Set<String>> out = new java.util.ArrayList<>();
    int depth = 0;
    int open = -1;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(source, i);
      } else if (c == '(') {
        if (depth++ == 0) {
          open = i;
        }
      } else if (c == ')' && --depth == 0) {
        char next = i + 1 < source.length() ? source.charAt(i + 1) : ' ';
        java.util.regex.Matcher words = WORDS.matcher(source.substring(open + 1, i));
        if (next != '?' && next != '*' && next != '{' && words.matches()) {
          // An empty alternative (`(a|)`) matches anything: then the group requires nothing (its shortest is "").
          out.add(Set.copyOf(java.util.Arrays.asList(words.group(1).split("\\|", -1))));
        }
      }
    }
    return out;
  }

  /** Returns the longest run of plain characters outside groups and classes that every match contains. */
  private static String longestMandatoryLiteral(String source) {
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      boolean plain = depth == 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '@' || c == '/');
      boolean escapedDot = depth == 0 && c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '.';
      if (plain || escapedDot) {
        run.append(escapedDot ? '.' : c);
        i += escapedDot ? 1 : 0;
        continue;
      }
      // A quantifier makes the character before it optional (or repeated): it leaves the run.
      if ((c == '?' || c == '*' || c == '{') && !run.isEmpty()) {
        run.setLength(run.length() - 1);
      }
      if (run.length() > best.length()) {
        best = run.toString();
      }
      run.setLength(0);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(source, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  private static boolean hasTopLevelAlternation(String source) {
    int depth = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(source, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where the character class opening at {@code open} closes: its brackets and parentheses are characters,
   * not groups ({@code [)]}), a {@code ]} right after {@code [} or {@code [^} is one too, and classes nest ({@code [a&&[^b]]}).
   * An unclosed class runs to the end.
   */
  private static int classEnd(String source, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
        // A ] first in a class (after an optional ^) stands for itself.
        int first = i + 1 < source.length() && source.charAt(i + 1) == '^' ? i + 2 : i + 1;
        if (first < source.length() && source.charAt(first) == ']') {
          i = first;
        }
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return source.length();
  }
}
