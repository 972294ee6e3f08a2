package dev.remold.rules;

import dev.remold.match.AllMatcher;
import dev.remold.match.AnyMatcher;
import dev.remold.match.HasMatcher;
import dev.remold.match.InsideMatcher;
import dev.remold.match.KindMatcher;
import dev.remold.match.Matcher;
import dev.remold.match.NotMatcher;
import dev.remold.match.ParentMatcher;
import dev.remold.match.PatternException;
import dev.remold.match.PatternMatcher;
import dev.remold.match.RegexMatcher;
import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.rewrite.Template;
import dev.remold.semantics.ImportRequest;
import dev.remold.semantics.InitializedByMatcher;
import dev.remold.semantics.SymbolMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads rule packs: a folder with a {@code pack.yaml} manifest and rule files ({@code *.yml},
 * {@code *.yaml}, one rule per YAML document; {@code *.js}, {@code *.mjs}, one rule per module). Nothing is skipped quietly: every unknown key, bad
 * value and bad pattern in every file is reported with its file and line.
 */
public final class RuleLoader {
  private static final String MANIFEST = "pack.yaml";
  private static final Set<String> RULE_KEYS = Set.of("id", "description", "safety", "spec", "language", "languages",
      "rule", "constraints", "transform", "fix", "message", "note", "imports", "declare", "rename", "fallback", "when", "unless",
      "markup");
  private static final Set<String> MARKUP_RULE_KEYS = Set.of("id", "description", "safety", "spec", "markup", "fix", "message",
      "when", "unless");
  private static final Set<String> MARKUP_KEYS = Set.of("templates", "imports", "tag", "inside", "attribute", "value");
  private static final Set<String> MATCHER_KEYS =
      Set.of("pattern", "kind", "regex", "inside", "has", "parent", "not", "all", "any", "symbol", "initializedBy",
          "destructuredFrom");
  private static final Set<String> PACK_KEYS =
      Set.of("name", "version", "description", "migrates", "requires", "symbols", "project", "options");
  private static final Set<String> PROJECT_RULE_KEYS = Set.of("id", "description", "safety", "spec", "bump", "remove", "add",
      "gitignore", "scripts", "section", "ifDependsOn", "ifImports", "ifExists", "whileImported", "message");
  private static final java.util.regex.Pattern SYMBOL = java.util.regex.Pattern.compile("[^#\\s]+#[\\w$*]+(\\.[\\w$]+)*");
  private static final java.util.regex.Pattern METAVAR = java.util.regex.Pattern.compile("\\$(?:\\$\\$)?([A-Z_][A-Z0-9_]*)(?![\\w$])");
  private static final java.util.regex.Pattern DECLARATION =
      java.util.regex.Pattern.compile("^(?:const|let|var)\\s+[A-Za-z_$][\\w$]*\\s*=");
  private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Parser parser;
  private final ScriptHost scripts;
  /** The symbols of the pack being read: a name such as {@code Auth} for a list of {@code module#path}. */
  private Map<String, List<String>> symbols = Map.of();
  /** The run options of the pack being read, each with its values (the first is the default). */
  private Map<String, List<String>> options = Map.of();

  /** Creates a loader that compiles patterns with the given parser (patterns are code) and reads no JavaScript rules. */
  public RuleLoader(Parser parser) {
    this(parser, null);
  }

  /** Creates a loader that compiles patterns with the given parser and reads JavaScript rules through the host. */
  public RuleLoader(Parser parser, ScriptHost scripts) {
    this.parser = parser;
    this.scripts = scripts;
  }

  /**
   * Returns a rule object (YAML or JSON text, or a bare pattern) compiled for one grammar with the
   * given pack symbols, or null after adding what is wrong with it to {@code problems}.
   */
  public Matcher compileRuleObject(String spec, Language language, Map<String, List<String>> packSymbols,
      List<String> problems) {
    Set<RuleProblem> found = new LinkedHashSet<>();
    Reader r = new Reader("", found);
    symbols = Map.copyOf(packSymbols);
    Matcher m = null;
    try {
      Node node = new Compose(LoadSettings.builder().build()).composeString(spec).orElse(null);
      if (node == null) {
        found.add(new RuleProblem("", 0, "the pattern is empty"));
      } else {
        m = matcher(node, language, r, new TreeSet<>());
      }
    } catch (YamlEngineException e) {
      // Not YAML: a pattern such as `{ $$$ }` is still code.
      m = pattern(new ScalarNode(org.snakeyaml.engine.v2.nodes.Tag.STR, spec, org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN),
          language, r, new TreeSet<>());
    }
    found.forEach(p -> problems.add(p.message()));
    return found.isEmpty() ? m : null;
  }

  /** Returns the packs in the given folders, in order, with all problems found. */
  public RuleLoadResult load(List<Path> packFolders) {
    List<Pack> packs = new ArrayList<>();
    Set<RuleProblem> problems = new LinkedHashSet<>();
    Set<String> ids = new HashSet<>();
    for (Path folder : packFolders) {
      Pack pack = loadPack(folder, problems, ids);
      if (pack != null) {
        packs.add(pack);
      }
    }
    return new RuleLoadResult(packs, List.copyOf(problems));
  }

