package dev.remold.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fix template: code with {@code $X} and {@code $$$X} placeholders; {@code \$} writes a dollar.
 *
 * <p>Rendering re-indents: the template's own later lines get the indentation of the line where
 * the match starts, and a multi-line value keeps its shape relative to the line it lands on.
 * An object key followed by a value that is the same identifier is written as a shorthand
 * property: {@code { username: $U }} with {@code $U = username} gives {@code { username }}.
 */
public final class Template {
  /** {@code \$}, or a placeholder: {@code $X}, {@code $$$X}, or {@code ${X}} where code follows right after it. */
  private static final Pattern VAR =
      Pattern.compile("\\\\\\$|\\$\\{([A-Z_][A-Z0-9_]*)}|\\$(?:\\$\\$)?([A-Z_][A-Z0-9_]*)(?![\\w$])");

  private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*$");
  private static final Pattern KEY_BEFORE_VALUE = Pattern.compile("([{,]\\s*)([A-Za-z_$][\\w$]*):\\s*$");

  private static final Pattern SINGLE_QUOTED = Pattern.compile("'([^'\"\\\\\\n]*)'");

  private final String source;
  private final List<Object> parts;
  private final Template doubleQuoted;

  private Template(String source, List<Object> parts, Template doubleQuoted) {
    this.source = source;
    this.parts = parts;
    this.doubleQuoted = doubleQuoted;
  }

  private record Var(String name) {}

  /** Returns the template for a fix text; trailing newlines (from YAML block scalars) are dropped. */
  public static Template parse(String fix) {
    String text = fix.replaceAll("[\\r\\n]+$", "");
    // Rules are written with single quotes; files that use double quotes get their own style.
    String doubled = SINGLE_QUOTED.matcher(text).replaceAll("\"$1\"");
    return new Template(text, partsOf(text), doubled.equals(text) ? null : new Template(doubled, partsOf(doubled), null));
  }

  private static List<Object> partsOf(String text) {
    List<Object> parts = new ArrayList<>();
    Matcher m = VAR.matcher(text);
    int at = 0;
    StringBuilder lit = new StringBuilder();
    while (m.find()) {
      lit.append(text, at, m.start());
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      if (name == null) {
        lit.append('$');
      } else {
        if (!lit.isEmpty()) {
          parts.add(lit.toString());
          lit.setLength(0);
        }
        parts.add(new Var(name));
      }
      at = m.end();
    }
    lit.append(text, at, text.length());
    if (!lit.isEmpty()) {
      parts.add(lit.toString());
    }
    return List.copyOf(parts);
  }

  /**
   * Returns this template with identifiers in its own code renamed (captured values are not touched);
   * object keys ({@code signIn:}) and member names ({@code .signIn}) keep their names.
   */
  public Template withIdentifiers(Map<String, String> renames) {
    String text = source;
    for (Map.Entry<String, String> r : renames.entrySet()) {
      if (!r.getKey().equals(r.getValue())) {
        text = Pattern.compile("(?<![\\w$.])" + Pattern.quote(r.getKey()) + "(?![\\w$])(?!\\s*:)")
            .matcher(text).replaceAll(Matcher.quoteReplacement(r.getValue()));
      }
    }
    return text.equals(source) ? this : parse(text);
  }

  /** Returns the names of the variables the template uses. */
  public Set<String> variables() {
    Set<String> names = new TreeSet<>();
    for (Object p : parts) {
      if (p instanceof Var v) {
        names.add(v.name());
      }
    }
    return names;
  }

  /**
   * A value for a placeholder: its text, the indentation of the line it came from, and where a
   * trailing {@code //} comment starts in the text (-1 when it has none).
   */
  public record Value(String text, String originIndent, int lineCommentAt) {
    /** Returns a value that was not cut from the source (computed, no indentation of its own). */
    public static Value computed(String text) {
      return new Value(text, "", -1);
    }

    /** Returns the text to put where more code follows on the same line: a trailing // comment becomes a block comment. */
    String inlineText() {
      String comment = text.substring(lineCommentAt + 2).stripTrailing();
      if (comment.contains("*/")) {
        return null;
      }
      return text.substring(0, lineCommentAt) + "/*" + comment + " */";
    }
  }

  /**
   * Returns the rendered text.
   *
   * @param indent the indentation of the line where the replaced code starts
   * @param newline the file's line ending, used for the template's own line breaks
   * @param quote the file's quote character: with {@code "} the template's single-quoted strings are written double-quoted
   */
  public String render(Map<String, Value> values, String indent, String newline, char quote) {
    return render(values, indent, newline, quote, TEMPLATE_UNIT);
  }

  /** The indentation step fix templates are written with. */
  private static final String TEMPLATE_UNIT = "  ";

