package dev.remold.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Writes JSON text from plain values: {@link Map} (keys in iteration order), {@link List}, {@link String},
 * {@link Number}, {@link Boolean} and null. The one way remold writes JSON.
 */
public final class Json {
  private Json() {}

  /** Returns the value as JSON, indented by two spaces, ending in a newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, 0);
    return out.append('\n').toString();
  }

  private static void append(StringBuilder out, Object value, int depth) {
    switch (value) {
      case null -> out.append("null");
      case String s -> string(out, s);
      case Boolean b -> out.append(b);
      case Integer i -> out.append(i);
      case Long l -> out.append(l);
      case Number n -> throw new IllegalArgumentException("only whole numbers are written, not " + n.getClass().getSimpleName());
      case Map<?, ?> m -> object(out, m, depth);
      case List<?> l -> array(out, l, depth);
      default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.size() > 1 && !(map instanceof SequencedMap || map instanceof EnumMap)) {
      // Map.of and HashMap iterate in an order that changes from run to run; output must not.
      throw new IllegalArgumentException("a JSON object of several keys needs an ordered map, not " + map.getClass().getName());
    }
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys are strings, not " + e.getKey());
      }
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(out, depth + 1);
      string(out, key);
      out.append(": ");
      append(out, e.getValue(), depth + 1);
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(out, depth + 1);
      append(out, item, depth + 1);
    }
    out.append('\n');
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.repeat("  ", depth);
  }

  /** Writes a string literal; control characters, lone surrogates and the JavaScript line separators are escaped. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (pairedHigh) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
            // A lone surrogate cannot be written as UTF-8; as an escape the text stays valid.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
