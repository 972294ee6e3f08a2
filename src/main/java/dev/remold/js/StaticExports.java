package dev.remold.js;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule module's exports without running it, when they are plain literals: a rule then loads
 * without starting GraalJS, which starts only when the rule's match is first found in a file.
 */
final class StaticExports {
  private static final Set<String> TOP_LEVEL = Set.of("comment", "export_statement", "function_declaration",
      "lexical_declaration", "empty_statement");

  /** The exported literals as JSON ({@code meta}, {@code match}) and whether {@code transform} and {@code fix} are functions. */
  record Exports(Map<String, String> json, boolean transform, boolean fix) {}

  private StaticExports() {}

  /** Returns the exports of a module whose top level only declares, or empty when reading them needs running it. */
  static Optional<Exports> read(String source) {
    try (Parser parser = new Parser()) {
      SyntaxTree tree = parser.parse(new SourceFile("rule.js", source, Language.TSX));
      if (!tree.errors().isEmpty()) {
        return Optional.empty();
      }
      Map<String, String> json = new LinkedHashMap<>();
      boolean transform = false;
      boolean fix = false;
      for (Node stmt : tree.root().namedChildren()) {
        if (!TOP_LEVEL.contains(stmt.type())) {
          return Optional.empty();
        }
        Node decl = stmt.type().equals("export_statement") ? stmt.child("declaration") : null;
        if (stmt.type().equals("export_statement") && decl == null) {
          return Optional.empty();
        }
        if (decl == null) {
          continue;
        }
        if (decl.type().equals("function_declaration")) {
          transform |= decl.child("name").text().equals("transform");
          fix |= decl.child("name").text().equals("fix");
          continue;
        }
        if (!decl.type().equals("lexical_declaration")) {
          return Optional.empty();
        }
        for (Node d : decl.namedChildren()) {
          if (!d.type().equals("variable_declarator") || d.child("value") == null || !d.child("name").type().equals("identifier")) {
            return Optional.empty();
          }
          String name = d.child("name").text();
          Node value = d.child("value");
          if (name.equals("transform") || name.equals("fix")) {
            if (!value.type().equals("arrow_function") && !value.type().equals("function_expression")) {
              return Optional.empty();
            }
            transform |= name.equals("transform");
            fix |= name.equals("fix");
            continue;
          }
          StringBuilder out = new StringBuilder();
          if (!literal(value, out)) {
            return Optional.empty();
          }
          json.put(name, out.toString());
        }
      }
      return Optional.of(new Exports(json, transform, fix));
    }
  }

  /** Writes a literal as JSON; returns false for anything that is not a plain literal. */
  private static boolean literal(Node n, StringBuilder out) {
    switch (n.type()) {
      case "string", "template_string" -> {
        StringBuilder text = new StringBuilder();
        for (Node part : n.namedChildren()) {
          switch (part.type()) {
            case "string_fragment" -> text.append(part.text());
            case "escape_sequence" -> {
              String e = unescape(part.text());
              if (e == null) {
                return false;
              }
              text.append(e);
            }
            default -> {
              return false;
            }
          }
        }
        quote(text.toString(), out);
        return true;
      }
      case "number" -> {
        if (!n.text().matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
          return false;
        }
        out.append(n.text());
        return true;
      }
      case "true", "false", "null" -> {
        out.append(n.type());
        return true;
      }
      case "array" -> {
        out.append('[');
        boolean first = true;
        for (Node e : n.namedChildren()) {
          if (e.isComment()) {
            continue;
          }
          out.append(first ? "" : ",");
          first = false;
          if (!literal(e, out)) {
            return false;
          }
        }
        out.append(']');
        return true;
      }
      case "object" -> {
        out.append('{');
        boolean first = true;
        for (Node p : n.namedChildren()) {
          if (p.isComment()) {
            continue;
          }
          if (!p.type().equals("pair")) {
            return false;
          }
          Node key = p.child("key");
          String k;
          if (key.type().equals("property_identifier")) {
            k = key.text();
          } else if (key.type().equals("string")) {
            StringBuilder ks = new StringBuilder();
            if (!literal(key, ks)) {
              return false;
            }
            out.append(first ? "" : ",").append(ks).append(':');
            first = false;
            if (!literal(p.child("value"), out)) {
              return false;
            }
            continue;
          } else {
            return false;
          }
          out.append(first ? "" : ",");
          first = false;
          quote(k, out);
          out.append(':');
          if (!literal(p.child("value"), out)) {
            return false;
          }
        }
        out.append('}');
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static String unescape(String e) {
    return switch (e) {
      case "\\n" -> "\n";
      case "\\t" -> "\t";
      case "\\r" -> "\r";
      case "\\\\" -> "\\";
      case "\\'" -> "'";
      case "\\\"" -> "\"";
      case "\\`" -> "`";
      case "\\$" -> "$";
      default -> e.matches("\\\\u[0-9a-fA-F]{4}") ? String.valueOf((char) Integer.parseInt(e.substring(2), 16)) : null;
    };
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
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