  /**
   * Returns the rendered text, the template's own indentation (written in steps of two spaces) converted to the
   * file's step {@code unit} (four spaces, a tab …), so a rewritten block looks like the code around it.
   */
  public String render(Map<String, Value> values, String indent, String newline, char quote, String unit) {
    if (quote == '"' && doubleQuoted != null) {
      return doubleQuoted.render(values, indent, newline, '\'', unit);
    }
    StringBuilder out = new StringBuilder();
    boolean dropLeadingComma = false;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof String lit) {
        if (dropLeadingComma) {
          lit = lit.replaceFirst("^,\\s*", "");
          dropLeadingComma = false;
        }
        appendLines(out, unit.equals(TEMPLATE_UNIT) ? lit : reindent(lit, unit), indent, newline, "", /* continued= */ i + 1 < parts.size());
        continue;
      }
      Var v = (Var) parts.get(i);
      Value value = values.get(v.name());
      if (value == null) {
        throw new IllegalArgumentException("no value for $" + v.name());
      }
      String text = value.text();
      if (value.lineCommentAt() >= 0 && codeFollowsOnLine(i)) {
        // `u // note` followed by more code on the line would comment that code out.
        text = value.inlineText();
        if (text == null) {
          throw new IllegalArgumentException("$" + v.name() + " ends with a // comment that cannot be inlined");
        }
      }
      java.util.regex.Matcher blankLine = BLANK_LINE_END.matcher(out);
      if (text.isEmpty() && blankLine.find() && lineBreakFollows(i)) {
        // An empty list alone on its line takes the line with it: no blank, indented line is left.
        out.setLength(blankLine.start());
        continue;
      }
      if (text.isEmpty()) {
        // An empty list leaves no dangling comma: `f(a, $$$REST)` with nothing in REST is `f(a)`.
        java.util.regex.Matcher comma = TRAILING_COMMA.matcher(out);
        if (comma.find()) {
          out.setLength(comma.start());
        } else {
          dropLeadingComma = true;
        }
        continue;
      }
      dropRedundantKey(out, text);
      appendLines(out, text, currentIndent(out, indent), null, value.originIndent(), /* continued= */ false);
    }
    return out.toString();
  }

  /**
   * Appends text line by line; later lines lose {@code stripIndent} and gain {@code indent}.
   * A null newline keeps the text's own line endings (captured code: CRLF stays CRLF).
   */
  private static void appendLines(StringBuilder out, String text, String indent, String newline, String stripIndent,
      boolean continued) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (newline != null && line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (i > 0) {
        out.append(newline == null ? "\n" : newline);
        line = line.startsWith(stripIndent) ? line.substring(stripIndent.length()) : line.stripLeading();
        // A blank line stays blank, unless it is where a placeholder's value continues the line.
        if (!line.isBlank() || (continued && i == lines.length - 1)) {
          out.append(indent);
        }
      }
      out.append(line);
    }
  }

  /** Returns a literal whose later lines have their leading two-space steps written as {@code unit} steps. */
  private static String reindent(String lit, String unit) {
    String[] lines = lit.split("\n", -1);
    StringBuilder out = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      int spaces = 0;
      while (spaces < lines[i].length() && lines[i].charAt(spaces) == ' ') {
        spaces++;
      }
      out.append('\n').append(unit.repeat(spaces / TEMPLATE_UNIT.length())).append(" ".repeat(spaces % TEMPLATE_UNIT.length()))
          .append(lines[i].substring(spaces));
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern BLANK_LINE_END = java.util.regex.Pattern.compile("\\n[ \\t]*$");

  /** Returns whether the template's next part starts a new line (the placeholder ends its line). */
  private boolean lineBreakFollows(int varIndex) {
    return varIndex + 1 < parts.size() && parts.get(varIndex + 1) instanceof String lit
        && (lit.startsWith("\n") || lit.startsWith("\r\n"));
  }

  /** Returns whether template code follows a placeholder on the same line. */
  private boolean codeFollowsOnLine(int varIndex) {
    if (varIndex + 1 >= parts.size() || !(parts.get(varIndex + 1) instanceof String lit)) {
      return varIndex + 1 < parts.size();
    }
    String rest = lit.replace(" ", "").replace("\t", "");
    return !rest.startsWith("\n") && !rest.startsWith("\r\n");
  }

  /** `{ username: $U }` with $U = `username` renders as the shorthand `{ username }`. */
  private static void dropRedundantKey(StringBuilder out, String value) {
    java.util.regex.Matcher m = KEY_BEFORE_VALUE.matcher(out);
    if (m.find() && m.group(2).equals(value)) {
      out.setLength(m.start(2));
    }
  }

  /** Returns the indentation of the last line of the text built so far. */
  private static String currentIndent(StringBuilder out, String matchLineIndent) {
    int newline = out.lastIndexOf("\n");
    if (newline < 0) {
      // Still on the first line: it continues the file's line where the match starts, not column 0.
      return matchLineIndent;
    }
    int lineStart = newline + 1;
    int i = lineStart;
    while (i < out.length() && (out.charAt(i) == ' ' || out.charAt(i) == '\t')) {
      i++;
    }
    return out.substring(lineStart, i);
  }

  @Override
  public String toString() {
    return source;
  }
}