  private Pack loadPack(Path folder, Set<RuleProblem> problems, Set<String> ids) {
    if (!Files.isDirectory(folder)) {
      problems.add(new RuleProblem(folder.toString(), 0, "not a folder of rules"));
      return null;
    }
    Reader manifest = new Reader(folder.resolve(MANIFEST).toString(), problems);
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString().replace("/", "");
    String version = "";
    String description = "";
    String from = "";
    String to = "";
    List<Requirement> requires = new ArrayList<>();
    Map<String, List<String>> packSymbols = new LinkedHashMap<>();
    List<ProjectRule> projectRules = new ArrayList<>();
    Map<String, List<String>> packOptions = new LinkedHashMap<>();
    Path manifestPath = folder.resolve(MANIFEST);
    if (Files.exists(manifestPath)) {
      Node doc = manifest.single(read(manifestPath, manifest));
      Map<String, Node> m = manifest.mapping(doc, "the pack manifest", PACK_KEYS);
      if (m != null) {
        name = manifest.string(m.get("name"), "name", name);
        version = manifest.string(m.get("version"), "version", "");
        description = manifest.string(m.get("description"), "description", "");
        Map<String, Node> migrates = manifest.mapping(m.get("migrates"), "migrates", Set.of("from", "to"));
        if (migrates != null) {
          from = manifest.string(migrates.get("from"), "migrates.from", "");
          to = manifest.string(migrates.get("to"), "migrates.to", "");
        }
        Map<String, Node> syms = manifest.mapping(m.get("symbols"), "symbols", null);
        if (syms != null) {
          syms.forEach((symName, list) -> packSymbols.put(symName, symbolList(list, manifest)));
        }
        Map<String, Node> opts = manifest.mapping(m.get("options"), "options", null);
        if (opts != null) {
          opts.forEach((optName, list) -> {
            List<String> values = strings(list, manifest);
            if (!optName.matches("[a-z][a-z0-9-]*") || values.isEmpty()
                || values.stream().anyMatch(v -> !v.matches("[a-z0-9][a-z0-9-]*"))) {
              manifest.problem(list, "option `" + optName + "` must be a lower-case name with a list of lower-case values, "
                  + "the default first (graphql: [models, client])");
            }
            packOptions.put(optName, values);
          });
        }
        for (Node r : manifest.list(m.get("requires"))) {
          String text = manifest.string(r, "requires", "");
          Requirement.parse(text).ifPresentOrElse(requires::add,
              () -> manifest.problem(r, "requirement \"" + text + "\" is not of the form `package < 6`"));
        }
        for (Node p : manifest.list(m.get("project"))) {
          ProjectRule rule = readProjectRule(p, manifest);
          if (rule != null && !ids.add(rule.id())) {
            manifest.problem(p, "rule id `" + rule.id() + "` is used by another rule");
          } else if (rule != null) {
            projectRules.add(rule);
          }
        }
      }
    }
    symbols = Map.copyOf(packSymbols);
    options = Map.copyOf(packOptions);
    List<Rule> rules = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> {
        String f = p.getFileName().toString().replace("/", "");
        return (f.endsWith(".yml") || f.endsWith(".yaml") || f.endsWith(".js") || f.endsWith(".mjs")) && !f.equals(MANIFEST);
      }).sorted().toList();
    } catch (IOException e) {
      problems.add(new RuleProblem(folder.toString(), 0, "cannot list the folder: " + e.getMessage()));
      return null;
    }
    for (Path file : files) {
      Reader reader = new Reader(file.toString(), problems);
      String f = file.getFileName().toString();
      if (f.endsWith(".js") || f.endsWith(".mjs")) {
        Rule rule = readScriptRule(file, reader, packSymbols);
        if (rule != null && !ids.add(rule.id())) {
          reader.problems.add(new RuleProblem(reader.file, 0, "rule id `" + rule.id() + "` is used by another rule"));
        } else if (rule != null) {
          rules.add(rule);
        }
        continue;
      }
      for (Node doc : read(file, reader)) {
        Rule rule = readRule(doc, reader);
        if (rule != null && !ids.add(rule.id())) {
          reader.problem(doc, "rule id `" + rule.id() + "` is used by another rule");
        } else if (rule != null) {
          rules.add(rule);
        }
      }
    }
    return new Pack(name, version, description, from, to, requires, packOptions, rules, projectRules, folder.toString());
  }

  /** Reads one entry of the manifest's {@code project} list: a package.json or .gitignore edit. */
  private static ProjectRule readProjectRule(Node node, Reader r) {
    int before = r.problems.size();
    Map<String, Node> m = r.mapping(node, "a project rule", PROJECT_RULE_KEYS);
    if (m == null) {
      return null;
    }
    String id = r.required(m, "id", node);
    if (id != null && !RULE_ID.matcher(id).matches()) {
      r.problem(m.get("id"), "rule id `" + id + "` must be kebab-case (lower-case words joined by -)");
    }
    String description = r.required(m, "description", node);
    Safety safety = safety(r, m.get("safety"), r.required(m, "safety", node));
    List<String> specIds = r.list(m.get("spec")).stream().map(s -> r.string(s, "spec", "")).toList();
    List<String> kinds = Stream.of("bump", "remove", "add", "gitignore", "scripts").filter(m::containsKey).toList();
    if (kinds.size() != 1) {
      r.problem(node, "a project rule needs exactly one of `bump`, `remove`, `add`, `gitignore`, `scripts`"
          + (kinds.isEmpty() ? "" : " (it has " + String.join(", ", kinds) + ")"));
      return null;
    }
    ProjectRule.Kind kind = ProjectRule.Kind.valueOf(kinds.getFirst().toUpperCase(java.util.Locale.ROOT));
    Map<String, String> packages = new LinkedHashMap<>();
    Node what = m.get(kinds.getFirst());
    if (kind == ProjectRule.Kind.BUMP || kind == ProjectRule.Kind.ADD) {
      Map<String, Node> ranges = r.mapping(what, "`" + kinds.getFirst() + "` (package: range)", null);
      if (ranges != null) {
        ranges.forEach((pkg, range) -> packages.put(pkg, r.string(range, "a version range", "")));
      }
    } else if (kind == ProjectRule.Kind.SCRIPTS) {
      String regex = r.string(what, "`scripts` (a regex)", "");
      try {
        java.util.regex.Pattern.compile(regex);
        packages.put(regex, "");
      } catch (java.util.regex.PatternSyntaxException e) {
        r.problem(what, "`scripts` is not a valid regex: " + e.getDescription());
      }
    } else {
      r.list(what).forEach(n -> packages.put(r.string(n, "an entry", ""), ""));
    }
    String section = "dependencies";
    if (m.containsKey("section")) {
      section = r.string(m.get("section"), "section", "");
      if (kind != ProjectRule.Kind.ADD) {
        r.problem(m.get("section"), "`section` goes with `add` only");
      } else if (!section.equals("dependencies") && !section.equals("devDependencies")) {
        r.problem(m.get("section"), "section `" + section + "` is neither dependencies nor devDependencies");
      }
    }
    List<String> dependsOn = r.list(m.get("ifDependsOn")).stream().map(n -> r.string(n, "ifDependsOn", "")).toList();
    for (int i = 0; i < dependsOn.size(); i++) {
      String c = dependsOn.get(i);
      if (c.isBlank() || (c.strip().contains(" ") && Requirement.parse(c).isEmpty())) {
        r.problem(r.list(m.get("ifDependsOn")).get(i), "ifDependsOn \"" + c + "\" is neither a package name nor of the form `package >= 19`");
      }
    }
    List<String> imports = r.list(m.get("ifImports")).stream().map(n -> r.string(n, "ifImports", "")).toList();
    List<String> exists = r.list(m.get("ifExists")).stream().map(n -> r.string(n, "ifExists", "")).toList();
    Safety whileImported = Safety.REVIEW;
    if (m.containsKey("whileImported")) {
      if (kind != ProjectRule.Kind.REMOVE) {
        r.problem(m.get("whileImported"), "`whileImported` goes with `remove` only");
      }
      whileImported = safety(r, m.get("whileImported"), r.string(m.get("whileImported"), "whileImported", null));
    }
    String message = r.string(m.get("message"), "message", "");
    if (r.problems.size() > before || id == null || description == null || safety == null || whileImported == null) {
      return null;
    }
    return new ProjectRule(id, description, safety, specIds.isEmpty() ? "" : specIds.getFirst(), kind, packages,
        section, dependsOn, imports, exists, whileImported, message);
  }

  private static Safety safety(Reader r, Node at, String text) {
    if (text == null) {
      return null;
    }
    Safety s = Safety.of(text).orElse(null);
    if (s == null) {
      r.problem(at, "safety `" + text + "` is not one of SAFE, SAFE+NOTE, REVIEW, MANUAL");
    }
    return s;
  }

  private static List<Node> read(Path file, Reader reader) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      reader.problems.add(new RuleProblem(reader.file, 0, "cannot read: " + e.getMessage()));
      return List.of();
    }
    List<Node> docs = new ArrayList<>();
    try {
      for (Node n : new Compose(LoadSettings.builder().build()).composeAllFromString(text)) {
        docs.add(n);
      }
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      reader.problems.add(new RuleProblem(reader.file, line, "not valid YAML: " + e.getProblem()));
    } catch (YamlEngineException e) {
      reader.problems.add(new RuleProblem(reader.file, 0, "not valid YAML: " + e.getMessage()));
    }
    return docs;
  }

  private Rule readRule(Node doc, Reader r) {
    int before = r.problems.size();
    Map<String, Node> m = r.mapping(doc, "a rule", RULE_KEYS);
    if (m == null) {
      return null;
    }
    String id = r.required(m, "id", doc);
    if (id != null && !RULE_ID.matcher(id).matches()) {
      r.problem(m.get("id"), "rule id `" + id + "` must be kebab-case (lower-case words joined by -)");
    }
    String description = r.required(m, "description", doc);
    String safetyText = r.required(m, "safety", doc);
    Safety safety = safetyText == null ? null : Safety.of(safetyText).orElse(null);
    if (safetyText != null && safety == null) {
      r.problem(m.get("safety"), "safety `" + safetyText + "` is not one of SAFE, SAFE+NOTE, REVIEW, MANUAL");
    }
    List<String> specIds = new ArrayList<>();
    for (Node s : r.list(m.get("spec"))) {
      specIds.add(r.string(s, "spec", ""));
    }
    if (m.containsKey("markup")) {
      return readMarkupRule(doc, m, r, before, id, description, safety, specIds);
    }
    Set<Language> languages = new TreeSet<>();
    if (m.containsKey("language") && m.containsKey("languages")) {
      r.problem(m.get("languages"), "give `language` or `languages`, not both");
    }
    Node langNode = m.containsKey("language") ? m.get("language") : m.get("languages");
    for (Node l : r.list(langNode)) {
      String name = r.string(l, "language", "");
      Language.forRuleName(name).ifPresentOrElse(languages::add,
          () -> r.problem(l, "unknown language `" + name + "` (use js, jsx, ts, tsx, javascript or typescript)"));
    }
    if (langNode == null) {
      languages.addAll(List.of(Language.values()));
    }
    Node ruleNode = m.get("rule");
    if (ruleNode == null) {
      r.problem(doc, "missing required key `rule`");
    }
    Set<String> captured = new TreeSet<>();
    Set<String> capturedByRule = new TreeSet<>();
    Map<Language, Matcher> matchers = new EnumMap<>(Language.class);
    Map<Language, Map<String, Matcher>> constraints = new EnumMap<>(Language.class);
    for (Language lang : languages) {
      if (ruleNode != null) {
        Set<String> ruleVars = new TreeSet<>();
        matchers.put(lang, matcher(ruleNode, lang, r, ruleVars));
        capturedByRule.addAll(ruleVars);
        captured.addAll(ruleVars);
      }
      Map<String, Matcher> checks = new LinkedHashMap<>();
      Map<String, Node> cs = r.mapping(m.get("constraints"), "constraints", null);
      if (cs != null) {
        // Patterns inside constraints bind too (initializedBy): their variables count as captured.
        cs.forEach((name, node) -> checks.put(name, matcher(node, lang, r, captured)));
      }
      constraints.put(lang, checks);
    }
    Map<String, Node> cs = r.mapping(m.get("constraints"), "constraints", null);
    if (cs != null) {
      // A constraint may check a variable that an earlier constraint binds, not one bound later.
      Set<String> bound = new TreeSet<>(capturedByRule);
      for (Map.Entry<String, Node> c : cs.entrySet()) {
        if (!bound.contains(c.getKey())) {
          r.problem(m.get("constraints"), "constraint on $" + c.getKey() + ", which neither the rule nor an earlier constraint captures");
        }
        java.util.regex.Matcher mv = METAVAR.matcher(yamlText(c.getValue()));
        while (mv.find()) {
          bound.add(mv.group(1));
        }
      }
    }
    Map<String, Transform> transforms = readTransforms(m.get("transform"), r, captured);
    Map<String, String> renames = new LinkedHashMap<>();
    Map<String, Node> rn = r.mapping(m.get("rename"), "rename", null);
    if (rn != null) {
      rn.forEach((var, to) -> {
        if (!captured.contains(var)) {
          r.problem(to, "rename of $" + var + ", which the rule does not capture");
        }
        renames.put(var, r.string(to, "rename", ""));
      });
    }
    Set<String> known = new TreeSet<>(captured);
    known.addAll(transforms.keySet());
    Template fix = readTemplate(m.get("fix"), "fix", r, known);
    String markerKey = safety == Safety.SAFE_NOTE ? "note" : "message";
    Template message = readTemplate(m.get(markerKey), markerKey, r, known);
    if (safety == Safety.MANUAL && fix != null) {
      r.problem(m.get("fix"), "a MANUAL rule leaves the code as it is: remove `fix` or raise the safety level");
    }
    if ((safety == Safety.SAFE || safety == Safety.SAFE_NOTE) && fix == null) {
      r.problem(doc, "missing required key `fix` (only REVIEW and MANUAL rules may just add a marker)");
    }
    if (safety != null && safety != Safety.SAFE && message == null) {
      r.problem(doc, "a " + safety.label() + " rule needs `" + markerKey + "`: the reason written in its marker comment");
    }
    if (safety == Safety.SAFE && m.containsKey("note")) {
      r.problem(m.get("note"), "a SAFE rule adds no marker: remove `note` or use SAFE+NOTE");
    }
    if (safety != Safety.SAFE_NOTE && m.containsKey("note")) {
      r.problem(m.get("note"), "`note` is for SAFE+NOTE rules; REVIEW and MANUAL rules take `message`");
    }
    List<ImportRequest> imports = readImports(m.get("imports"), r);
    for (ImportRequest req : imports) {
      if (req instanceof ImportRequest.RemoveIfUnused u && u.name().startsWith("$") && !captured.contains(u.name().substring(1))) {
        r.problem(m.get("imports"), "removeUnused names " + u.name() + ", which the rule does not capture");
      }
    }
    String fallbackText = r.string(m.get("fallback"), "fallback", "false");
    if (!fallbackText.equals("true") && !fallbackText.equals("false")) {
      r.problem(m.get("fallback"), "fallback must be true or false");
    }
    boolean fallback = fallbackText.equals("true");
    List<String> declarations = new ArrayList<>();
    for (Node d : r.list(m.get("declare"))) {
      String decl = r.string(d, "declare", "").strip();
      boolean comment = decl.startsWith("//") && !decl.contains("\n");
      if (!comment && !DECLARATION.matcher(decl).find()) {
        r.problem(d, "declare `" + decl + "` must be a const, let or var declaration of one name, or a // comment line");
      }
      declarations.add(decl);
    }
    if (fix == null && (m.containsKey("imports") || m.containsKey("declare"))) {
      r.problem(m.containsKey("imports") ? m.get("imports") : m.get("declare"),
          "`imports` and `declare` act only with a `fix`; a rule that just adds a marker changes no imports");
    }
    List<String> when = projectCondition(m.get("when"), r);
    List<String> unless = projectCondition(m.get("unless"), r);
    if (r.problems.size() > before || id == null || safety == null || ruleNode == null) {
      return null;
    }
    String specId = specIds.isEmpty() ? "" : specIds.getFirst();
    return new DeclarativeRule(id, description, safety, fallback, new Conditions(when, unless), specId, matchers, constraints, transforms, fix, message,
        renames, imports, declarations);
  }

  /** Reads a rule with {@code markup}: an attribute rename in component templates, checked like a code rule. */
  private Rule readMarkupRule(Node doc, Map<String, Node> m, Reader r, int before, String id, String description,
      Safety safety, List<String> specIds) {
    m.forEach((key, value) -> {
      if (!MARKUP_RULE_KEYS.contains(key)) {
        r.problem(value, "`" + key + "` is not a key of a markup rule (allowed: " + String.join(", ", new TreeSet<>(MARKUP_RULE_KEYS)) + ")");
      }
    });
    if (safety != null && safety != Safety.SAFE) {
      r.problem(m.get("safety"), "a markup rule must be SAFE: remold writes no markers into templates");
    }
    Map<String, Node> mk = r.mapping(m.get("markup"), "markup", MARKUP_KEYS);
    Set<MarkupRule.Templates> templates = new TreeSet<>();
    String imports = "";
    Pattern tag = null;
    Pattern inside = null;
    Pattern attribute = null;
    Pattern value = null;
    if (mk != null) {
      for (Node t : r.list(mk.get("templates"))) {
        String name = r.string(t, "templates", "");
        switch (name) {
          case "vue" -> templates.add(MarkupRule.Templates.VUE);
          case "angular" -> templates.add(MarkupRule.Templates.ANGULAR);
          default -> r.problem(t, "unknown templates `" + name + "` (use vue or angular)");
        }
      }
      if (!mk.containsKey("templates")) {
        r.problem(m.get("markup"), "missing required key `templates` (vue, angular or both)");
      }
      imports = r.string(mk.get("imports"), "imports", "");
      if (!imports.isEmpty() && !SYMBOL.matcher(imports).matches()) {
        r.problem(mk.get("imports"), "imports `" + imports + "` is not of the form module#export (e.g. '@aws-amplify/ui-vue#Authenticator')");
      }
      tag = regex(mk.get("tag"), r);
      inside = regex(mk.get("inside"), r);
      attribute = regex(mk.get("attribute"), r);
      value = regex(mk.get("value"), r);
      if (!mk.containsKey("attribute")) {
        r.problem(m.get("markup"), "missing required key `attribute`: a regex on the attribute's name");
      }
    }
    Set<String> groups = new TreeSet<>();
    for (Pattern p : new Pattern[] {attribute, value}) {
      if (p != null) {
        groups.addAll(p.namedGroups().keySet());
      }
    }
    Map<String, Node> fix = r.mapping(m.get("fix"), "fix", Set.of("attribute", "value"));
    if (!m.containsKey("fix")) {
      r.problem(doc, "missing required key `fix`: the new `attribute` name or `value`");
    } else if (fix != null && fix.isEmpty()) {
      r.problem(m.get("fix"), "fix needs `attribute`, `value` or both");
    }
    String newAttribute = null;
    String newValue = null;
    if (fix != null) {
      newAttribute = fix.containsKey("attribute") ? r.string(fix.get("attribute"), "fix.attribute", "") : null;
      newValue = fix.containsKey("value") ? r.string(fix.get("value"), "fix.value", "") : null;
      for (String key : List.of("attribute", "value")) {
        for (String v : fix.containsKey(key) ? MarkupRule.variables(r.string(fix.get(key), key, "")) : List.<String>of()) {
          if (!groups.contains(v)) {
            r.problem(fix.get(key), "fix." + key + " uses $" + v + ", which is no named group of the attribute or value regex");
          }
        }
      }
    }
    String message = r.string(m.get("message"), "message", "");
    List<String> when = projectCondition(m.get("when"), r);
    List<String> unless = projectCondition(m.get("unless"), r);
    if (r.problems.size() > before || id == null || safety == null || attribute == null || fix == null) {
      return null;
    }
    return new MarkupRule(id, description, specIds.isEmpty() ? "" : specIds.getFirst(), new Conditions(when, unless),
        new MarkupRule.Spec(templates, imports, tag, inside, attribute, value, newAttribute, newValue), message);
  }

  private static Pattern regex(Node node, Reader r) {
    if (node == null) {
      return null;
    }
    String text = r.string(node, "a regex", "");
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      r.problem(node, "bad regex: " + e.getDescription());
      return null;
    }
  }

  /** Reads a JavaScript rule: its exports are checked like the keys of a YAML rule, its match compiled here. */
  private Rule readScriptRule(Path file, Reader r, Map<String, List<String>> packSymbols) {
    if (scripts == null) {
      r.problems.add(new RuleProblem(r.file, 0, "JavaScript rules cannot be read here"));
      return null;
    }
    String source;
    ScriptHost.Meta meta;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
      meta = scripts.describe(file.toString(), source);
    } catch (IOException e) {
      r.problems.add(new RuleProblem(r.file, 0, "cannot read: " + e.getMessage()));
      return null;
    } catch (ScriptHost.LoadException e) {
      r.problems.add(new RuleProblem(r.file, e.line(), e.getMessage()));
      return null;
    }
    int before = r.problems.size();
    String id = meta.id();
    if (id == null || !RULE_ID.matcher(id).matches()) {
      r.problems.add(new RuleProblem(r.file, 0, "meta.id `" + id + "` must be kebab-case (lower-case words joined by -)"));
    }
    if (meta.description() == null || meta.description().isBlank()) {
      r.problems.add(new RuleProblem(r.file, 0, "meta.description is missing"));
    }
    Safety safety = meta.safety() == null ? null : Safety.of(meta.safety()).orElse(null);
    if (safety == null) {
      r.problems.add(new RuleProblem(r.file, 0, "meta.safety `" + meta.safety() + "` is not one of SAFE, SAFE+NOTE, REVIEW, MANUAL"));
    } else if (safety != Safety.SAFE && (meta.message() == null || meta.message().isBlank())) {
      r.problems.add(new RuleProblem(r.file, 0, "a " + safety.label() + " rule needs meta.message: the reason written in its marker comment"));
    }
    Set<Language> languages = new TreeSet<>();
    for (String name : meta.languages()) {
      Language.forRuleName(name).ifPresentOrElse(languages::add, () -> r.problems.add(
          new RuleProblem(r.file, 0, "unknown language `" + name + "` in meta.languages (use js, jsx, ts, tsx, javascript or typescript)")));
    }
    if (meta.languages().isEmpty()) {
      languages.addAll(List.of(Language.values()));
    }
    Map<Language, Matcher> matchers = new EnumMap<>(Language.class);
    if (meta.hasTransform() == (meta.matchYaml() != null)) {
      r.problems.add(new RuleProblem(r.file, 0, "export either `transform(file, api)` or `match` with `fix(match, api)`, not both or neither"));
    } else if (meta.matchYaml() != null) {
      if (!meta.hasFix()) {
        r.problems.add(new RuleProblem(r.file, 0, "a rule that exports `match` must export `fix(match, api)` too"));
      }
      for (Language lang : languages) {
        List<String> errors = new ArrayList<>();
        Matcher m = compileRuleObject(meta.matchYaml(), lang, packSymbols, errors);
        errors.forEach(e -> r.problems.add(new RuleProblem(r.file, 0, "in `match`: " + e)));
        if (m != null) {
          matchers.put(lang, m);
        }
      }
    }
    // `when`, `unless` and `prefilter` read as in a YAML rule: JSON is YAML.
    List<String> when = List.of();
    List<String> unless = List.of();
    List<Set<String>> prefilter = List.of();
    Set<String> imports = Set.of();
    if (new Compose(LoadSettings.builder().build()).composeString(meta.metaJson()).orElse(null) instanceof MappingNode m) {
      Reader inMeta = new Reader(r.file, r.problems, /* lines= */ false);
      Map<String, Node> keys = inMeta.mapping(m, "meta", null);
      when = projectCondition(keys.get("when"), inMeta);
      unless = projectCondition(keys.get("unless"), inMeta);
      prefilter = prefilterGroups(keys.get("prefilter"), inMeta);
      imports = new LinkedHashSet<>(strings(keys.get("imports"), inMeta));
      if (imports.contains("")) {
        inMeta.problem(keys.get("imports"), "imports must be a list of module names ('@aws-amplify/ui-react')");
      }
    }
    if (r.problems.size() > before) {
      return null;
    }
    String message = meta.message() == null ? "" : meta.message();
    String specId = meta.spec().isEmpty() ? "" : meta.spec().getFirst();
    return new ScriptRule(id, meta.description(), safety, specId, message, file.toString(), source, matchers, meta.matchYaml(),
        languages, prefilter, imports, new Conditions(when, unless), packSymbols, scripts);
  }

  /**
   * Reads a JavaScript rule's {@code meta.prefilter}: strings one of which a file must hold, or a list of such lists,
   * each of which must be met ({@code [['API', '@aws-amplify/api'], ['aws-amplify']]}).
   */
  private static List<Set<String>> prefilterGroups(Node node, Reader r) {
    List<Node> items = r.list(node);
    if (items.stream().allMatch(ScalarNode.class::isInstance)) {
      return items.isEmpty() ? List.of() : List.of(new LinkedHashSet<>(strings(node, r)));
    }
    List<Set<String>> groups = new ArrayList<>();
    for (Node group : items) {
      List<String> anyOf = group instanceof SequenceNode ? strings(group, r) : List.of();
      if (anyOf.isEmpty()) {
        r.problem(group, "prefilter must be a list of strings, or a list of non-empty lists of strings (all of which must be met)");
        return List.of();
      }
      groups.add(new LinkedHashSet<>(anyOf));
    }
    return groups;
  }

  private Matcher matcher(Node node, Language lang, Reader r, Set<String> captured) {
    if (node instanceof ScalarNode) {
      // A bare string is a pattern: `rule: Auth.signIn($U, $P)`.
      return pattern(node, lang, r, captured);
    }
    Map<String, Node> m = r.mapping(node, "a rule object", MATCHER_KEYS);
    if (m == null) {
      return new AnyMatcher(List.of());
    }
    if (m.isEmpty()) {
      r.problem(node, "a rule object needs at least one of " + String.join(", ", new TreeSet<>(MATCHER_KEYS)));
      return new AnyMatcher(List.of());
    }
    List<Matcher> parts = new ArrayList<>();
    for (Map.Entry<String, Node> e : m.entrySet()) {
      Node v = e.getValue();
      switch (e.getKey()) {
        case "pattern" -> parts.add(pattern(v, lang, r, captured));
        case "kind" -> parts.add(new KindMatcher(r.string(v, "kind", "")));
        case "regex" -> {
          try {
            parts.add(new RegexMatcher(java.util.regex.Pattern.compile(r.string(v, "regex", ""))));
          } catch (PatternSyntaxException ex) {
            r.problem(v, "bad regex: " + ex.getDescription());
          }
        }
        case "inside" -> parts.add(new InsideMatcher(matcher(v, lang, r, captured)));
        case "has" -> parts.add(new HasMatcher(matcher(v, lang, r, captured)));
        case "parent" -> parts.add(new ParentMatcher(matcher(v, lang, r, captured)));
        case "initializedBy" -> parts.add(new InitializedByMatcher(matcher(v, lang, r, captured), null));
        case "destructuredFrom" -> {
          // `destructuredFrom: { key: data, value: <rule> }`: a name bound by `const { data } = <value>`.
          Map<String, Node> d = r.mapping(v, "destructuredFrom", Set.of("key", "value"));
          if (d != null && d.containsKey("key") && d.containsKey("value")) {
            parts.add(new InitializedByMatcher(matcher(d.get("value"), lang, r, captured), r.string(d.get("key"), "key", "")));
          } else if (d != null) {
            r.problem(v, "destructuredFrom needs key (the property name) and value (a rule object)");
          }
        }
        case "not" -> parts.add(new NotMatcher(matcher(v, lang, r, new TreeSet<>())));
        case "all" -> parts.add(new AllMatcher(r.list(v).stream().map(x -> matcher(x, lang, r, captured)).toList()));
        case "any" -> parts.add(new AnyMatcher(r.list(v).stream().map(x -> matcher(x, lang, r, captured)).toList()));
        case "symbol" -> parts.add(new SymbolMatcher(Set.copyOf(resolveSymbols(v, r))));
        default -> throw new IllegalStateException(e.getKey());
      }
    }
    return parts.size() == 1 ? parts.getFirst() : new AllMatcher(parts);
  }

  private Matcher pattern(Node v, Language lang, Reader r, Set<String> captured) {
    String code = r.string(v, "pattern", "");
    java.util.regex.Matcher mv = METAVAR.matcher(code);
    while (mv.find()) {
      if (!mv.group(1).equals("_")) {
        captured.add(mv.group(1));
      }
    }
    try {
      return PatternMatcher.compile(code, lang, parser);
    } catch (PatternException e) {
      r.problem(v, "bad pattern `" + code.strip() + "`: " + e.getMessage());
      return new AnyMatcher(List.of());
    }
  }

  /** Returns the {@code module#path} strings of a list, each checked. */
  private static List<String> symbolList(Node node, Reader r) {
    List<String> out = new ArrayList<>();
    for (Node item : r.list(node)) {
      String text = r.string(item, "symbol", "");
      if (!SYMBOL.matcher(text).matches()) {
        r.problem(item, "symbol `" + text + "` is not of the form module#export (e.g. aws-amplify#Auth, aws-amplify#default.Auth)");
      }
      out.add(text);
    }
    return out;
  }

  /** Returns the {@code module#path} strings a rule names: pack symbols by name, or written out. */
  private List<String> resolveSymbols(Node node, Reader r) {
    List<String> out = new ArrayList<>();
    for (Node item : r.list(node)) {
      String text = r.string(item, "symbol", "");
      if (symbols.containsKey(text)) {
        out.addAll(symbols.get(text));
      } else if (SYMBOL.matcher(text).matches()) {
        out.add(text);
      } else {
        r.problem(item, "`" + text + "` is neither a symbol of the pack (" + String.join(", ", new TreeSet<>(symbols.keySet()))
            + ") nor of the form module#export");
      }
    }
    return out;
  }

  private static Map<String, Transform> readTransforms(Node node, Reader r, Set<String> captured) {
    Map<String, Transform> out = new LinkedHashMap<>();
    Map<String, Node> m = r.mapping(node, "transform", null);
    if (m == null) {
      return out;
    }
    m.forEach((var, spec) -> {
      Map<String, Node> t = r.mapping(spec, "transform " + var,
          Set.of("pathFromFileToRoot", "graphqlModel", "graphqlField", "importedName", "replace", "reshapeObject", "lookup", "property", "entries",
              "member", "concat", "graphqlKind", "renameKeys"));
      if (t == null || t.size() != 1) {
        r.problem(spec, "transform " + var + " needs exactly one of pathFromFileToRoot, graphqlModel, graphqlField, graphqlKind, importedName, "
            + "replace, reshapeObject, renameKeys, lookup, property, entries, member, concat");
        return;
      }
      String kind = t.keySet().iterator().next();
      Node v = t.get(kind);
      switch (kind) {
        case "pathFromFileToRoot" -> out.put(var, new Transform.PathFromFileToRoot(r.string(v, kind, "")));
        case "graphqlModel" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("operation", "kind"));
          if (g != null) {
            String op = r.string(g.get("operation"), "operation", "");
            String opKind = r.string(g.get("kind"), "kind", "");
            if (!captured.contains(op)) {
              r.problem(v, "graphqlModel reads $" + op + ", which the rule does not capture");
            }
            Set<String> kinds = Set.of("list", "get", "create", "update", "delete", "onCreate", "onUpdate", "onDelete", "index");
            if (!kinds.containsAll(List.of(opKind.split("\\|", -1)))) {
              r.problem(v, "graphqlModel kind `" + opKind + "` is not one of list, get, create, update, delete, onCreate, onUpdate, onDelete,"
                  + " index, or several of them joined by | (list|index)");
            }
            out.put(var, new Transform.GraphqlModel(op, opKind));
          }
        }
        case "importedName" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "from"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source)) {
              r.problem(v, "importedName reads $" + source + ", which the rule does not capture");
            }
            try {
              out.put(var, new Transform.ImportedName(source, java.util.regex.Pattern.compile(r.string(g.get("from"), "from", ""))));
            } catch (PatternSyntaxException ex) {
              r.problem(g.get("from"), "bad regex: " + ex.getDescription());
            }
          }
        }
        case "graphqlField" -> {
          String source = r.string(v, kind, "");
          if (!captured.contains(source)) {
            r.problem(v, "graphqlField reads $" + source + ", which the rule does not capture");
          }
          out.put(var, new Transform.GraphqlField(source));
        }
        case "graphqlKind" -> {
          String source = r.string(v, kind, "");
          if (!captured.contains(source)) {
            r.problem(v, "graphqlKind reads $" + source + ", which the rule does not capture");
          }
          out.put(var, new Transform.GraphqlKind(source));
        }
        case "renameKeys" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "keys", "member"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source)) {
              r.problem(v, "renameKeys reads $" + source + ", which the rule does not capture");
            }
            out.put(var, new Transform.RenameKeys(source, stringMap(g.get("keys"), r), r.string(g.get("member"), "member", "")));
          }
        }
        case "entries" -> {
          String source = r.string(v, kind, "");
          if (!captured.contains(source)) {
            r.problem(v, "entries reads $" + source + ", which the rule does not capture");
          }
          out.put(var, new Transform.Entries(source));
        }
        case "property" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "key"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source)) {
              r.problem(v, "property reads $" + source + ", which the rule does not capture");
            }
            out.put(var, new Transform.Property(source, r.string(g.get("key"), "key", "")));
          }
        }
        case "member" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "key"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source)) {
              r.problem(v, "member reads $" + source + ", which the rule does not capture");
            }
            out.put(var, new Transform.Member(source, r.string(g.get("key"), "key", "")));
          }
        }
        case "concat" -> {
          List<String> parts = new ArrayList<>();
          for (Node item : r.list(v)) {
            String part = r.string(item, "a concat part", "");
            if (part.startsWith("$")) {
              String name = part.substring(1);
              if (!captured.contains(name) && !out.containsKey(name)) {
                r.problem(item, "concat reads " + part + ", which the rule neither captures nor computes before it");
              }
            } else if (part.matches(".*[\\'\"`].*")) {
              r.problem(item, "concat text `" + part + "` must not hold quotes, backticks or backslashes");
            }
            parts.add(part);
          }
          out.put(var, new Transform.Concat(parts));
        }
        case "lookup" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "values"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source) && !out.containsKey(source)) {
              r.problem(v, "lookup reads $" + source + ", which the rule neither captures nor computes before it");
            }
            out.put(var, new Transform.Lookup(source, stringMap(g.get("values"), r)));
          }
        }
        case "reshapeObject" -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "keep", "options", "drop", "defaults", "add", "members"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source)) {
              r.problem(v, "reshapeObject reads $" + source + ", which the rule does not capture");
            }
            out.put(var, new Transform.ReshapeObject(source, strings(g.get("keep"), r), stringMap(g.get("options"), r),
                strings(g.get("drop"), r), stringMap(g.get("defaults"), r), stringMap(g.get("add"), r),
                "true".equals(r.string(g.get("members"), "members", "false"))));
          }
        }
        default -> {
          Map<String, Node> g = r.mapping(v, kind, Set.of("source", "regex", "by"));
          if (g != null) {
            String source = r.string(g.get("source"), "source", "");
            if (!captured.contains(source)) {
              r.problem(v, "replace reads $" + source + ", which the rule does not capture");
            }
            try {
              out.put(var, new Transform.Replace(source, java.util.regex.Pattern.compile(r.string(g.get("regex"), "regex", "")),
                  r.string(g.get("by"), "by", "")));
            } catch (PatternSyntaxException ex) {
              r.problem(g.get("regex"), "bad regex: " + ex.getDescription());
            }
          }
        }
      }
    });
    return out;
  }

  /**
   * Reads {@code when}/{@code unless}: dependencies of the project, extensions of the file, code of the
   * project, run options of the pack, as {@code kind:value}.
   */
  private List<String> projectCondition(Node node, Reader r) {
    Map<String, Node> m = r.mapping(node, "a condition", Set.of("dependency", "extension", "projectCode", "option", "dataSchema"));
    if (m == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    strings(m.get("dependency"), r).forEach(d -> out.add("dependency:" + d));
    for (Node e : r.list(m.get("extension"))) {
      String ext = r.string(e, "extension", "");
      if (!ext.matches("[a-z0-9]+")) {
        r.problem(e, "extension `" + ext + "` must be written without the dot, in lower case (ts, tsx, js)");
      }
      out.add("extension:" + ext);
    }
    for (Node e : r.list(m.get("dataSchema"))) {
      String typed = r.string(e, "dataSchema", "");
      if (!typed.equals("true") && !typed.equals("false")) {
        r.problem(e, "dataSchema must be true or false (whether amplify/data/resource.ts exports the Schema type)");
      }
      out.add("dataSchema:" + typed);
    }
    for (Node e : r.list(m.get("projectCode"))) {
      String regex = r.string(e, "projectCode", "");
      try {
        java.util.regex.Pattern.compile(regex);
      } catch (PatternSyntaxException ex) {
        r.problem(e, "bad regex: " + ex.getDescription());
      }
      out.add("projectCode:" + regex);
    }
    for (Node e : r.list(m.get("option"))) {
      String text = r.string(e, "option", "");
      int eq = text.indexOf('=');
      List<String> values = eq < 0 ? null : options.get(text.substring(0, eq));
      if (values == null) {
        r.problem(e, "option `" + text + "` must be NAME=VALUE with a NAME the pack declares under `options` ("
            + String.join(", ", new TreeSet<>(options.keySet())) + ")");
      } else if (!values.contains(text.substring(eq + 1))) {
        r.problem(e, "option " + text.substring(0, eq) + " takes one of " + String.join(", ", values) + ", not `"
            + text.substring(eq + 1) + "`");
      }
      // The pack's default rides along, for runs that do not set the option.
      out.add("option:" + text + "|" + (values == null ? "" : values.getFirst()));
    }
    return out;
  }

  /** Returns the scalar text of a YAML node and everything under it, to find the metavariables it names. */
  private static String yamlText(Node node) {
    StringBuilder sb = new StringBuilder();
    if (node instanceof ScalarNode sc) {
      sb.append(sc.getValue()).append('\n');
    } else if (node instanceof SequenceNode sq) {
      sq.getValue().forEach(n -> sb.append(yamlText(n)));
    } else if (node instanceof MappingNode mn) {
      mn.getValue().forEach(t -> sb.append(yamlText(t.getKeyNode())).append(yamlText(t.getValueNode())));
    }
    return sb.toString();
  }

  private static List<String> strings(Node node, Reader r) {
    return r.list(node).stream().map(x -> r.string(x, "a name", "")).toList();
  }

  private static Map<String, String> stringMap(Node node, Reader r) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Node> m = r.mapping(node, "a mapping of names", null);
    if (m != null) {
      m.forEach((k, v) -> out.put(k, r.string(v, k, "")));
    }
    return out;
  }

  private static Template readTemplate(Node node, String key, Reader r, Set<String> known) {
    if (node == null) {
      return null;
    }
    Template t = Template.parse(r.string(node, key, ""));
    for (String v : t.variables()) {
      if (!known.contains(v)) {
        r.problem(node, key + " uses $" + v + ", which the rule neither captures nor computes");
      }
    }
    return t;
  }

  private List<ImportRequest> readImports(Node node, Reader r) {
    List<ImportRequest> out = new ArrayList<>();
    Map<String, Node> m = r.mapping(node, "imports", Set.of("add", "removeUnused"));
    if (m == null) {
      return out;
    }
    for (Node a : r.list(m.get("add"))) {
      Map<String, Node> spec = r.mapping(a, "an import to add", Set.of("name", "from"));
      if (spec != null) {
        // Without a name it is a side-effect import, such as a style sheet: `import 'module'`.
        String name = spec.containsKey("name") ? r.required(spec, "name", a) : "";
        out.add(new ImportRequest.Add(name, r.required(spec, "from", a)));
      }
    }
    for (Node a : r.list(m.get("removeUnused"))) {
      if (a instanceof ScalarNode sc && sc.getValue().startsWith("$")) {
        // `$OP`: the import of whatever the capture names (a codegen'd operation), once unused.
        out.add(new ImportRequest.RemoveIfUnused(sc.getValue(), List.of()));
        continue;
      }
      if (a instanceof ScalarNode) {
        // A symbol: its imports (the first step of each module#path) go once unused.
        for (String sym : resolveSymbols(a, r)) {
          String module = sym.substring(0, sym.indexOf('#'));
          String first = sym.substring(sym.indexOf('#') + 1).split("\\.")[0];
          ImportRequest.RemoveIfUnused req = new ImportRequest.RemoveIfUnused(first, List.of(module));
          if (!out.contains(req)) {
            out.add(req);
          }
        }
        continue;
      }
      Map<String, Node> spec = r.mapping(a, "an import to remove", Set.of("name", "from"));
      if (spec != null) {
        List<String> modules = r.list(spec.get("from")).stream().map(x -> r.string(x, "from", "")).toList();
        if (modules.isEmpty()) {
          r.problem(a, "missing required key `from`");
        }
        String name = r.required(spec, "name", a);
        if (name != null) {
          out.add(new ImportRequest.RemoveIfUnused(name, modules));
        }
      }
    }
    return out;
  }

  /** Reads YAML nodes of one file, recording problems with their lines. */
  private static final class Reader {
    final String file;
    final Set<RuleProblem> problems;
    /** Whether node lines are the file's lines (not for a JavaScript rule's meta, read as JSON). */
    private final boolean lines;

    Reader(String file, Set<RuleProblem> problems) {
      this(file, problems, true);
    }

    Reader(String file, Set<RuleProblem> problems, boolean lines) {
      this.file = file;
      this.problems = problems;
      this.lines = lines;
    }

    void problem(Node at, String message) {
      int line = at == null || !lines ? 0 : at.getStartMark().map(mk -> mk.getLine() + 1).orElse(0);
      problems.add(new RuleProblem(file, line, lines ? message : "in meta: " + message));
    }

    Node single(List<Node> docs) {
      return docs.isEmpty() ? null : docs.getFirst();
    }

    /** Returns the mapping's entries, reporting unknown keys (allowed == null: any key). */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
      if (node == null) {
        return null;
      }
      if (!(node instanceof MappingNode mn)) {
        problem(node, what + " must be a mapping of keys to values");
        return null;
      }
      Map<String, Node> out = new LinkedHashMap<>();
      for (NodeTuple t : mn.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
        if (key == null) {
          problem(t.getKeyNode(), "keys must be plain words");
        } else if (allowed != null && !allowed.contains(key)) {
          problem(t.getKeyNode(), "unknown key `" + key + "` in " + what + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        } else if (out.put(key, t.getValueNode()) != null) {
          problem(t.getKeyNode(), "key `" + key + "` appears twice");
        }
      }
      return out;
    }

    String string(Node node, String what, String fallback) {
      if (node == null) {
        return fallback;
      }
      if (node instanceof ScalarNode s) {
        return s.getValue();
      }
      problem(node, what + " must be a single value");
      return fallback;
    }

    String required(Map<String, Node> m, String key, Node at) {
      if (!m.containsKey(key)) {
        problem(at, "missing required key `" + key + "`");
        return null;
      }
      String v = string(m.get(key), key, null);
      if (v != null && v.isBlank()) {
        problem(m.get(key), "`" + key + "` is empty");
      }
      return v;
    }

    /** Returns the items of a sequence; a single value counts as a list of one; null gives none. */
    List<Node> list(Node node) {
      if (node == null) {
        return List.of();
      }
      if (node instanceof SequenceNode s) {
        return s.getValue();
      }
      return List.of(node);
    }
  }
}
