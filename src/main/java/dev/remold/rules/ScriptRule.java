package dev.remold.rules;

import dev.remold.match.Bindings;
import dev.remold.match.Matcher;
import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A rule written in JavaScript: either a {@code match} (picked in Java, one call of {@code fix} per
 * match) or a {@code transform} called once per file. The script itself runs in the {@link ScriptHost}.
 */
public final class ScriptRule implements Rule {
  private static final Pattern LIST_VAR = Pattern.compile("\\$\\$\\$([A-Z_][A-Z0-9_]*)");

  /** A pattern compiled for {@code api.find}, with the metavariables that capture lists ({@code $$$ARGS}). */
  public record Compiled(Matcher matcher, Set<String> listVars) {}

  private final String id;
  private final String description;
  private final Safety safety;
  private final String specId;
  private final String message;
  private final String file;
  private final String source;
  /** Empty for a transform rule, which starts at the root of every file. */
  private final Map<Language, Matcher> matchers;
  private final Set<String> matchListVars;
  private final Set<Language> languages;
  /** The rule's {@code meta.when} and {@code meta.unless}: a rule whose conditions fail is never run, nor GraalJS started. */
  private final Conditions conditions;
  private final List<Set<String>> requiredText;
  /** Its {@code meta.imports} (a file that imports none of them is never handed to it), and what its match needs. */
  private final List<Set<String>> requiredModules;
  private final Map<String, List<String>> symbols;
  private final ScriptHost host;
  private final Map<String, Compiled> findCache = new ConcurrentHashMap<>();

  ScriptRule(String id, String description, Safety safety, String specId, String message, String file, String source,
      Map<Language, Matcher> matchers, String matchYaml, Set<Language> languages, List<Set<String>> prefilter, Set<String> imports,
      Conditions conditions, Map<String, List<String>> symbols, ScriptHost host) {
    this.id = id;
    this.description = description;
    this.safety = safety;
    this.specId = specId;
    this.message = message;
    this.file = file;
    this.source = source;
    this.matchers = Map.copyOf(matchers);
    this.matchListVars = listVars(matchYaml == null ? "" : matchYaml);
    this.languages = Set.copyOf(languages);
    this.conditions = conditions;
    this.symbols = Map.copyOf(symbols);
    this.host = host;
    List<Set<String>> required = new ArrayList<>(prefilter);
    List<Set<String>> modules = new ArrayList<>();
    if (!imports.isEmpty()) {
      required.add(Set.copyOf(imports));
      modules.add(Set.copyOf(imports));
    }
    if (!matchers.isEmpty()) {
      required.addAll(matchers.values().iterator().next().requiredGroups());
      modules.addAll(matchers.values().iterator().next().requiredModules());
    }
    this.requiredModules = List.copyOf(modules);
    this.requiredText = List.copyOf(required);
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

  /** Returns the marker text for REVIEW, MANUAL and SAFE+NOTE rewrites, or "" for a SAFE rule. */
  public String message() {
    return message;
  }

  /** Returns the id a marker cites: the spec id, or the rule id when the rule cites none. */
  public String markerId() {
    return specId.isEmpty() ? id : specId;
  }

  /** Returns the rule file's path, as given when it was loaded. */
  public String file() {
    return file;
  }

  /** Returns the rule file's source text. */
  public String source() {
    return source;
  }

  /** Returns the {@code module#path} strings a pack symbol name stands for, or the name itself when the pack has no such symbol. */
  public List<String> symbol(String name) {
    return symbols.getOrDefault(name, List.of(name));
  }

  /** Returns whether the rule is a whole-file transform rather than a match with a fix. */
  public boolean isTransform() {
    return matchers.isEmpty();
  }

  /** Returns the metavariables of the rule's match that capture lists ({@code $$$ARGS}). */
  public Set<String> matchListVars() {
    return matchListVars;
  }

  @Override
  public boolean rewritesCode() {
    return safety != Safety.MANUAL;
  }

  @Override
  public boolean fallback() {
    return false;
  }

  @Override
  public Set<Language> languages() {
    return languages;
  }

  @Override
  public Set<String> startKinds(Language language) {
    if (isTransform()) {
      return Set.of("program");
    }
    // A grammar the rule does not read: it starts nowhere there.
    Matcher m = matchers.get(language);
    return m == null ? Set.of() : m.startKinds();
  }

  @Override
  public Set<String> calleeNames(Language language) {
    Matcher m = matchers.get(language);
    return isTransform() || m == null ? null : m.calleeNames();
  }

  @Override
  public List<Set<String>> requiredText() {
    return requiredText;
  }

  @Override
  public List<Set<String>> requiredModules() {
    return requiredModules;
  }

  @Override
  public boolean appliesIn(FileContext context) {
    return conditions.mayHold(context);
  }

  @Override
  public Set<String> projectCodeQueries() {
    return conditions.projectCodeQueries();
  }

  @Override
  public List<RuleHit> apply(Node node, SyntaxTree tree, FileContext context, int group) {
    Bindings b = null;
    if (!isTransform()) {
      b = matchers.get(tree.file().language()).match(node, Bindings.EMPTY);
      if (b == null) {
        return List.of();
      }
    } else if (node.parent() != null) {
      return List.of();
    }
    if (!conditions.projectCodeQueries().isEmpty() && !conditions.hold(context)) {
      return List.of();
    }
    return host.run(this, node, b, tree, context, group);
  }

  /**
   * Returns a pattern (code, or a rule object as YAML/JSON) compiled for {@code api.find}, with the
   * pack's symbols; compiled once per grammar and kept.
   *
   * @throws RuleFailure when the pattern is not valid
   */
  public Compiled compileFind(String spec, Language language, Parser parser) {
    String key = language + "\u0000" + spec;
    Compiled c = findCache.get(key);
    if (c == null) {
      List<String> problems = new ArrayList<>();
      Matcher m = new RuleLoader(parser).compileRuleObject(spec, language, symbols, problems);
      if (m == null) {
        throw new RuleFailure("api.find: " + String.join("; ", problems));
      }
      c = new Compiled(m, listVars(spec));
      findCache.put(key, c);
    }
    return c;
  }

  private static Set<String> listVars(String spec) {
    Set<String> out = new java.util.TreeSet<>();
    java.util.regex.Matcher m = LIST_VAR.matcher(spec);
    while (m.find()) {
      out.add(m.group(1));
    }
    return Set.copyOf(out);
  }

  @Override
  public String toString() {
    return id;
  }
}
