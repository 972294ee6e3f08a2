package dev.remold.rules;

import dev.remold.match.Bindings;
import dev.remold.match.Capture;
import dev.remold.match.Matcher;
import dev.remold.match.NodeText;
import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.Markers;
import dev.remold.rewrite.Template;
import dev.remold.semantics.ImportRequest;
import dev.remold.semantics.InitializedByMatcher;
import dev.remold.semantics.ModuleEditor;
import dev.remold.semantics.Names;
import dev.remold.semantics.Renamer;
import dev.remold.semantics.Scopes;
import dev.remold.semantics.SymbolMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A rule read from YAML: a matcher per grammar, constraints, transforms, a fix template and its side effects. */
public final class DeclarativeRule implements Rule {
  private static final Pattern SIMPLE_STRING = Pattern.compile("'[^'\\\\\\n]*'|\"[^\"\\\\\\n]*\"");
  private static final Pattern SIMPLE_TEMPLATE = Pattern.compile("`[^`\\\\]*`");
  private final String id;
  private final String description;
  private final Safety safety;
  private final boolean fallback;
  private final Conditions conditions;
  /** Whether a condition asks the project's code ({@code projectCode}): settled only when the rule matches. */
  private final boolean asksProjectCode;
  private final String specId;
  private final String markerId;
  private final Map<Language, Matcher> matchers;
  private final Map<Language, Map<String, Matcher>> constraints;
  private final Map<String, Transform> transforms;
  private final Template fix;
  private final Template message;
  private final Map<String, String> renames;
  private final List<ImportRequest> imports;
  private final List<String> declarations;
  private final List<Set<String>> requiredText;
  private final List<Set<String>> requiredModules;
  /** Per grammar, literals the matched node's text must hold for its constraints to pass (see {@link #constraintTextWithin}). */
  private final Map<Language, List<Set<String>>> constraintText;
  private final Map<Language, Set<String>> startKinds;
  private final Map<Language, Set<String>> calleeNames;

  DeclarativeRule(String id, String description, Safety safety, boolean fallback, Conditions conditions, String specId, Map<Language, Matcher> matchers,
      Map<Language, Map<String, Matcher>> constraints, Map<String, Transform> transforms, Template fix,
      Template message, Map<String, String> renames, List<ImportRequest> imports, List<String> declarations) {
    this.id = id;
    this.description = description;
    this.safety = safety;
    this.fallback = fallback;
    this.conditions = conditions;
    this.asksProjectCode = !conditions.projectCodeQueries().isEmpty();
    this.specId = specId;
    // Markers cite the spec; a rule that cites none is named by its own id.
    this.markerId = specId.isEmpty() ? id : specId;
    this.matchers = Map.copyOf(matchers);
    this.constraints = cheapFirst(constraints);
    // In the order written: a concat may read a transform before it.
    this.transforms = Collections.unmodifiableMap(new LinkedHashMap<>(transforms));
    this.fix = fix;
    this.message = message;
    this.renames = Map.copyOf(renames);
    this.imports = List.copyOf(imports);
    this.declarations = List.copyOf(declarations);
    this.requiredText = List.copyOf(computeRequiredText());
    Language any = matchers.keySet().iterator().next();
    List<Set<String>> modules = new ArrayList<>(matchers.get(any).requiredModules());
    mustHold(matchers.get(any), constraints.get(any)).forEach(c -> modules.addAll(c.requiredModules()));
    this.requiredModules = modules.stream().distinct().toList();
    // Asked for every node kind of every file: computed once (composite matchers build their sets anew).
    Map<Language, Set<String>> kinds = new EnumMap<>(Language.class);
    matchers.forEach((language, m) -> kinds.put(language, m.startKinds()));
    this.startKinds = Collections.unmodifiableMap(kinds);
    Map<Language, Set<String>> callees = new EnumMap<>(Language.class);
    matchers.forEach((language, m) -> callees.put(language, m.calleeNames()));
    this.calleeNames = Collections.unmodifiableMap(callees);
    Map<Language, List<Set<String>>> within = new EnumMap<>(Language.class);
    matchers.forEach((language, m) -> within.put(language, constraintTextWithin(m, constraints.get(language))));
    this.constraintText = Collections.unmodifiableMap(within);
  }

