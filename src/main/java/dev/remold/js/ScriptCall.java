package dev.remold.js;

import dev.remold.match.Bindings;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.Markers;
import dev.remold.rules.FileContext;
import dev.remold.rules.Finding;
import dev.remold.rules.NewFile;
import dev.remold.rules.RuleFailure;
import dev.remold.rules.RuleHit;
import dev.remold.rules.Safety;
import dev.remold.rules.ScriptRule;
import dev.remold.semantics.ImportRequest;
import dev.remold.semantics.ModuleEditor;
import dev.remold.semantics.Names;
import dev.remold.semantics.Scopes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * One call of a JavaScript rule: the {@code api} object it gets, and what it asked for, turned into
 * rule hits that go through the same edit set, overlap policy and re-parse gate as YAML rules.
 */
final class ScriptCall {
  private final ScriptRule rule;
  private final NodeViews views;
  private final FileContext context;
  private final Parser parser;
  private final Value stringify;
  private final int group;
  private final List<Edit> edits = new ArrayList<>();
  private final List<ImportRequest> imports = new ArrayList<>();
  private final List<ImportRequest.RemoveIfUnused> removals = new ArrayList<>();
  private final List<String> declarations = new ArrayList<>();
  private final List<NewFile> files = new ArrayList<>();
  /** A place flagged by {@code api.flag}; a null level is decided when the call ends. */
  private record Flag(Node node, String reason, Safety level) {}

  private final List<Flag> flags = new ArrayList<>();

  ScriptCall(ScriptRule rule, SyntaxTree tree, FileContext context, Parser parser, Value stringify, int group) {
    this.rule = rule;
    this.views = new NodeViews(tree);
    this.context = context;
    this.parser = parser;
    this.stringify = stringify;
    this.group = group;
  }

  NodeViews views() {
    return views;
  }

  private SyntaxTree tree() {
    return views.tree();
  }

