package dev.remold.semantics;

import dev.remold.parse.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers where a name comes from: which declaration a reference resolves to, honouring block,
 * function and catch scopes, and whether an expression denotes an export of a module (through
 * {@code import}, {@code import * as}, a default import, or {@code require}).
 */
public final class Scopes {
  private static final Set<String> FUNCTIONS = Set.of("function_declaration", "function_expression", "function",
      "arrow_function", "method_definition", "generator_function_declaration", "generator_function");
  private static final Set<String> BLOCKS = Set.of("program", "statement_block", "for_statement", "for_in_statement",
      "switch_body", "class_body");

  private Scopes() {}

  /** An export of a module as an expression reaches it: {@code aws-amplify#Auth}, {@code aws-amplify#default.Auth}. */
  public record Symbol(String module, List<String> path) {
    public Symbol {
      path = List.copyOf(path);
    }

    /** Returns the symbol written as {@code module#a.b}. */
    @Override
    public String toString() {
      return module + "#" + String.join(".", path);
    }
  }

  /** Returns the identifier that declares the name a reference uses, or null when it is global or undeclared. */
  public static Node declarationOf(Node reference) {
    Node root = reference;
    while (root.parent() != null) {
      root = root.parent();
    }
    Node best = null;
    Node bestScope = null;
    for (Node decl : Names.declarations(root, reference.text())) {
      Node scope = owningScope(decl);
      if (scope != null && reference.isWithin(scope) && (bestScope == null || scope.isWithin(bestScope))) {
        best = decl;
        bestScope = scope;
      }
    }
    return best;
  }

  /** Returns the node whose region a declaration is visible in. */
  static Node owningScope(Node decl) {
    Node p = decl.parent();
    if (p == null) {
      return null;
    }
    String t = p.type();
    if ((t.equals("function_declaration") || t.equals("generator_function_declaration") || t.equals("class_declaration")
        || t.equals("abstract_class_declaration")) && "name".equals(decl.field())) {
      // A declared function or class is visible around it, not only inside it.
      return nearest(p.parent(), BLOCKS, Set.of());
    }
    if ((t.equals("function_expression") || t.equals("class")) && "name".equals(decl.field())) {
      return p;
    }
    for (Node a = decl.parent(); a != null; a = a.parent()) {
      if (FUNCTIONS.contains(a.type()) || a.type().equals("catch_clause")) {
        // Parameters (and a catch parameter) belong to their function (catch clause).
        return a;
      }
      if (a.type().equals("import_statement")) {
        return nearest(a, Set.of("program"), Set.of());
      }
      if (a.type().equals("variable_declarator")) {
        // `var` is visible in the whole function; `let` and `const` only in their block.
        boolean isVar = a.parent() != null && a.parent().type().equals("variable_declaration");
        return isVar ? nearest(a.parent(), FUNCTIONS, Set.of("program")) : nearest(a.parent(), BLOCKS, Set.of());
      }
    }
    return null;
  }

  private static Node nearest(Node from, Set<String> kinds, Set<String> alsoKinds) {
    for (Node a = from; a != null; a = a.parent()) {
      if (kinds.contains(a.type()) || alsoKinds.contains(a.type())) {
        return a;
      }
    }
    return null;
  }