  /**
   * Returns what the constraints on metavariables bound inside the matched node require of their text ({@code KEY:
   * { regex: '^aws_' }} on {@code $CONFIG.$KEY}): the node's text must hold it, or matching it is no use.
   */
  private static List<Set<String>> constraintTextWithin(Matcher matcher, Map<String, Matcher> constraints) {
    Set<String> bound = matcher.boundWithin();
    List<Set<String>> out = new ArrayList<>();
    constraints.forEach((name, c) -> {
      if (bound.contains(name) && c.textWithin() != null) {
        out.add(c.textWithin());
      }
    });
    return List.copyOf(out);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Safety safety() {
    return safety;
  }

  @Override
  public String specId() {
    return specId;
  }

  @Override
  public boolean rewritesCode() {
    return fix != null;
  }

  @Override
  public boolean fallback() {
    return fallback;
  }

  @Override
  public Set<Language> languages() {
    return matchers.keySet();
  }

  @Override
  public Set<String> startKinds(Language language) {
    return startKinds.get(language);
  }

  @Override
  public Set<String> calleeNames(Language language) {
    return calleeNames.get(language);
  }

  @Override
  public List<Set<String>> requiredText() {
    return requiredText;
  }

  @Override
  public List<Set<String>> requiredModules() {
    return requiredModules;
  }

  /** The rule's own matcher and the constraints that must hold find their text; the language does not change it. */
  private List<Set<String>> computeRequiredText() {
    Language any = matchers.keySet().iterator().next();
    List<Set<String>> all = new ArrayList<>(matchers.get(any).requiredGroups());
    for (Matcher c : mustHold(matchers.get(any), constraints.get(any))) {
      c.requiredGroups().stream().filter(g -> !all.contains(g)).forEach(all::add);
    }
    return all;
  }

  /**
   * Returns the constraints that every match must pass: those on a metavariable that the matcher, or a constraint before
   * that must pass ({@code initializedBy}), always binds to a node. One on a run ({@code $$$ARGS}) holds of an empty run
   * without looking.
   */
  private static List<Matcher> mustHold(Matcher matcher, Map<String, Matcher> constraints) {
    Set<String> bound = new HashSet<>(matcher.alwaysBound());
    List<Matcher> out = new ArrayList<>();
    constraints.forEach((name, c) -> {
      if (bound.contains(name)) {
        out.add(c);
        bound.addAll(c.alwaysBound());
      }
    });
    return out;
  }

  /**
   * Returns whether the rule may act in the file. A {@code projectCode} condition is left open here and settled when
   * the rule matches (see {@link #hit}): answering it searches the whole project, which most runs never need to do.
   */
  @Override
  public boolean appliesIn(FileContext context) {
    return conditions.mayHold(context);
  }

  @Override
  public List<RuleHit> apply(Node node, SyntaxTree tree, FileContext context, int group) {
    RuleHit hit = hit(node, tree, context, group);
    return hit == null ? List.of() : List.of(hit);
  }

  private RuleHit hit(Node node, SyntaxTree tree, FileContext context, int group) {
    Language language = tree.file().language();
    for (Set<String> literals : constraintText.get(language)) {
      if (!NodeText.containsAny(node, literals)) {
        return null;
      }
    }
    Bindings b = matchers.get(language).match(node, Bindings.EMPTY);
    b = b == null ? null : meetConstraints(b, constraints.get(language));
    if (b == null || asksProjectCode && !conditions.hold(context)) {
      return null;
    }
    String text = tree.file().text();
    Map<String, Template.Value> values = new HashMap<>();
    for (String name : b.names()) {
      Capture c = b.get(name);
      values.put(name, new Template.Value(c.text(), Markers.indentOfLine(text, c.start()), c.lineCommentAt()));
    }
    for (Map.Entry<String, Transform> t : transforms.entrySet()) {
      Optional<String> v = compute(t.getValue(), b, values, context);
      if (v.isEmpty()) {
        return null;
      }
      values.put(t.getKey(), valueOf(t.getValue(), v.get(), b, text));
    }
    List<Edit> edits = new ArrayList<>();
    for (Map.Entry<String, String> r : renames.entrySet()) {
      Capture c = b.get(r.getKey());
      List<Edit> renamed = Renamer.rename(tree.root(), c.text(), r.getValue(), node.start(), node.end(), id, group);
      if (renamed != null) {
        edits.addAll(renamed);
        values.put(r.getKey(), Template.Value.computed(r.getValue()));
      }
    }
    // Names this rule imports are called under an alias where the file already declares them.
    // A name held by an import this rule replaces (Hub from 'aws-amplify') is free to reuse.
    List<ImportRequest> importsHere = new ArrayList<>();
    Map<String, String> localNames = new HashMap<>();
    List<ImportRequest.RemoveIfUnused> removals = imports.stream()
        .filter(ImportRequest.RemoveIfUnused.class::isInstance).map(ImportRequest.RemoveIfUnused.class::cast).toList();
    for (ImportRequest r : imports) {
      if (r instanceof ImportRequest.RemoveIfUnused u && u.name().startsWith("$")) {
        importOf(b.get(u.name().substring(1))).ifPresent(importsHere::add);
        continue;
      }
      if (r instanceof ImportRequest.Add a && a.name().isEmpty()) {
        importsHere.add(a);
      } else if (r instanceof ImportRequest.Add a) {
        String local = ModuleEditor.localNameFor(tree.root(), a.name(), a.module(), removals);
        boolean replaces = local.equals(a.name()) && !Names.declarations(tree.root(), a.name()).isEmpty();
        localNames.put(a.name(), local);
        importsHere.add(new ImportRequest.Add(a.name(), a.module(), local, replaces));
      } else {
        importsHere.add(r);
      }
    }
    Template fix = this.fix == null ? null : this.fix.withIdentifiers(localNames);
    int line = tree.lineOf(node.start());
    String reason = message == null ? "" : message.render(values, "", "\n", '\'').replace("\n", " ");
    if (fix != null) {
      Node lost = commentOutsideCaptures(node, b, fix);
      if (lost != null) {
        return refusal(node, line, group, "not rewritten: the comment `" + lost.text() + "` inside the call would be lost");
      }
      String rendered;
      try {
        rendered = fix.render(values, Markers.indentOfLine(text, node.start()), Markers.newlineOf(text), quoteOf(node, tree),
            Markers.indentUnitOf(text));
      } catch (IllegalArgumentException e) {
        return refusal(node, line, group, "not rewritten: " + e.getMessage());
      }
      edits.add(rendered.isEmpty() && standsInBlock(node) ? deletion(node, text, group)
          : new Edit(node.start(), endBeforeSeparator(node, rendered), rendered, id, group));
    }
    Finding finding = null;
    if (safety != Safety.SAFE) {
      String kind = safety == Safety.SAFE_NOTE ? "NOTE" : "TODO";
      Edit marker = Markers.commentAbove(node, "// " + kind + "(amplify-migrate): " + markerId + " " + reason, id, group);
      if (marker != null) {
        edits.add(marker);
      }
      finding = new Finding(id, safety, line, reason);
    } else if (!reason.isEmpty()) {
      // A SAFE rule's message writes no marker; it tells the run summary and the reports why the rewrite took this form.
      finding = new Finding(id, safety, line, reason);
    }
    List<String> declarationsHere = declarations.stream().map(d -> Template.parse(d).withIdentifiers(localNames).toString()).toList();
    return new RuleHit(id, node.start(), node.end(), edits, fix == null ? List.of() : importsHere,
        fix == null ? List.of() : declarationsHere, finding);
  }

  /**
   * Returns a transform's result as a template value. Source text keeps the indentation of the line it came from, to
   * be re-indented like a capture: a slice cut from the capture (`property`, `member`) that of the line where the slice
   * starts, text a transform only edited (`renameKeys`) that of the capture's first line.
   */
  private static Template.Value valueOf(Transform t, String value, Bindings b, String text) {
    String var = switch (t) {
      case Transform.Property p -> p.sourceVar();
      case Transform.Member m -> m.sourceVar();
      case Transform.RenameKeys r -> r.sourceVar();
      default -> null;
    };
    Capture from = var == null ? null : b.get(var);
    if (from == null || from.node() == null || value.indexOf('\n') < 0) {
      return Template.Value.computed(value);
    }
    int at = t instanceof Transform.RenameKeys ? -1 : text.indexOf(value, from.start());
    int origin = at >= 0 && at + value.length() <= from.end() ? at : from.start();
    return new Template.Value(value, Markers.indentOfLine(text, origin), -1);
  }

  /** Returns the request to drop the import a capture names (`listTodos`, or `queries` of `queries.listTodos`). */
  private static Optional<ImportRequest.RemoveIfUnused> importOf(Capture c) {
    Node n = c == null ? null : c.node();
    if (n != null && n.type().equals("member_expression")) {
      n = n.child("object");
    }
    if (n == null || !n.type().equals("identifier")) {
      return Optional.empty();
    }
    return Scopes.symbolOf(n).filter(s -> s.path().size() == 1)
        .map(s -> new ImportRequest.RemoveIfUnused(s.path().getFirst(), List.of(s.module())));
  }

  @Override
  public Set<String> projectCodeQueries() {
    return conditions.projectCodeQueries();
  }

  /** Returns a hit that leaves the code as it is, with a MANUAL marker saying why. */
  private RuleHit refusal(Node node, int line, int group, String reason) {
    Edit marker = Markers.commentAbove(node, "// TODO(amplify-migrate): " + markerId + " " + reason, id, group);
    return new RuleHit(id, node.start(), node.end(), marker == null ? List.of() : List.of(marker), List.of(), List.of(),
        new Finding(id, Safety.MANUAL, line, reason));
  }

  /** Returns the quote character the code uses: the first string in the match, else in the file, else '. */
  private static char quoteOf(Node match, SyntaxTree tree) {
    for (Node scope : new Node[] {match, tree.root()}) {
      Node found = scope.first(n -> n.type().equals("string") && !n.text().isEmpty());
      if (found != null) {
        return found.text().charAt(0);
      }
    }
    return '\'';
  }

  /** Returns whether the node is a statement in a list of statements, which it can leave without a trace. */
  private static boolean standsInBlock(Node node) {
    Node parent = node.parent();
    return node.type().endsWith("statement") && parent != null
        && (parent.type().equals("program") || parent.type().equals("statement_block"));
  }

  /** Returns the edit that deletes a statement, with its line when nothing else stands on it. */
  private Edit deletion(Node node, String text, int group) {
    int start = node.start();
    int end = node.end();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = end;
    while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t' || text.charAt(lineEnd) == '\r')) {
      lineEnd++;
    }
    if (text.substring(lineStart, start).isBlank() && (lineEnd == text.length() || text.charAt(lineEnd) == '\n')) {
      start = lineStart;
      end = Math.min(lineEnd + 1, text.length());
      // Between two blank lines (or below the top of the file), one of them goes too.
      int prevStart = start == 0 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
      int nextEnd = text.indexOf('\n', end);
      if ((start == 0 || text.substring(prevStart, start).isBlank()) && nextEnd >= 0 && text.substring(end, nextEnd).isBlank()) {
        end = nextEnd + 1;
      }
    }
    return new Edit(start, end, "", id, group);
  }

