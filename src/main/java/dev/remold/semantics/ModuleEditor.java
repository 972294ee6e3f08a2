package dev.remold.semantics;

import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a module's imports and top-level declarations the way a careful person would: merges into
 * an existing import from the same module, removes what is no longer used (the whole declaration
 * when it empties), and keeps the file's quote, semicolon and line-ending style.
 */
public final class ModuleEditor {
  private static final String RULE_ID = "imports";
  private static final Pattern DECLARED_NAME = Pattern.compile("^(?:export\\s+)?(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)");

  private ModuleEditor() {}

  /** One top-level import statement, read once. */
  private record ImportDecl(Node statement, String module, boolean typeOnly, Node defaultName, Node namespace,
      Node named, List<Node> specifiers) {

    static ImportDecl of(Node stmt) {
      Node source = stmt.child("source");
      String module = source == null ? "" : source.text().substring(1, source.text().length() - 1);
      boolean typeOnly = stmt.children().stream().anyMatch(c -> !c.isNamed() && c.type().equals("type"));
      Node defaultName = null;
      Node namespace = null;
      Node named = null;
      for (Node clause : stmt.children()) {
        if (!clause.type().equals("import_clause")) {
          continue;
        }
        for (Node c : clause.children()) {
          switch (c.type()) {
            case "identifier" -> defaultName = c;
            case "namespace_import" -> namespace = c;
            case "named_imports" -> named = c;
            default -> { }
          }
        }
      }
      List<Node> specs = named == null ? List.of()
          : named.children().stream().filter(c -> c.type().equals("import_specifier")).toList();
      return new ImportDecl(stmt, module, typeOnly, defaultName, namespace, named, specs);
    }

    static String localName(Node specifier) {
      Node alias = specifier.child("alias");
      return (alias != null ? alias : specifier.child("name")).text();
    }
  }

  /**
   * Returns the name under which a file should call {@code name} from {@code module}: the local name
   * of an existing import of it, else the name itself when nothing in the file declares it, else an
   * alias such as {@code amplifySignIn} that the file does not use.
   */
  public static String localNameFor(Node root, String name, String module) {
    return localNameFor(root, name, module, List.of());
  }

  /**
   * Returns the local name as above, where declarations that are imports the caller replaces (given
   * as requests to remove them) do not count as taken.
   */
  public static String localNameFor(Node root, String name, String module, List<ImportRequest.RemoveIfUnused> replaced) {
    for (ImportDecl imp : imports(root)) {
      if (imp.module().equals(module) && !imp.typeOnly()) {
        for (Node s : imp.specifiers()) {
          if (s.child("name").text().equals(name)) {
            return ImportDecl.localName(s);
          }
        }
      }
    }
    if (Names.declarations(root, name).stream().allMatch(d -> isReplacedImport(d, replaced))) {
      return name;
    }
    String base = "amplify" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String alias = base;
    for (int i = 2; !Names.declarations(root, alias).isEmpty() || !Names.usesOutsideImports(root, alias).isEmpty(); i++) {
      alias = base + i;
    }
    return alias;
  }

  /** Returns whether a declaration is an import binding one of the exports the requests remove. */
  static boolean isReplacedImport(Node declaration, List<ImportRequest.RemoveIfUnused> replaced) {
    Node stmt = Names.enclosingImport(declaration);
    if (stmt == null) {
      // `const { Hub } = require('aws-amplify')` is the CommonJS form of the same import.
      for (Node a = declaration.parent(); a != null; a = a.parent()) {
        RequireDecl req = a.type().equals("lexical_declaration") || a.type().equals("variable_declaration") ? RequireDecl.of(a) : null;
        if (req != null) {
          return req.properties().stream().anyMatch(p -> RequireDecl.local(p) == declaration
              && replaced.stream().anyMatch(r -> r.name().equals(RequireDecl.exported(p)) && r.modules().contains(req.module())));
        }
      }
      return false;
    }
    if (stmt.child("source") == null) {
      return false;
    }
    ImportDecl imp = ImportDecl.of(stmt);
    String imported = switch (declaration.parent().type()) {
      case "import_specifier" -> declaration.parent().child("name").text();
      case "import_clause" -> "default";
      case "namespace_import" -> "*";
      default -> null;
    };
    return imported != null && replaced.stream().anyMatch(r -> r.name().equals(imported) && r.modules().contains(imp.module()));
  }