  /** Returns the {@code file} argument of a transform: path, text, language, extension and the root node. */
  ProxyObject file() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("path", tree().file().path());
    f.put("text", tree().file().text());
    f.put("language", tree().file().language().name().toLowerCase(java.util.Locale.ROOT));
    f.put("extension", context.extension());
    f.put("root", views.of(tree().root()));
    return ProxyObject.fromMap(f);
  }

  /** Returns the {@code api} argument. */
  ProxyObject api() {
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("find", fn(a -> find(a)));
    api.put("replace", fn(a -> edit(a, "replace")));
    api.put("insertBefore", fn(a -> edit(a, "insertBefore")));
    api.put("insertAfter", fn(a -> edit(a, "insertAfter")));
    api.put("remove", fn(a -> edit(a, "remove")));
    api.put("addImport", fn(this::addImport));
    api.put("removeImportIfUnused", fn(this::removeImport));
    api.put("bindingOf", fn(this::bindingOf));
    api.put("isSymbol", fn(this::isSymbol));
    api.put("option", fn(a -> context.option(string(a, 0, "api.option(name)")).orElse(null)));
    api.put("flag", fn(this::flag));
    api.put("declare", fn(this::declare));
    api.put("extension", fn(a -> context.extension()));
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("graphqlModel", fn(a -> context.graphqlModel(node(a.length > 0 ? a[0] : null, "graphqlModel(node, kind)"),
        string(a, 1, "graphqlModel(node, kind)")).orElse(null)));
    project.put("graphqlField", fn(a -> context.graphqlRootField(node(a.length > 0 ? a[0] : null, "graphqlField(node)")).orElse(null)));
    project.put("graphqlIndexKeys", fn(a -> ProxyArray.fromList(new ArrayList<>(
        context.graphqlIndexKeys(node(a.length > 0 ? a[0] : null, "graphqlIndexKeys(node)"))))));
    project.put("models", fn(a -> ProxyArray.fromList(new ArrayList<>(context.graphqlModels()))));
    project.put("hasDataSchema", fn(a -> context.dataSchemaTyped()));
    project.put("hasDependency", fn(a -> context.hasDependency(string(a, 0, "hasDependency(name)"))));
    project.put("pathToRoot", fn(a -> context.pathFromFileToRoot(string(a, 0, "pathToRoot(fileAtRoot)"))));
    project.put("filePath", fn(a -> context.pathFromRoot()));
    project.put("exists", fn(a -> context.projectFileExists(string(a, 0, "exists(pathFromRoot)"))));
    project.put("codeMatches", fn(a -> context.projectCodeMatches(string(a, 0, "codeMatches(regex)"))));
    api.put("project", ProxyObject.fromMap(project));
    api.put("createFile", fn(this::createFile));
    return ProxyObject.fromMap(api);
  }

  private static ProxyExecutable fn(java.util.function.Function<Value[], Object> body) {
    return body::apply;
  }

  /** {@code api.find(pattern, within?)}: every match of a pattern or rule object in the file (or inside a node). */
  private Object find(Value[] a) {
    if (a.length == 0 || a[0].isNull()) {
      throw new RuleFailure("api.find(pattern) needs a pattern or a rule object");
    }
    String spec = a[0].isString() ? stringify.execute(a[0]).asString() : stringify.execute(a[0]).asString();
    ScriptRule.Compiled compiled = rule.compileFind(spec, tree().file().language(), parser);
    Node within = a.length > 1 ? node(a[1], "api.find(pattern, within)") : tree().root();
    List<Object> found = new ArrayList<>();
    within.walk(n -> {
      java.util.Set<String> kinds = compiled.matcher().startKinds();
      if (kinds != null && !kinds.contains(n.type())) {
        return;
      }
      Bindings b = compiled.matcher().match(n, Bindings.EMPTY);
      if (b != null) {
        found.add(views.match(n, b, compiled.listVars()));
      }
    });
    return ProxyArray.fromList(found);
  }

  private Object edit(Value[] a, String kind) {
    int[] range = range(a.length > 0 ? a[0] : null, "api." + kind);
    String text = kind.equals("remove") ? "" : string(a, 1, "api." + kind + "(node, text)");
    int start = range[0];
    int end = range[1];
    switch (kind) {
      case "insertBefore" -> end = start;
      case "insertAfter" -> start = end;
      case "remove" -> {
        int[] lines = wholeLines(start, end);
        start = lines[0];
        end = lines[1];
      }
      default -> { }
    }
    edits.add(new Edit(start, end, text, rule.id(), group));
    return null;
  }

  /** Widens a removal to its whole lines when nothing else stands on them, so no blank line is left. */
  private int[] wholeLines(int start, int end) {
    String text = tree().file().text();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
    String before = text.substring(lineStart, start);
    String after = text.substring(end, lineEnd);
    if (before.isBlank() && (after.isBlank() || after.strip().equals(";"))) {
      return new int[] {lineStart, lineEnd};
    }
    return new int[] {start, end};
  }

  /**
   * {@code api.addImport(name, module, alias?)}: imports a name, under the alias when one is given, and returns what
   * the file calls it (another alias when that name is taken).
   */
  private Object addImport(Value[] a) {
    String name = string(a, 0, "api.addImport(name, module)");
    String module = string(a, 1, "api.addImport(name, module)");
    String local = ModuleEditor.localNameFor(tree().root(), name, module, removals);
    if (a.length > 2 && !a[2].isNull() && local.equals(name)) {
      String alias = string(a, 2, "api.addImport(name, module, alias)");
      local = alias;
      for (int i = 2; !Names.declarations(tree().root(), local).isEmpty(); i++) {
        local = alias + i;
      }
    }
    boolean replaces = local.equals(name) && !Names.declarations(tree().root(), name).isEmpty();
    imports.add(new ImportRequest.Add(name, module, local, replaces));
    return local;
  }

  /**
   * {@code api.createFile(pathFromRoot, text, note?)}: asks for a new project file that this call's rewrite relies on;
   * it is created with the rewrite, never over an existing file, and the note (what to do about it) goes to the report.
   */
  private Object createFile(Value[] a) {
    String path = string(a, 0, "api.createFile(pathFromRoot, text)");
    String text = string(a, 1, "api.createFile(pathFromRoot, text)");
    String note = a.length > 2 && !a[2].isNull() ? string(a, 2, "api.createFile(pathFromRoot, text, note)").replace('\n', ' ') : "";
    String problem = NewFile.problemWith(path);
    if (problem != null) {
      throw new RuleFailure("api.createFile: " + problem);
    }
    files.add(new NewFile(rule.id(), path, text, note));
    return null;
  }

  /** {@code api.removeImportIfUnused(name, module)}: drops an import once the file no longer uses it. */
  private Object removeImport(Value[] a) {
    String name = string(a, 0, "api.removeImportIfUnused(name, module)");
    String module = string(a, 1, "api.removeImportIfUnused(name, module)");
    ImportRequest.RemoveIfUnused r = new ImportRequest.RemoveIfUnused(name, List.of(module));
    removals.add(r);
    imports.add(r);
    return null;
  }

  /**
   * {@code api.bindingOf(nodeOrName)}: where a name comes from — {@code {kind: 'import', module, name}},
   * {@code {kind: 'local', declaration}}, or null for a global or undeclared name.
   */
  private Object bindingOf(Value[] a) {
    if (a.length == 0) {
      throw new RuleFailure("api.bindingOf(node or name) needs an argument");
    }
    Node decl;
    Optional<Scopes.Symbol> symbol;
    if (a[0].isString()) {
      decl = Scopes.topLevelDeclaration(tree().root(), a[0].asString());
      symbol = decl == null ? Optional.empty() : Scopes.importedBy(decl);
    } else {
      Node n = node(a[0], "api.bindingOf(node)");
      symbol = Scopes.symbolOf(n);
      decl = n.type().equals("identifier") ? Scopes.declarationOf(n) : null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (symbol.isPresent()) {
      out.put("kind", "import");
      out.put("module", symbol.get().module());
      out.put("name", String.join(".", symbol.get().path()));
    } else if (decl != null) {
      out.put("kind", "local");
      out.put("declaration", views.of(decl));
    } else {
      return null;
    }
    return ProxyObject.fromMap(out);
  }

  /**
   * {@code api.isSymbol(node, ...symbols)}: whether an expression denotes one of the symbols, each a pack
   * symbol name ({@code Hub}) or {@code module#path} ({@code aws-amplify/utils#Hub}), however it was imported.
   */
  private Object isSymbol(Value[] a) {
    Node n = node(a.length > 0 ? a[0] : null, "api.isSymbol(node, ...symbols)");
    Optional<Scopes.Symbol> symbol = Scopes.symbolOf(n);
    if (symbol.isEmpty()) {
      return false;
    }
    for (int i = 1; i < a.length; i++) {
      if (rule.symbol(string(a, i, "api.isSymbol(node, ...symbols)")).contains(symbol.get().toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code api.declare(code)}: a top-level declaration the edits rely on ({@code const client = generateClient();}),
   * added once after the imports, as the {@code declare} key of a YAML rule does.
   */
  private Object declare(Value[] a) {
    String code = string(a, 0, "api.declare(code)");
    if (!declarations.contains(code)) {
      declarations.add(code);
    }
    return null;
  }

  /** {@code api.flag(node, reason, level?)}: a marker comment above the statement, and a line in the report. */
  private Object flag(Value[] a) {
    Node n = node(a.length > 0 ? a[0] : null, "api.flag(node, reason)");
    String reason = string(a, 1, "api.flag(node, reason)").replace('\n', ' ');
    Safety level = null;
    if (a.length > 2) {
      String given = string(a, 2, "api.flag(node, reason, level)");
      level = Safety.of(given).filter(l -> l == Safety.REVIEW || l == Safety.MANUAL)
          .orElseThrow(() -> new RuleFailure("api.flag: level must be 'REVIEW' or 'MANUAL', not '" + given + "'"));
    }
    flags.add(new Flag(n, reason, level));
    return null;
  }

  /**
   * Returns the hits of the call: its edits (with the rule's marker when it is not SAFE) and flags.
   * {@code result} is what the function returned; {@code at} the matched node, or the root for a transform.
   */
  List<RuleHit> finish(Value result, Node at) {
    if (result != null && !result.isNull()) {
      if (!result.isString()) {
        throw new RuleFailure((rule.isTransform() ? "transform" : "fix") + " must return a string, null or undefined, not " + result);
      }
      if (rule.isTransform()) {
        if (!edits.isEmpty()) {
          throw new RuleFailure("transform both returned a new text and made edits through the api: do one or the other");
        }
        minimalEdit(tree().file().text(), result.asString()).ifPresent(edits::add);
      } else {
        edits.add(new Edit(at.start(), at.end(), result.asString(), rule.id(), group));
      }
    }
    checkEdits();
    List<RuleHit> hits = new ArrayList<>();
    List<Edit> changes = edits.stream().filter(e -> !e.isNoOp(tree().file().text())).toList();
    if (!changes.isEmpty()) {
      if (rule.safety() == Safety.MANUAL) {
        throw new RuleFailure("a MANUAL rule leaves code as it is: flag it with api.flag, or raise meta.safety");
      }
      Node anchor = rule.isTransform() ? smallestAround(changes.getFirst().start()) : at;
      Edit marker = null;
      Finding finding = null;
      if (rule.safety() != Safety.SAFE && flags.isEmpty()) {
        String kind = rule.safety() == Safety.SAFE_NOTE ? "NOTE" : "TODO";
        marker = Markers.commentAbove(anchor, "// " + kind + "(amplify-migrate): " + rule.markerId() + " " + rule.message(), rule.id(), group);
        finding = new Finding(rule.id(), rule.safety(), tree().lineOf(anchor.start()), rule.message());
      }
      // Each change is a site of its own in the reports; the imports and the marker ride with the first. Where the
      // call flagged places, its flags say what to review, and the changes themselves are plain rewrites.
      for (int i = 0; i < changes.size(); i++) {
        Edit e = changes.get(i);
        Finding site = i == 0 && finding != null ? finding
            : rule.safety() != Safety.SAFE && !flags.isEmpty() ? new Finding(rule.id(), Safety.SAFE, tree().lineOf(e.start()), "") : null;
        List<Edit> own = new ArrayList<>(List.of(e));
        if (i == 0 && marker != null) {
          own.add(marker);
        }
        boolean whole = !rule.isTransform() && e.start() == at.start() && e.end() == at.end();
        hits.add(new RuleHit(rule.id(), whole ? at.start() : e.start(), whole ? at.end() : e.end(), own,
            i == 0 ? imports : List.of(), i == 0 ? List.copyOf(declarations) : List.of(), site, i == 0 ? files : List.of()));
      }
    }
    // Unless the rule says: a flag on code the call rewrote asks for a review; on code it left, for manual work.
    Safety byDefault = changes.isEmpty() ? Safety.MANUAL : Safety.REVIEW;
    for (Flag f : flags) {
      Node n = f.node();
      Edit marker = Markers.commentAbove(n, "// TODO(amplify-migrate): " + rule.markerId() + " " + f.reason(), rule.id(), group);
      hits.add(new RuleHit(rule.id(), n.start(), n.end(), marker == null ? List.of() : List.of(marker), List.of(), List.of(),
          new Finding(rule.id(), f.level() == null ? byDefault : f.level(), tree().lineOf(n.start()), f.reason())));
    }
    return hits;
  }

  /** Edits of one call must not cross: each says what one stretch of the file becomes. */
  private void checkEdits() {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    for (int i = 1; i < sorted.size(); i++) {
      Edit prev = sorted.get(i - 1);
      Edit e = sorted.get(i);
      if (e.start() < prev.end()) {
        throw new RuleFailure("two edits of one call overlap (offsets " + prev.start() + "-" + prev.end() + " and " + e.start() + "-" + e.end() + ")");
      }
    }
  }

  /** Returns one edit that turns {@code before} into {@code after}: the stretch between their common prefix and suffix. */
  private Optional<Edit> minimalEdit(String before, String after) {
    if (before.equals(after)) {
      return Optional.empty();
    }
    int prefix = 0;
    int max = Math.min(before.length(), after.length());
    while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    return Optional.of(new Edit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix), rule.id(), group));
  }

  /** Returns the smallest named node that holds an offset (where a transform's marker goes). */
  private Node smallestAround(int offset) {
    Node n = tree().root();
    boolean deeper = true;
    while (deeper) {
      deeper = false;
      for (Node c : n.namedChildren()) {
        if (c.start() <= offset && offset < c.end()) {
          n = c;
          deeper = true;
          break;
        }
      }
    }
    return n;
  }

  private int[] range(Value v, String what) {
    Node n = NodeViews.nodeOf(v);
    if (n != null) {
      return new int[] {n.start(), n.end()};
    }
    if (v != null && v.hasMembers() && v.hasMember("start") && v.hasMember("end") && v.getMember("start").fitsInInt()
        && v.getMember("end").fitsInInt()) {
      int start = v.getMember("start").asInt();
      int end = v.getMember("end").asInt();
      if (0 <= start && start <= end && end <= tree().file().text().length()) {
        return new int[] {start, end};
      }
      throw new RuleFailure(what + ": range " + start + "-" + end + " is outside the file (0-" + tree().file().text().length() + ")");
    }
    throw new RuleFailure(what + " needs a node (or a {start, end} range) as its first argument, not " + v);
  }

  private static Node node(Value v, String what) {
    Node n = NodeViews.nodeOf(v);
    if (n == null) {
      throw new RuleFailure(what + " needs a node as its first argument, not " + v);
    }
    return n;
  }

  private static String string(Value[] a, int i, String what) {
    if (a.length <= i || !a[i].isString()) {
      throw new RuleFailure(what + ": argument " + (i + 1) + " must be a string");
    }
    return a[i].asString();
  }
}