  /**
   * Returns where the replaced code ends: a statement's closing {@code ;} is not significant to
   * patterns, so a fix that does not write one leaves the file's own.
   */
  private static int endBeforeSeparator(Node node, String rendered) {
    List<Node> kids = node.children();
    if (!kids.isEmpty() && kids.getLast().type().equals(";") && !rendered.endsWith(";")) {
      return kids.getLast().start();
    }
    return node.end();
  }

  /** Orders each grammar's constraints so that syntax checks run before binding lookups. */
  private static Map<Language, Map<String, Matcher>> cheapFirst(Map<Language, Map<String, Matcher>> constraints) {
    Map<Language, Map<String, Matcher>> out = new EnumMap<>(Language.class);
    constraints.forEach((lang, checks) -> {
      Map<String, Matcher> ordered = new LinkedHashMap<>();
      checks.forEach((k, v) -> {
        if (!isSemantic(v)) {
          ordered.put(k, v);
        }
      });
      checks.forEach((k, v) -> ordered.putIfAbsent(k, v));
      out.put(lang, Collections.unmodifiableMap(ordered));
    });
    return Collections.unmodifiableMap(out);
  }

  private static boolean isSemantic(Matcher m) {
    return m instanceof SymbolMatcher || m instanceof InitializedByMatcher;
  }