  /** Returns the module export an expression denotes, or empty when it is local, global or computed. */
  public static Optional<Symbol> symbolOf(Node expr) {
    switch (expr.type()) {
      case "parenthesized_expression" -> {
        List<Node> inner = expr.namedChildren();
        return inner.size() == 1 ? symbolOf(inner.getFirst()) : Optional.empty();
      }
      case "member_expression" -> {
        Node object = expr.child("object");
        Node property = expr.child("property");
        if (object == null || property == null || !property.type().equals("property_identifier")) {
          return Optional.empty();
        }
        return symbolOf(object).map(s -> s.path().equals(List.of("*"))
            ? new Symbol(s.module(), List.of(property.text()))
            : new Symbol(s.module(), append(s.path(), property.text())));
      }
      case "identifier" -> {
        Node decl = declarationOf(expr);
        return decl == null ? Optional.empty() : importedBy(decl);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** Returns the declaration of a name in the top-level scope of a file, or null when the file declares none there. */
  public static Node topLevelDeclaration(Node root, String name) {
    for (Node decl : Names.declarations(root, name)) {
      if (owningScope(decl) == root) {
        return decl;
      }
    }
    return null;
  }

  /** Returns what a declaration binds when it comes from an import or a require. */
  public static Optional<Symbol> importedBy(Node decl) {
    Node p = decl.parent();
    Node stmt = Names.enclosingImport(decl);
    if (stmt != null && stmt.child("source") != null) {
      String module = unquote(stmt.child("source").text());
      return switch (p.type()) {
        case "import_specifier" -> Optional.of(new Symbol(module, List.of(p.child("name").text())));
        case "import_clause" -> Optional.of(new Symbol(module, List.of("default")));
        case "namespace_import" -> Optional.of(new Symbol(module, List.of("*")));
        default -> Optional.empty();
      };
    }
    // const { Auth } = require('aws-amplify'), const { Auth: A } = require(…), const amp = require(…).default
    Node declarator = null;
    String key = null;
    if (decl.type().equals("shorthand_property_identifier_pattern") && p.type().equals("object_pattern")) {
      declarator = p.parent();
      key = decl.text();
    } else if (p.type().equals("pair_pattern") && "value".equals(decl.field()) && p.parent().type().equals("object_pattern")) {
      declarator = p.parent().parent();
      key = p.child("key").text();
    } else if (p.type().equals("variable_declarator") && "name".equals(decl.field())) {
      declarator = p;
    }
    if (declarator == null || !declarator.type().equals("variable_declarator") || declarator.child("value") == null) {
      return Optional.empty();
    }
    Optional<Symbol> source = requireOf(declarator.child("value"));
    String k = key;
    return source.map(s -> k == null ? s : s.path().equals(List.of("*"))
        ? new Symbol(s.module(), List.of(k)) : new Symbol(s.module(), append(s.path(), k)));
  }

  /**
   * Returns the modules the file imports or requires: what its names can denote exports of ({@link #importedBy}). Found
   * from the text: every import statement starts with the keyword, every require calls the name.
   */
  public static Set<String> importedModules(Node root) {
    Set<String> out = new HashSet<>();
    String text = root.source();
    for (int at = text.indexOf("import", root.start()); at >= 0 && at + 6 <= root.end(); at = text.indexOf("import", at + 6)) {
      Node keyword = Names.nodeSpanning(root, at, at + 6, "import");
      Node stmt = keyword == null ? null : keyword.parent();
      if (stmt != null && stmt.type().equals("import_statement") && stmt.child("source") != null) {
        out.add(unquote(stmt.child("source").text()));
      }
    }
    for (Node name : Names.usesOutsideImports(root, "require")) {
      Node call = name.parent();
      Node function = call == null || !call.type().equals("call_expression") ? null : call.child("function");
      if (function != null && function.start() == name.start()) {
        requireOf(call).ifPresent(s -> out.add(s.module()));
      }
    }
    return out;
  }

  /** Returns the module a {@code require('m')} (or {@code require('m').x}) expression yields. */
  private static Optional<Symbol> requireOf(Node value) {
    if (value.type().equals("member_expression") && value.child("property") != null) {
      String prop = value.child("property").text();
      return requireOf(value.child("object")).map(s -> new Symbol(s.module(), List.of(prop)));
    }
    if (!value.type().equals("call_expression")) {
      return Optional.empty();
    }
    Node fn = value.child("function");
    Node args = value.child("arguments");
    if (fn == null || !fn.text().equals("require") || args == null) {
      return Optional.empty();
    }
    List<Node> list = args.namedChildren();
    if (list.size() != 1 || !list.getFirst().type().equals("string") || declarationOf(fn) != null) {
      return Optional.empty();
    }
    return Optional.of(new Symbol(unquote(list.getFirst().text()), List.of("*")));
  }

  private static List<String> append(List<String> path, String more) {
    List<String> out = new ArrayList<>(path);
    out.add(more);
    return out;
  }

  private static String unquote(String literal) {
    return literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
  }
}