  /** A top-level {@code const { a, b: c } = require('m')}: the CommonJS form of a named import. */
  private record RequireDecl(Node statement, String module, Node pattern, List<Node> properties) {
    static RequireDecl of(Node stmt) {
      List<Node> declarators = stmt.namedChildren().stream().filter(c -> c.type().equals("variable_declarator")).toList();
      if (declarators.size() != 1) {
        return null;
      }
      Node d = declarators.getFirst();
      Node name = d.child("name");
      Node value = d.child("value");
      if (name == null || !name.type().equals("object_pattern") || value == null || !value.type().equals("call_expression")
          || value.child("function") == null || !value.child("function").text().equals("require")) {
        return null;
      }
      List<Node> args = value.child("arguments").namedChildren();
      if (args.size() != 1 || !args.getFirst().type().equals("string")) {
        return null;
      }
      String module = args.getFirst().text().substring(1, args.getFirst().text().length() - 1);
      List<Node> props = name.namedChildren().stream()
          .filter(c -> c.type().equals("shorthand_property_identifier_pattern") || c.type().equals("pair_pattern")).toList();
      return new RequireDecl(stmt, module, name, props);
    }

    /** Returns the exported name a property takes ({@code b} in {@code b: c}). */
    static String exported(Node property) {
      return property.type().equals("pair_pattern") ? property.child("key").text() : property.text();
    }

    /** Returns the identifier a property binds ({@code c} in {@code b: c}). */
    static Node local(Node property) {
      return property.type().equals("pair_pattern") ? property.child("value") : property;
    }
  }

