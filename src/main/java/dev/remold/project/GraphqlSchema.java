package dev.remold.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts remold needs from a Gen 1 {@code schema.graphql}: the {@code @model} types and
 * their secondary-index query fields, from {@code @index(queryField:)} on a field (transformer v2)
 * or {@code @key(queryField:)} on the type (transformer v1).
 */
final class GraphqlSchema {
  private static final Pattern TYPE = Pattern.compile("\\btype\\s+(\\w+)\\b");
  private static final Pattern FIELD_INDEX = Pattern.compile("(\\w+)\\s*(?:\\([^)]*\\))?\\s*:[^@\\n]*@index\\s*\\(([^)]*)\\)");
  private static final Pattern TYPE_KEY = Pattern.compile("@key\\s*\\(([^)]*)\\)");
  private static final Pattern QUERY_FIELD = Pattern.compile("\\bqueryField\\s*:\\s*\"(\\w+)\"");
  private static final Pattern SORT_KEYS = Pattern.compile("\\bsortKeyFields\\s*:\\s*\\[([^\\]]*)]");
  private static final Pattern KEY_FIELDS = Pattern.compile("\\bfields\\s*:\\s*\\[([^\\]]*)]");
  private static final Pattern NAME = Pattern.compile("\"(\\w+)\"");
  private static final Pattern COMMENT = Pattern.compile("#[^\\n]*");

  private GraphqlSchema() {}

  /** One type definition: its name, the text between its name and its body, and its body. */
  private record TypeDef(String name, String header, String body) {}

  /** Returns the names of the {@code @model} types. */
  static Set<String> models(String schema) {
    Set<String> out = new TreeSet<>();
    for (TypeDef t : types(schema)) {
      if (t.header().contains("@model")) {
        out.add(t.name());
      }
    }
    return out;
  }

  /** Returns the index query fields of the {@code @model} types, by query field. */
  static Map<String, GraphqlIndex> indexes(String schema) {
    Map<String, GraphqlIndex> out = new LinkedHashMap<>();
    for (TypeDef t : types(schema)) {
      if (!t.header().contains("@model")) {
        continue;
      }
      Matcher f = FIELD_INDEX.matcher(t.body());
      while (f.find()) {
        Matcher q = QUERY_FIELD.matcher(f.group(2));
        if (q.find()) {
          List<String> keys = new ArrayList<>(List.of(f.group(1)));
          Matcher s = SORT_KEYS.matcher(f.group(2));
          if (s.find()) {
            keys.addAll(names(s.group(1)));
          }
          out.put(q.group(1), new GraphqlIndex(q.group(1), t.name(), keys));
        }
      }
      Matcher k = TYPE_KEY.matcher(t.header());
      while (k.find()) {
        Matcher q = QUERY_FIELD.matcher(k.group(1));
        Matcher fields = KEY_FIELDS.matcher(k.group(1));
        if (q.find() && fields.find()) {
          out.put(q.group(1), new GraphqlIndex(q.group(1), t.name(), names(fields.group(1))));
        }
      }
    }
    return out;
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    Matcher n = NAME.matcher(list);
    while (n.find()) {
      out.add(n.group(1));
    }
    return out;
  }

  /** Splits the schema into type definitions; directive arguments may hold braces, so bodies are found by counting. */
  private static List<TypeDef> types(String schema) {
    String text = COMMENT.matcher(schema).replaceAll("");
    List<TypeDef> out = new ArrayList<>();
    Matcher m = TYPE.matcher(text);
    int from = 0;
    while (m.find(from)) {
      // The body opens at the first brace outside the header's directive arguments.
      int depth = 0;
      int open = -1;
      for (int i = m.end(); i < text.length() && open < 0; i++) {
        char c = text.charAt(i);
        if (c == '(' || c == '[') {
          depth++;
        } else if (c == ')' || c == ']') {
          depth--;
        } else if (c == '{' && depth == 0) {
          open = i;
        }
      }
      if (open < 0) {
        break;
      }
      int close = open;
      for (int d = 0, i = open; i < text.length(); i++) {
        char c = text.charAt(i);
        d += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (d == 0) {
          close = i;
          break;
        }
      }
      out.add(new TypeDef(m.group(1), text.substring(m.end(), open), text.substring(open + 1, Math.max(open + 1, close))));
      from = close + 1;
    }
    return out;
  }
}