  /**
   * Returns the bindings extended by every constraint, or null when one fails. A constraint may bind
   * metavariables of its own (`initializedBy: { pattern: $API.graphql($OP) }` binds OP), which later
   * constraints, transforms and the fix can use.
   */
  private static Bindings meetConstraints(Bindings b, Map<String, Matcher> checks) {
    for (Map.Entry<String, Matcher> c : checks.entrySet()) {
      Capture capture = b.get(c.getKey());
      if (capture == null) {
        return null;
      }
      for (Node n : capture.nodes()) {
        b = c.getValue().match(n, b);
        if (b == null) {
          return null;
        }
      }
    }
    return b;
  }

  private static Optional<String> compute(Transform t, Bindings b, Map<String, Template.Value> values, FileContext context) {
    return switch (t) {
      case Transform.PathFromFileToRoot p -> Optional.of(context.pathFromFileToRoot(p.fileAtRoot()));
      case Transform.GraphqlModel g -> {
        Capture c = b.get(g.operationVar());
        yield c == null || c.node() == null ? Optional.empty() : context.graphqlModel(c.node(), g.kind());
      }
      case Transform.Replace r -> {
        Capture c = b.get(r.sourceVar());
        yield c == null ? Optional.empty() : Optional.of(r.regex().matcher(c.text()).replaceAll(r.by()));
      }
      case Transform.ImportedName i -> {
        Capture c = b.get(i.sourceVar());
        yield c == null || c.node() == null ? Optional.empty() : Scopes.symbolOf(c.node())
            .filter(s -> s.path().size() == 1 && !s.path().getFirst().equals("default") && !s.path().getFirst().equals("*"))
            .filter(s -> i.from().matcher(s.module()).find())
            .map(s -> s.path().getFirst());
      }
      case Transform.GraphqlField f -> {
        Capture c = b.get(f.operationVar());
        yield c == null || c.node() == null ? Optional.empty() : context.graphqlRootField(c.node());
      }
      case Transform.Entries e -> {
        Capture c = b.get(e.sourceVar());
        if (c == null || c.node() == null || !c.node().type().equals("object")) {
          yield Optional.empty();
        }
        String inner = c.node().text().substring(1, c.node().text().length() - 1).strip();
        inner = inner.endsWith(",") ? inner.substring(0, inner.length() - 1).strip() : inner;
        yield Optional.of(inner.isEmpty() ? "" : inner + ", ");
      }
      case Transform.Property p -> {
        Capture c = b.get(p.sourceVar());
        yield c == null || c.node() == null ? Optional.empty() : onlyProperty(c.node(), p.key());
      }
      case Transform.Member m -> {
        Capture c = b.get(m.sourceVar());
        yield c == null || c.node() == null ? Optional.empty() : member(c.node(), m.key());
      }
      case Transform.Concat j -> concat(j.parts(), b, values);
      case Transform.Lookup l -> {
        Capture c = b.get(l.sourceVar());
        Template.Value computed = values.get(l.sourceVar());
        yield c != null ? lookup(c.text().strip(), l.values())
            : computed != null ? lookup(computed.text(), l.values()) : Optional.empty();
      }
      case Transform.GraphqlKind k -> {
        Capture c = b.get(k.operationVar());
        Node op = c == null ? null : c.node();
        if (op == null || context.graphqlRootField(op).isEmpty()) {
          yield Optional.of("unknown");
        }
        boolean model = MODEL_OPS.stream().anyMatch(kind -> context.graphqlModel(op, kind).isPresent());
        yield Optional.of(model ? "model" : "custom");
      }
      case Transform.RenameKeys r -> {
        Capture c = b.get(r.sourceVar());
        yield c == null || c.nodes().size() > 1 ? Optional.empty() : renameKeys(c, r);
      }
      case Transform.ReshapeObject r -> {
        Capture c = b.get(r.sourceVar());
        yield c == null || c.node() == null ? Optional.empty() : reshape(c.node(), r);
      }
    };
  }