  private static List<RequireDecl> requires(Node root) {
    List<RequireDecl> out = new ArrayList<>();
    for (Node c : root.children()) {
      if (c.type().equals("lexical_declaration") || c.type().equals("variable_declaration")) {
        RequireDecl r = RequireDecl.of(c);
        if (r != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** Returns whether a file is CommonJS: it requires modules at the top and has no import statement. */
  private static boolean isCommonJs(Node root) {
    return imports(root).isEmpty() && !requires(root).isEmpty();
  }

  private static List<ImportDecl> imports(Node root) {
    List<ImportDecl> out = new ArrayList<>();
    for (Node c : root.children()) {
      if (c.type().equals("import_statement")) {
        out.add(ImportDecl.of(c));
      }
    }
    return out;
  }

  /** Returns the edits that drop imports of the requested names that nothing in the file uses any more. */
  public static List<Edit> removeUnusedImports(SyntaxTree tree, List<ImportRequest.RemoveIfUnused> requests) {
    return removeImports(tree, requests, /* evenIfUsed= */ false);
  }

  /**
   * Returns the edits that drop the imports a new import of the same name replaces ({@code Hub} from
   * 'aws-amplify' giving way to {@code Hub} from 'aws-amplify/utils'): its uses now mean the new one.
   */
  public static List<Edit> removeReplacedImports(SyntaxTree tree, List<ImportRequest.RemoveIfUnused> requests) {
    return removeImports(tree, requests, /* evenIfUsed= */ true);
  }

  private static List<Edit> removeImports(SyntaxTree tree, List<ImportRequest.RemoveIfUnused> requests, boolean evenIfUsed) {
    Node root = tree.root();
    String text = tree.file().text();
    List<Edit> edits = new ArrayList<>();
    for (ImportDecl imp : imports(root)) {
      List<Node> dropSpecs = new ArrayList<>();
      boolean dropDefault = false;
      boolean dropNamespace = false;
      for (ImportRequest.RemoveIfUnused r : requests) {
        if (!r.modules().contains(imp.module())) {
          continue;
        }
        for (Node s : imp.specifiers()) {
          Node local = s.child("alias") != null ? s.child("alias") : s.child("name");
          if (s.child("name").text().equals(r.name()) && !dropSpecs.contains(s) && (evenIfUsed || !isUsed(root, local))) {
            dropSpecs.add(s);
          }
        }
        dropDefault |= r.name().equals("default") && imp.defaultName() != null
            && (evenIfUsed || !isUsed(root, imp.defaultName()));
        dropNamespace |= r.name().equals("*") && imp.namespace() != null
            && (evenIfUsed || !isUsed(root, imp.namespace().namedChildren().getLast()));
      }
      if (dropSpecs.isEmpty() && !dropDefault && !dropNamespace) {
        continue;
      }
      boolean keepsDefault = imp.defaultName() != null && !dropDefault;
      boolean keepsNamed = dropSpecs.size() < imp.specifiers().size();
      boolean keepsNamespace = imp.namespace() != null && !dropNamespace;
      if (!keepsDefault && !keepsNamed && !keepsNamespace) {
        edits.add(deleteStatement(text, imp.statement()));
        continue;
      }
      if (dropDefault) {
        // `X, { a }` → `{ a }`: delete the default name and the comma after it.
        Node comma = imp.defaultName().nextSibling();
        int end = comma != null && comma.type().equals(",") ? skipSpaces(text, comma.end()) : imp.defaultName().end();
        edits.add(new Edit(imp.defaultName().start(), end, "", RULE_ID, 0));
      }
      if (imp.named() == null) {
        // `X, * as ns`: no braces to touch (the default name was handled above).
        continue;
      }
      if (!keepsNamed) {
        // `X, { a }` → `X`: delete from the end of the default name to the closing brace.
        edits.add(new Edit(imp.defaultName().end(), imp.named().end(), "", RULE_ID, 0));
      } else {
        edits.addAll(deleteSpecifiers(imp.specifiers(), dropSpecs));
      }
    }
    for (RequireDecl req : requires(root)) {
      List<Node> drop = new ArrayList<>();
      for (ImportRequest.RemoveIfUnused r : requests) {
        for (Node p : req.properties()) {
          if (r.modules().contains(req.module()) && RequireDecl.exported(p).equals(r.name()) && !drop.contains(p)
              && (evenIfUsed || !isUsed(root, RequireDecl.local(p)))) {
            drop.add(p);
          }
        }
      }
      if (drop.isEmpty()) {
        continue;
      }
      edits.addAll(drop.size() == req.properties().size() && req.pattern().namedChildren().size() == drop.size()
          ? List.of(deleteStatement(text, req.statement()))
          : deleteSpecifiers(req.properties(), drop));
    }
    return edits;
  }

  /** Returns whether anything in the file refers to this declaration (a same-named local in an inner scope does not). */
  static boolean isUsed(Node root, Node declaration) {
    for (Node ref : Names.usesOutsideImports(root, declaration.text())) {
      if (!Names.isDeclaration(ref) && Scopes.declarationOf(ref) == declaration) {
        return true;
      }
    }
    return false;
  }

  /** Deletes runs of specifiers with their separators, leaving the list well formed. */
  private static List<Edit> deleteSpecifiers(List<Node> specs, List<Node> drop) {
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < specs.size()) {
      if (!drop.contains(specs.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < specs.size() && drop.contains(specs.get(j))) {
        j++;
      }
      if (i == 0 && j == specs.size()) {
        // Every specifier goes, yet the pattern holds something else (a comment, a rest element): keep that.
        edits.add(new Edit(specs.getFirst().start(), specs.getLast().end(), "", RULE_ID, 0));
      } else if (j < specs.size()) {
        // A run before a kept specifier: delete up to where the kept one starts.
        edits.add(new Edit(specs.get(i).start(), specs.get(j).start(), "", RULE_ID, 0));
      } else {
        // A run at the end: delete from the end of the last kept specifier.
        edits.add(new Edit(specs.get(i - 1).end(), specs.get(j - 1).end(), "", RULE_ID, 0));
      }
      i = j;
    }
    return edits;
  }

  private static Edit deleteStatement(String text, Node stmt) {
    int start = stmt.start();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    boolean aloneOnLine = text.substring(lineStart, start).isBlank();
    int end = stmt.end();
    int afterSpaces = skipSpaces(text, end);
    if (aloneOnLine && afterSpaces < text.length() && (text.charAt(afterSpaces) == '\n' || text.charAt(afterSpaces) == '\r')) {
      end = afterSpaces + (text.startsWith("\r\n", afterSpaces) ? 2 : 1);
      start = lineStart;
      // Do not leave the file opening with a blank line, or two blank lines where there was one.
      boolean blankBefore = lineStart == 0 || isBlankLineEndingAt(text, lineStart);
      int nextLineEnd = lineEndAfter(text, end);
      if (blankBefore && nextLineEnd > end && text.substring(end, nextLineEnd).isBlank()) {
        end = nextLineEnd;
      }
    }
    return new Edit(start, end, "", RULE_ID, 0);
  }

  /** Returns whether the line that ends right before {@code lineStart} is blank. */
  private static boolean isBlankLineEndingAt(String text, int lineStart) {
    int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    return text.substring(prevStart, lineStart).isBlank();
  }

  /** Returns the offset after the line break that ends the line starting at {@code at}, or at when there is none. */
  private static int lineEndAfter(String text, int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? at : nl + 1;
  }

  private static int skipSpaces(String text, int at) {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  /**
   * Returns the edits that add the named imports and the top-level declarations (placed after the
   * last import), skipping what is already there.
   *
   * @throws ModuleEditException when a name to add is already declared for something else in the file
   */
  public static List<Edit> addImportsAndDeclarations(SyntaxTree tree, List<ImportRequest.Add> adds,
      List<String> declarations) throws ModuleEditException {
    Node root = tree.root();
    String text = tree.file().text();
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    List<ImportDecl> imports = imports(root);
    Map<String, List<String>> newByModule = new LinkedHashMap<>();
    List<Edit> edits = new ArrayList<>();
    // Each rule match asks for its imports, so one file often asks for the same import twice.
    Set<ImportRequest.Add> requested = new HashSet<>();

    // A CommonJS file gets `const { x } = require('m')`, not an import statement.
    boolean commonJs = isCommonJs(root);
    List<RequireDecl> requires = requires(root);
    // Two rewrites of one pass may want one local name for different exports (a client and a server getCurrentUser).
    Map<String, ImportRequest.Add> byLocal = new HashMap<>();
    for (ImportRequest.Add add : adds) {
      ImportRequest.Add other = byLocal.putIfAbsent(add.localName(), add);
      if (other != null && !(other.name().equals(add.name()) && other.module().equals(add.module()))) {
        throw new ModuleEditException("two rewrites import `" + add.localName() + "`, one from '" + other.module()
            + "' and one from '" + add.module() + "'; rewrite one of them by hand and run again");
      }
    }
    for (ImportRequest.Add add : adds) {
      if (!requested.add(add)) {
        continue;
      }
      if (add.name().isEmpty()) {
        boolean there = commonJs ? text.contains("require('" + add.module() + "')") || text.contains("require(\"" + add.module() + "\")")
            : imports.stream().anyMatch(i -> i.module().equals(add.module()));
        if (!there) {
          newByModule.computeIfAbsent(add.module(), m -> new ArrayList<>());
        }
        continue;
      }
      if (commonJs) {
        String prop = add.localName().equals(add.name()) ? add.name() : add.name() + ": " + add.localName();
        RequireDecl same = requires.stream().filter(r -> r.module().equals(add.module())).findFirst().orElse(null);
        boolean there = same != null && same.properties().stream().anyMatch(p -> RequireDecl.exported(p).equals(add.name())
            && RequireDecl.local(p).text().equals(add.localName()));
        if (there || newByModule.getOrDefault(add.module(), List.of()).contains(prop)) {
          continue;
        }
        checkNoClash(tree, add, prop);
        if (same != null && !same.properties().isEmpty()) {
          edits.add(new Edit(same.properties().getLast().end(), same.properties().getLast().end(), ", " + prop, RULE_ID, 0));
        } else {
          newByModule.computeIfAbsent(add.module(), m -> new ArrayList<>()).add(prop);
        }
        continue;
      }
      ImportDecl existing = null;
      boolean present = false;
      for (ImportDecl imp : imports) {
        if (!imp.module().equals(add.module()) || imp.typeOnly()) {
          continue;
        }
        present |= imp.specifiers().stream().anyMatch(s -> ImportDecl.localName(s).equals(add.localName())
            && s.child("name").text().equals(add.name()));
        if (existing == null && imp.namespace() == null) {
          existing = imp;
        }
      }
      String spec = add.localName().equals(add.name()) ? add.name() : add.name() + " as " + add.localName();
      if (present || newByModule.getOrDefault(add.module(), List.of()).contains(spec)) {
        continue;
      }
      checkNoClash(tree, add, spec);
      if (existing != null && !existing.specifiers().isEmpty()) {
        Node last = existing.specifiers().getLast();
        String sep = existing.named().text().contains("\n") ? "," + nl + indentOf(text, last.start()) : ", ";
        edits.add(new Edit(last.end(), last.end(), sep + spec, RULE_ID, 0));
      } else if (existing != null && existing.defaultName() != null && existing.named() == null) {
        edits.add(new Edit(existing.defaultName().end(), existing.defaultName().end(), ", { " + spec + " }", RULE_ID, 0));
      } else {
        newByModule.computeIfAbsent(add.module(), m -> new ArrayList<>()).add(spec);
      }
    }

    List<String> newDecls = new ArrayList<>();
    for (String decl : declarations) {
      if (!newDecls.contains(decl) && !alreadyDeclared(tree, decl)) {
        newDecls.add(decl);
      }
    }
    // Notes go first, so one that comes with a declaration sits above it whichever rule asked first.
    newDecls.sort(java.util.Comparator.comparing(d -> !d.startsWith("//")));
    if (newByModule.isEmpty() && newDecls.isEmpty()) {
      return edits;
    }
    char quote = commonJs ? requires.getFirst().statement().text().contains("require(\"") ? '"' : '\'' : preferredQuote(imports);
    Node lastModuleStatement = commonJs ? requires.getLast().statement() : imports.isEmpty() ? null : imports.getLast().statement();
    boolean semicolons = lastModuleStatement == null ? !firstStatementLacksSemicolon(root) : lastModuleStatement.text().endsWith(";");
    List<String> statements = new ArrayList<>();
    newByModule.forEach((module, names) -> statements.add((names.isEmpty() ? commonJs ? "require(" + quote + module + quote + ")"
        : "import " + quote + module + quote
        : commonJs ? "const { " + String.join(", ", names) + " } = require(" + quote + module + quote + ")"
        : "import { " + String.join(", ", names) + " } from " + quote + module + quote) + (semicolons ? ";" : "")));
    List<String> decls = newDecls.stream().map(d -> semicolons || !d.endsWith(";") ? d : d.substring(0, d.length() - 1)).toList();

    // New lines take the indentation of the code they join: a Vue component may indent its script.
    StringBuilder insert = new StringBuilder();
    if (lastModuleStatement != null) {
      String indent = indentOf(text, lastModuleStatement.start());
      statements.forEach(s -> insert.append(nl).append(indent).append(s));
      for (int i = 0; i < decls.size(); i++) {
        // A note sits directly above the declaration that follows it.
        boolean underNote = i > 0 && decls.get(i - 1).startsWith("//");
        insert.append(nl).append(underNote ? "" : nl).append(indent).append(decls.get(i));
      }
      int at = lastModuleStatement.end();
      // A comment at the end of the last import's line belongs to it; inserting before it would move it.
      Node next = lastModuleStatement.nextSibling();
      if (next != null && next.isComment() && text.substring(at, next.start()).indexOf('\n') < 0) {
        at = next.end();
      }
      edits.add(new Edit(at, at, insert.toString(), RULE_ID, 0));
    } else {
      List<String> lines = new ArrayList<>(statements);
      if (!statements.isEmpty() && !decls.isEmpty()) {
        lines.add("");
      }
      lines.addAll(decls);
      lines.add("");
      int at = prologueEnd(root, text);
      // The first line goes where the code's own indentation ends; the code then needs it again.
      String indent = indentOf(text, at);
      for (int i = 0; i < lines.size(); i++) {
        insert.append(i > 0 && !lines.get(i).isEmpty() ? indent : "").append(lines.get(i)).append(nl);
      }
      insert.append(indent);
      edits.add(new Edit(at, at, insert.toString(), RULE_ID, 0));
    }
    return edits;
  }

  private static void checkNoClash(SyntaxTree tree, ImportRequest.Add add, String spec) throws ModuleEditException {
    List<Node> clash = add.replacesOldImport() ? List.of() : Names.declarations(tree.root(), add.localName());
    if (!clash.isEmpty()) {
      throw new ModuleEditException("`" + add.localName() + "` is already declared at line " + tree.lineOf(clash.getFirst().start())
          + ", so importing `" + spec + "` from '" + add.module() + "' would clash; rename the local one and run again");
    }
  }

  /** Returns the quote most of the file's imports use (single quotes on a tie or with no imports). */
  private static char preferredQuote(List<ImportDecl> imports) {
    long doubles = imports.stream().filter(i -> i.statement().child("source").text().startsWith("\"")).count();
    return doubles * 2 > imports.size() ? '"' : '\'';
  }

  private static boolean alreadyDeclared(SyntaxTree tree, String declaration) throws ModuleEditException {
    if (declaration.startsWith("//")) {
      // A file-level note: once in the file is enough, wherever an earlier run or rule put it.
      return tree.file().text().lines().anyMatch(l -> l.strip().equals(declaration));
    }
    Matcher m = DECLARED_NAME.matcher(declaration);
    if (!m.find()) {
      throw new ModuleEditException("cannot tell which name `" + declaration + "` declares");
    }
    String name = m.group(1);
    List<Node> found = Names.declarations(tree.root(), name);
    if (found.isEmpty()) {
      return false;
    }
    Node decl = found.getFirst();
    Node statement = decl.parent() == null ? null : decl.parent().parent();
    if (found.size() == 1 && statement != null && statement.parent() == tree.root()
        && withoutTypeArguments(squash(statement.text())).equals(withoutTypeArguments(squash(declaration)))) {
      return true;
    }
    throw new ModuleEditException("`" + name + "` is already declared at line " + tree.lineOf(decl.start())
        + ", so `" + declaration + "` cannot be added; rename the local one and run again");
  }

  /** A client typed in TypeScript ({@code generateClient<Schema>()}) is the one a rule declares untyped. */
  private static String withoutTypeArguments(String code) {
    return code.replaceAll("<[^<>()]*>(?=\\()", "");
  }

  private static String squash(String code) {
    return code.replaceAll("\\s+", "").replaceAll(";$", "");
  }

  private static boolean firstStatementLacksSemicolon(Node root) {
    for (Node c : root.children()) {
      if (!c.isComment()) {
        return !c.text().endsWith(";") && !c.text().endsWith("}");
      }
    }
    return false;
  }

  /** Returns where code may start: after a hashbang, leading comments and directives such as 'use client'. */
  private static int prologueEnd(Node root, String text) {
    for (Node c : root.children()) {
      boolean directive = c.type().equals("expression_statement") && c.namedChildren().size() == 1
          && c.namedChildren().getFirst().type().equals("string");
      if (c.isComment() || directive || c.type().equals("hash_bang_line")) {
        continue;
      }
      return c.start();
    }
    return text.length();
  }

  private static String indentOf(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int i = lineStart;
    while (i < offset && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }
}
