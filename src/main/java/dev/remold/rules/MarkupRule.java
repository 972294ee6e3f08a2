package dev.remold.rules;

import dev.remold.match.RegexMatcher;
import dev.remold.parse.Language;
import dev.remold.parse.Markup;
import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import dev.remold.semantics.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule read from YAML that renames an attribute, or its value, in component templates: the template block of a
 * Vue component, an Angular component's inline {@code template} string or its {@code .html} file.
 *
 * <p>Inline Angular templates are strings in code, so the rule also acts in the tree walk of the file pipeline,
 * where the string is its start node; the other templates are not code, and the engine hands them to
 * {@link #applyToMarkup} itself.
 */
public final class MarkupRule implements Rule {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}|\\$([A-Za-z][A-Za-z0-9]*)");
  /** What an attribute name may be made of: no space, quote, slash, equals sign or angle bracket. */
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[^\\s\"'<>/=]+");

  /** The templates a markup rule reads. */
  public enum Templates {
    /** The {@code <template>} block of a Vue single-file component. */
    VUE,
    /** An Angular component's inline {@code template:} string, and the project's {@code .html} files. */
    ANGULAR
  }

  /**
   * What the rule matches and writes: the regexes (null when not given) and the new name and value, templates of
   * the regexes' named groups (null to keep them).
   *
   * @param imports {@code module#export} the component's code must import ("" for no such condition)
   */
  record Spec(Set<Templates> templates, String imports, Pattern tag, Pattern inside, Pattern attribute, Pattern value,
      String newAttribute, String newValue) {
    Spec {
      templates = Set.copyOf(templates);
    }
  }

  private final String id;
  private final String description;
  private final String specId;
  private final Conditions conditions;
  private final Spec spec;
  private final String message;
  private final List<Set<String>> markupText;

  MarkupRule(String id, String description, String specId, Conditions conditions, Spec spec, String message) {
    this.id = id;
    this.description = description;
    this.specId = specId;
    this.conditions = conditions;
    this.spec = spec;
    this.message = message;
    List<Set<String>> text = new ArrayList<>();
    for (Pattern p : new Pattern[] {spec.attribute(), spec.value()}) {
      // A case-blind regex needs no text a case-sensitive search could rely on.
      Set<String> t = p == null || p.pattern().contains("(?i") ? null : new RegexMatcher(p).requiredText();
      if (t != null) {
        text.add(t);
      }
    }
    this.markupText = List.copyOf(text);
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
    return Safety.SAFE;
  }

  @Override
  public String specId() {
    return specId;
  }

  @Override
  public boolean rewritesCode() {
    return true;
  }

  @Override
  public boolean fallback() {
    return false;
  }

  /** Returns the grammars of the code that holds inline templates: none for a Vue-only rule. */
  @Override
  public Set<Language> languages() {
    return spec.templates().contains(Templates.ANGULAR) ? Set.of(Language.TYPESCRIPT, Language.TSX) : Set.of();
  }

  @Override
  public boolean appliesIn(FileContext context) {
    return conditions.hold(context);
  }

  @Override
  public Set<String> startKinds(Language language) {
    return Set.of("string", "template_string");
  }

  @Override
  public List<Set<String>> requiredText() {
    List<Set<String>> all = new ArrayList<>(markupText);
    all.add(Set.of("template"));
    return all;
  }

  /** Returns whether the rule reads templates of the kind. */
  public boolean reads(Templates kind) {
    return spec.templates().contains(kind);
  }

  /** Returns whether a template's text holds what the rule's regexes need (a quick test before it is scanned). */
  public boolean mayMatch(String text) {
    return markupText.stream().allMatch(anyOf -> anyOf.stream().anyMatch(text::contains));
  }

  /** Acts on the inline template of an Angular component: the string value of {@code template} in {@code @Component({…})}. */
  @Override
  public List<RuleHit> apply(Node node, SyntaxTree tree, FileContext context, int group) {
    if (!reads(Templates.ANGULAR) || !inlineTemplate(node) || !appliesIn(context)) {
      return List.of();
    }
    // A template with ${…} is computed: its markup is not all there to read.
    if (node.children().stream().anyMatch(c -> c.type().equals("template_substitution"))) {
      return List.of();
    }
    char delimiter = node.text().charAt(0);
    String forbidden = delimiter == '`' ? "`\\$" : delimiter + "\\\n\r";
    return applyToMarkup(tree.file().text(), node.start() + 1, node.end() - 1, List.of(tree.root()), forbidden, group);
  }

  /** Tells whether a string is the {@code template} of an {@code @Component} call from @angular/core. */
  private static boolean inlineTemplate(Node node) {
    Node pair = node.parent();
    if (pair == null || !pair.type().equals("pair") || !"value".equals(node.field())) {
      return false;
    }
    Node key = pair.child("key");
    String name = key.type().equals("string") ? key.text().substring(1, key.text().length() - 1) : key.text();
    Node call = pair.parent() == null || pair.parent().parent() == null ? null : pair.parent().parent().parent();
    if (!name.equals("template") || call == null || !call.type().equals("call_expression")
        || call.parent() == null || !call.parent().type().equals("decorator")) {
      return false;
    }
    return Scopes.symbolOf(call.child("function"))
        .filter(s -> s.module().equals("@angular/core") && s.path().equals(List.of("Component"))).isPresent();
  }

  /**
   * Returns the renames of this rule in text[from, to), one hit per attribute; {@code scripts} are the roots of the
   * code the template belongs with (for the rule's {@code imports}), {@code forbidden} the characters a replacement
   * must not hold where the template stands (the quote of a JavaScript string around it). A replacement that would
   * not fit is not made: the hit then carries a MANUAL finding.
   */
  public List<RuleHit> applyToMarkup(String text, int from, int to, List<Node> scripts, String forbidden, int group) {
    if (!spec.imports().isEmpty() && scripts.stream().noneMatch(root -> imports(root, spec.imports()))) {
      return List.of();
    }
    List<RuleHit> hits = new ArrayList<>();
    for (Markup.Element e : Markup.elements(text, from, to)) {
      if ((spec.tag() != null && !spec.tag().matcher(e.name()).find())
          || (spec.inside() != null && e.ancestors().stream().noneMatch(a -> spec.inside().matcher(a).find()))) {
        continue;
      }
      for (Markup.Attribute a : e.attributes()) {
        RuleHit hit = rename(text, a, forbidden, group);
        if (hit != null) {
          hits.add(hit);
        }
      }
    }
    return hits;
  }

  private RuleHit rename(String text, Markup.Attribute a, String forbidden, int group) {
    Matcher name = spec.attribute().matcher(a.name());
    if (!name.find()) {
      return null;
    }
    Matcher value = null;
    if (spec.value() != null) {
      value = spec.value().matcher(a.value());
      if (a.valueStart() < 0 || !value.find()) {
        return null;
      }
    }
    String newName = spec.newAttribute() == null ? a.name() : render(spec.newAttribute(), name, value);
    String newValue = spec.newValue() == null || a.valueStart() < 0 ? a.value() : render(spec.newValue(), name, value);
    if (newName.equals(a.name()) && newValue.equals(a.value())) {
      return null;
    }
    int line = SyntaxTree.lineOf(text, a.nameStart());
    int end = a.valueStart() < 0 ? a.nameStart() + a.name().length() : a.valueEnd();
    // The new text must stay one attribute: a name of name characters, a value without its own quote.
    String valueStops = a.quote() != 0 ? String.valueOf(a.quote()) : " \t\n\r\f>\"'`=<";
    String unfit = !ATTRIBUTE_NAME.matcher(newName).matches() ? "the attribute name `" + newName + "`"
        : containsAny(newValue, valueStops) ? "the value `" + newValue + "`"
        : containsAny(newName + newValue, forbidden) ? "`" + newName + "=" + newValue + "` in this string" : null;
    if (unfit != null) {
      String reason = "not rewritten: " + unfit + " would not fit in the template";
      return new RuleHit(id, a.nameStart(), end, List.of(), List.of(), List.of(), new Finding(id, Safety.MANUAL, line, reason));
    }
    List<Edit> edits = new ArrayList<>();
    if (!newName.equals(a.name())) {
      edits.add(new Edit(a.nameStart(), a.nameStart() + a.name().length(), newName, id, group));
    }
    if (!newValue.equals(a.value())) {
      edits.add(new Edit(a.valueStart(), a.valueEnd(), newValue, id, group));
    }
    Finding finding = message.isEmpty() ? null : new Finding(id, Safety.SAFE, line, message);
    return new RuleHit(id, a.nameStart(), end, edits, List.of(), List.of(), finding);
  }

  private static boolean containsAny(String s, String chars) {
    return s.chars().anyMatch(c -> chars.indexOf(c) >= 0);
  }

  /** Writes a template with the named groups of the two matches ({@code $NAME} or {@code ${NAME}}; "" for a group that took no part). */
  private static String render(String template, Matcher name, Matcher value) {
    return VARIABLE.matcher(template).replaceAll(m -> {
      String group = m.group(1) != null ? m.group(1) : m.group(2);
      String found = groupOf(name, group);
      if (found == null && value != null) {
        found = groupOf(value, group);
      }
      return Matcher.quoteReplacement(found == null ? "" : found);
    });
  }

  private static String groupOf(Matcher m, String group) {
    Map<String, Integer> groups = m.namedGroups();
    return groups.containsKey(group) ? m.group(group) : null;
  }

  /** Returns the variables a template names. */
  static List<String> variables(String template) {
    List<String> out = new ArrayList<>();
    Matcher m = VARIABLE.matcher(template);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  /** Tells whether a file's top-level imports bind {@code module#export} ({@code default} for a default import). */
  private static boolean imports(Node root, String query) {
    String module = query.substring(0, query.indexOf('#'));
    String export = query.substring(query.indexOf('#') + 1);
    for (Node stmt : root.namedChildren()) {
      Node source = stmt.type().equals("import_statement") ? stmt.child("source") : null;
      if (source == null || !source.text().substring(1, source.text().length() - 1).equals(module)) {
        continue;
      }
      boolean[] found = {false};
      stmt.walk(n -> {
        if (n.type().equals("import_specifier") && n.child("name") != null && n.child("name").text().equals(export)) {
          found[0] = true;
        } else if (export.equals("default") && n.type().equals("identifier") && n.parent().type().equals("import_clause")) {
          found[0] = true;
        }
      });
      if (found[0]) {
        return true;
      }
    }
    return false;
  }
}
