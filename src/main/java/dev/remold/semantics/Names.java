package dev.remold.semantics;

import dev.remold.parse.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds where a name is declared and where it is used in one file (scope-blind for now). */
public final class Names {
  private static final Set<String> REFERENCE_TYPES =
      Set.of("identifier", "type_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern");

  private Names() {}

  /** The nodes found so far per name, for the tree a thread works on (a worker handles one file at a time). */
  private record Index(Node root, Map<String, List<Node>> byName) {}

  private static final ThreadLocal<Index> LAST = new ThreadLocal<>();

  /**
   * Returns the identifier-like nodes of the tree with the name, in document order. Binding lookups happen at every
   * candidate match and the import editor asks about each name it may remove, a handful of names per file: each is
   * looked for as text and the node at each place found by descending from the root, instead of walking the tree.
   */
  private static List<Node> named(Node root, String name) {
    Index index = LAST.get();
    if (index == null || index.root() != root) {
      index = new Index(root, new HashMap<>());
      LAST.set(index);
    }
    return index.byName().computeIfAbsent(name, n -> find(root, n));
  }

  private static List<Node> find(Node root, String name) {
    String text = root.source();
    List<Node> out = new ArrayList<>();
    if (name.isEmpty()) {
      return out;
    }
    for (int at = text.indexOf(name, root.start()); at >= 0 && at + name.length() <= root.end(); at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if (!isWholeName(text, at, end)) {
        continue;
      }
      // Down from the root through the child that holds the place, keeping the nodes that are exactly the name.
      for (Node n = root; n != null; n = childHolding(n, at, end)) {
        if (n.start() == at && n.end() == end && REFERENCE_TYPES.contains(n.type())) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** Returns the node of the kind that spans exactly the chars [start, end), the outermost if several do; or null. */
  static Node nodeSpanning(Node root, int start, int end, String kind) {
    for (Node n = root; n != null; n = childHolding(n, start, end)) {
      if (n.start() == start && n.end() == end && n.type().equals(kind)) {
        return n;
      }
    }
    return null;
  }

  /** Returns the child of a node that holds the chars [start, end), found by halving its children; null if none. */
  private static Node childHolding(Node n, int start, int end) {
    // The last child that starts at or before the place is the only one that can hold it: children do not overlap.
    int lo = 0;
    int hi = n.childCount() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (n.childAt(mid).start() <= start) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && n.childAt(last).end() >= end ? n.childAt(last) : null;
  }

  /** Returns whether the chars [start, end) of a text stand as a whole name: no name char joins either end. */
  public static boolean isWholeName(String text, int start, int end) {
    return (start == 0 || !isNameChar(text.charAt(start - 1))) && (end == text.length() || !isNameChar(text.charAt(end)));
  }

  private static boolean isNameChar(char c) {
    return c == '$' || c == '_' || Character.isLetterOrDigit(c);
  }

  /** Returns the nodes that declare the name anywhere in the file: variables, functions, classes, parameters, imports. */
  public static List<Node> declarations(Node root, String name) {
    List<Node> out = new ArrayList<>();
    for (Node n : named(root, name)) {
      if (isDeclaration(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** Returns the uses of the name outside import declarations (declarations elsewhere count as uses). */
  public static List<Node> usesOutsideImports(Node root, String name) {
    List<Node> out = new ArrayList<>();
    for (Node n : named(root, name)) {
      if (enclosingImport(n) == null) {
        out.add(n);
      }
    }
    return out;
  }

  /** Returns the import statement around a node, or null. */
  public static Node enclosingImport(Node n) {
    for (Node a = n; a != null; a = a.parent()) {
      if (a.type().equals("import_statement")) {
        return a;
      }
    }
    return null;
  }

  /** Returns whether an identifier node introduces a binding rather than reading one. */
  public static boolean isDeclaration(Node n) {
    if (n.type().equals("shorthand_property_identifier_pattern")) {
      return true;
    }
    Node p = n.parent();
    if (p == null) {
      return false;
    }
    String field = n.field();
    return switch (p.type()) {
      case "variable_declarator", "function_declaration", "function_expression", "generator_function_declaration",
          "class_declaration", "class", "abstract_class_declaration", "interface_declaration", "type_alias_declaration",
          "enum_declaration" -> "name".equals(field);
      case "import_specifier" -> "alias".equals(field) || ("name".equals(field) && p.child("alias") == null);
      case "import_clause", "namespace_import", "formal_parameters", "array_pattern", "rest_pattern" -> true;
      case "required_parameter", "optional_parameter" -> "pattern".equals(field);
      case "arrow_function" -> "parameter".equals(field);
      case "pair_pattern" -> "value".equals(field);
      case "assignment_pattern", "object_assignment_pattern" -> "left".equals(field);
      case "catch_clause" -> "parameter".equals(field);
      default -> false;
    };
  }
}
