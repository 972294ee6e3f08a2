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

  /** One index of names per thread, for the tree that thread works on (a worker handles one file at a time). */
  private record Index(Node root, Map<String, List<Node>> byName) {}

  private static final ThreadLocal<Index> LAST = new ThreadLocal<>();

  /**
   * Returns the identifier-like nodes of the tree with the name, in document order. Binding lookups happen at every
   * candidate match and the import editor asks about each name it may remove: one walk per tree keeps them linear.
   */
  private static List<Node> named(Node root, String name) {
    Index index = LAST.get();
    if (index == null || index.root() != root) {
      Map<String, List<Node>> byName = new HashMap<>();
      root.walk(n -> {
        if (REFERENCE_TYPES.contains(n.type())) {
          byName.computeIfAbsent(n.text(), k -> new ArrayList<>()).add(n);
        }
      });
      index = new Index(root, byName);
      LAST.set(index);
    }
    return index.byName().getOrDefault(name, List.of());
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
