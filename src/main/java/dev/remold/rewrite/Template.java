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
 */
public final class Template {
  private static final Pattern VAR = Pattern.compile("\\\\\\$|\\$(?:\\$\\$)?([A-Z_][A-Z0-9_]*)");

  private final String source;
  private final List<Object> parts;

  private Template(String source, List<Object> parts) {
    this.source = source;
    this.parts = parts;
  }

  private record Var(String name) {}

  /** Returns the template for a fix text; trailing newlines (from YAML block scalars) are dropped. */
  public static Template parse(String fix) {
    String text = fix.replaceAll("[\\r\\n]+$", "");
    List<Object> parts = new ArrayList<>();
    Matcher m = VAR.matcher(text);
    int at = 0;
    StringBuilder lit = new StringBuilder();
    while (m.find()) {
      lit.append(text, at, m.start());
      if (m.group(1) == null) {
        lit.append('$');
      } else {
        if (!lit.isEmpty()) {
          parts.add(lit.toString());
          lit.setLength(0);
        }
        parts.add(new Var(m.group(1)));
      }
      at = m.end();
    }
    lit.append(text, at, text.length());
    if (!lit.isEmpty()) {
      parts.add(lit.toString());
    }
    return new Template(text, List.copyOf(parts));
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

  /** A value for a placeholder: its text and the indentation of the line it came from. */
  public record Value(String text, String originIndent) {
    /** Returns a value that was not cut from the source (computed, no indentation of its own). */
    public static Value computed(String text) {
      return new Value(text, "");
    }
  }

  /**
   * Returns the rendered text.
   *
   * @param indent the indentation of the line where the replaced code starts
   * @param newline the file's line ending, used for the template's own line breaks
   */
  public String render(Map<String, Value> values, String indent, String newline) {
    StringBuilder out = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof String lit) {
        appendLines(out, lit, indent, newline, "");
      } else {
        Var v = (Var) p;
        Value value = values.get(v.name());
        if (value == null) {
          throw new IllegalArgumentException("no value for $" + v.name());
        }
        appendLines(out, value.text(), currentIndent(out, indent), null, value.originIndent());
      }
    }
    return out.toString();
  }

  /**
   * Appends text line by line; later lines lose {@code stripIndent} and gain {@code indent}.
   * A null newline keeps the text's own line endings (captured code: CRLF stays CRLF).
   */
  private static void appendLines(StringBuilder out, String text, String indent, String newline, String stripIndent) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (newline != null && line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (i > 0) {
        out.append(newline == null ? "\n" : newline);
        line = line.startsWith(stripIndent) ? line.substring(stripIndent.length()) : line.stripLeading();
        if (!line.isBlank()) {
          out.append(indent);
        }
      }
      out.append(line);
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