  /** The Gen 1 model operations {@code graphqlModel} knows. */
  private static final List<String> MODEL_OPS = List.of("list", "get", "create", "update", "delete", "onCreate", "onUpdate", "onDelete");

  /** Returns the captured object literal with its keys renamed in place, or empty when it holds a key not listed. */
  private static Optional<String> renameKeys(Capture c, Transform.RenameKeys r) {
    Node object = c.node();
    if (object == null || (object.type().equals("object") && object.namedChildren().isEmpty())) {
      return r.member().isEmpty() ? Optional.of("{}") : Optional.of("");
    }
    if (!object.type().equals("object")) {
      return Optional.empty();
    }
    String text = c.text();
    int base = c.start();
    List<Edit> renames = new ArrayList<>();
    for (Node entry : object.namedChildren()) {
      if (entry.isComment()) {
        continue;
      }
      Node key = entry.type().equals("pair") ? entry.child("key")
          : entry.type().equals("shorthand_property_identifier") ? entry : null;
      if (key == null || !key.type().matches("property_identifier|shorthand_property_identifier")
          || !r.keys().containsKey(key.text())) {
        return Optional.empty();
      }
      String to = r.keys().get(key.text());
      if (!to.equals(key.text())) {
        renames.add(new Edit(key.start() - base, key.end() - base, entry == key ? to + ": " + key.text() : to, "", 0));
      }
    }
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : renames.reversed()) {
      sb.replace(e.start(), e.end(), e.replacement());
    }
    return Optional.of(r.member().isEmpty() ? sb.toString() : ", " + r.member() + ": " + sb);
  }

  private static Optional<String> onlyProperty(Node object, String key) {
    List<Node> entries = object.type().equals("object") ? object.namedChildren() : List.of();
    if (entries.size() != 1) {
      return Optional.empty();
    }
    Node e = entries.getFirst();
    if (e.type().equals("shorthand_property_identifier") && e.text().equals(key)) {
      return Optional.of(key);
    }
    if (e.type().equals("pair") && e.child("key").text().equals(key)) {
      return Optional.of(e.child("value").text());
    }
    return Optional.empty();
  }

  private static Optional<String> member(Node object, String key) {
    if (!object.type().equals("object")) {
      return Optional.empty();
    }
    for (Node e : object.namedChildren()) {
      if (e.type().equals("shorthand_property_identifier") && e.text().equals(key)) {
        return Optional.of(key);
      }
      if (e.type().equals("pair") && e.child("key").text().equals(key)) {
        return Optional.of(e.child("value").text());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the string expression joining the parts: a quoted string when all are plain text (the quote of
   * the first string literal among them), else a template literal with other expressions as substitutions.
   */
  private static Optional<String> concat(List<String> parts, Bindings b, Map<String, Template.Value> values) {
    StringBuilder template = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    boolean allPlain = true;
    char quote = 0;
    for (String part : parts) {
      if (!part.startsWith("$")) {
        template.append(part);
        plain.append(part);
        allPlain &= !part.contains("${");
        continue;
      }
      Capture c = b.get(part.substring(1));
      Node n = c == null ? null : c.node();
      if (c != null && (c.nodes().size() != 1 || !c.text().equals(n.text()))) {
        // A run, or a capture carrying comments: nothing to splice safely.
        return Optional.empty();
      }
      String text = c != null ? n.text() : values.get(part.substring(1)).text();
      // A computed value has no node: its text tells a plain string or template literal from other code.
      String type = n != null ? n.type() : SIMPLE_STRING.matcher(text).matches() ? "string"
          : SIMPLE_TEMPLATE.matcher(text).matches() ? "template_string" : "";
      if (type.equals("string")) {
        String inner = text.substring(1, text.length() - 1);
        if (quote == 0) {
          quote = text.charAt(0);
        }
        allPlain &= text.charAt(0) == quote || inner.indexOf(quote) < 0;
        template.append(inner.replace("`", "\\`").replace("${", "\\${"));
        plain.append(inner);
      } else if (type.equals("template_string")) {
        template.append(text, 1, text.length() - 1);
        allPlain = false;
      } else {
        template.append("${").append(text).append('}');
        allPlain = false;
      }
    }
    if (allPlain) {
      char q = quote == 0 ? '\'' : quote;
      return Optional.of(q + plain.toString() + q);
    }
    return Optional.of("`" + template + "`");
  }

  private static Optional<String> lookup(String text, Map<String, String> values) {
    String unquoted = text.length() >= 2 && (text.startsWith("'") || text.startsWith("\"")) ? text.substring(1, text.length() - 1) : text;
    String lastName = text.substring(text.lastIndexOf('.') + 1);
    for (String key : List.of(text, unquoted, lastName)) {
      if (values.containsKey(key)) {
        return Optional.of(values.get(key));
      }
    }
    return Optional.empty();
  }

  /** Returns the object literal reshaped, or empty when it holds anything the reshape does not know. */
  private static Optional<String> reshape(Node object, Transform.ReshapeObject r) {
    if (!object.type().equals("object")) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>();
    List<String> keptKeys = new ArrayList<>();
    Map<String, String> moved = new LinkedHashMap<>();
    for (Node entry : object.namedChildren()) {
      String key;
      String value;
      switch (entry.type()) {
        case "shorthand_property_identifier" -> {
          key = entry.text();
          value = key;
        }
        case "pair" -> {
          Node k = entry.child("key");
          if (k == null || !k.type().equals("property_identifier")) {
            return Optional.empty();
          }
          key = k.text();
          value = entry.child("value").text();
        }
        default -> {
          // Spreads, methods, computed keys and comments cannot be reshaped safely.
          return Optional.empty();
        }
      }
      if (r.keep().contains(key)) {
        kept.add(entry.text());
        keptKeys.add(key);
      } else if (r.options().containsKey(key)) {
        moved.put(r.options().get(key), value);
      } else if (!r.drop().contains(key)) {
        return Optional.empty();
      }
    }
    for (Map.Entry<String, String> a : r.add().entrySet()) {
      boolean intoOptions = a.getKey().startsWith("options.");
      String key = intoOptions ? a.getKey().substring("options.".length()) : a.getKey();
      // An entry the object already has would be written twice; leave that call to a catch-all.
      if (intoOptions ? moved.containsKey(key) : keptKeys.contains(key)) {
        return Optional.empty();
      }
      if (intoOptions) {
        moved.put(key, a.getValue());
      } else {
        kept.add(key + ": " + a.getValue());
      }
    }
    if (!moved.isEmpty()) {
      r.defaults().forEach(moved::putIfAbsent);
      List<String> opts = new ArrayList<>();
      moved.forEach((k, v) -> opts.add(k.equals(v) ? k : k + ": " + v));
      kept.add("options: { " + String.join(", ", opts) + " }");
    }
    if (r.members()) {
      return Optional.of(kept.stream().map(k -> ", " + k).collect(Collectors.joining()));
    }
    return Optional.of(kept.isEmpty() ? "{}" : "{ " + String.join(", ", kept) + " }");
  }

  /** Returns a comment inside the match that no capture carries over, or null. */
  private static Node commentOutsideCaptures(Node node, Bindings b, Template fix) {
    List<Node> comments = new ArrayList<>();
    node.walk(n -> {
      if (n.isComment()) {
        comments.add(n);
      }
    });
    for (Node comment : comments) {
      boolean carried = false;
      for (String name : fix.variables()) {
        Capture c = b.get(name);
        carried |= c != null && c.carries(comment);
      }
      if (!carried) {
        return comment;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}
