package dev.remold.engine;

import dev.remold.match.NodeText;
import dev.remold.match.PatternMatcher;
import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.EditSet;
import dev.remold.rules.FileContext;
import dev.remold.rules.Finding;
import dev.remold.rules.MarkupRule;
import dev.remold.rules.NewFile;
import dev.remold.rules.Rule;
import dev.remold.rules.RuleFailure;
import dev.remold.rules.RuleHit;
import dev.remold.rules.Safety;
import dev.remold.semantics.ImportRequest;
import dev.remold.semantics.ModuleEditException;
import dev.remold.semantics.ModuleEditor;
import dev.remold.semantics.Scopes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rewrites one file: all rules in one walk per pass, edits settled by the {@link EditSet} policy,
 * imports edited, every output's tree made again (spliced where that is exact, else parsed) and checked for new
 * syntax errors; repeats until nothing changes, at most three passes.
 */
final class FilePipeline {
  static final int MAX_PASSES = 3;

  private final List<Rule> rules;
  /** Per rule (in order), what it requires: all of these groups, each met by any of its strings (numbers in {@link #scan}). */
  private final int[][][] requirements;
  /** Every string some rule requires, and every module some rule needs imported, numbered. */
  private final List<String> required;
  private final Map<String, Integer> requiredNumbers;
  private final StringScan scan;
  /** Per rule (in order), the modules a file must import for it: all of these groups (numbers in {@link #moduleGroups}). */
  private final int[][] moduleNeeds;
  /** Every set of modules some rule needs one of, numbered. */
  private final List<Set<String>> moduleGroups;
  /** Per set of modules, their numbers in {@link #required}. */
  private final int[][] moduleGroupStrings;
  /** Per grammar, which rules (in order) read it. */
  private final Map<Language, boolean[]> readers = new java.util.EnumMap<>(Language.class);

  private final boolean prefilter;

  /** Which rules can start at each node kind, by grammar: a pipeline serves a whole project, on every worker. */
  private final Map<Language, Starts> starts = new java.util.concurrent.ConcurrentHashMap<>();

  FilePipeline(List<Rule> rules) {
    this(rules, /* prefilter= */ true);
  }

  FilePipeline(List<Rule> rules, boolean prefilter) {
    this.rules = List.copyOf(rules);
    this.prefilter = prefilter;
    List<String> required = new ArrayList<>();
    Map<String, Integer> numbers = new HashMap<>();
    requirements = new int[this.rules.size()][][];
    for (int i = 0; i < requirements.length; i++) {
      List<Set<String>> groups = this.rules.get(i).requiredText().stream().map(StringScan::withoutSuperstrings).toList();
      requirements[i] = new int[groups.size()][];
      for (int g = 0; g < groups.size(); g++) {
        requirements[i][g] = groups.get(g).stream().mapToInt(s -> numbered(s, numbers, required)).toArray();
      }
    }
    Map<Set<String>, Integer> groupNumbers = new HashMap<>();
    List<Set<String>> groups = new ArrayList<>();
    moduleNeeds = new int[this.rules.size()][];
    for (int i = 0; i < moduleNeeds.length; i++) {
      moduleNeeds[i] = this.rules.get(i).requiredModules().stream().mapToInt(g -> numbered(g, groupNumbers, groups)).toArray();
    }
    moduleGroups = List.copyOf(groups);
    // The scan looks for the modules too: a file that names none of a group's modules imports none of them.
    moduleGroupStrings = new int[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      moduleGroupStrings[g] = groups.get(g).stream().mapToInt(s -> numbered(s, numbers, required)).toArray();
    }
    this.required = List.copyOf(required);
    this.requiredNumbers = Map.copyOf(numbers);
    scan = new StringScan(required);
    for (Language language : Language.values()) {
      boolean[] reads = new boolean[this.rules.size()];
      for (int i = 0; i < reads.length; i++) {
        reads[i] = this.rules.get(i).languages().contains(language);
      }
      readers.put(language, reads);
    }
  }

  /** Returns the number of a value in a list, adding it at the end the first time. */
  private static <T> int numbered(T value, Map<T, Integer> numbers, List<T> list) {
    return numbers.computeIfAbsent(value, v -> {
      list.add(v);
      return list.size() - 1;
    });
  }

  /** Returns whether every group of a rule's requirement has a string that occurs. */
  private static boolean meets(int[][] requirement, boolean[] present) {
    for (int[] anyOf : requirement) {
      boolean met = false;
      for (int n : anyOf) {
        met |= present[n];
      }
      if (!met) {
        return false;
      }
    }
    return true;
  }

  /**
   * The trees of a file's successive texts: the first parsed, each next one spliced from the one before where that
   * gives the tree a fresh parse would ({@link Parser#withReplacements}: the statements an edit touches are parsed
   * again with their neighbours), else parsed. A rewrite of a few calls in a big file then costs a parse of the
   * statements around them, not of the file, each step. A tree is answered again while the text has not changed.
   */
  private static final class Trees {
    private final Parser parser;
    private SyntaxTree last;

    Trees(Parser parser) {
      this.parser = parser;
    }

    /** Returns the tree of the file's text. */
    SyntaxTree of(SourceFile file) {
      if (last == null || !last.file().text().equals(file.text())) {
        last = parser.parse(file);
      }
      return last;
    }

    /** Returns the tree of the text that the edits, made on the last tree's text, give. */
    SyntaxTree afterEdits(List<Edit> edits, SourceFile result) {
      if (last == null || edits.isEmpty()) {
        return of(result);
      }
      SyntaxTree tree = parser.withReplacements(last, edits.stream().map(e -> new Parser.Replacement(e.start(), e.end(), e.replacement())).toList());
      last = tree != null && tree.file().text().equals(result.text()) ? tree : parser.parse(result);
      return last;
    }
  }

  /** Applies a batch of edits made on the tree of the text, keeping the trees and the positions up with it. */
  private static String step(SourceFile file, String text, List<Edit> edits, OriginalPositions positions, Trees trees) {
    String next = applyBatch(text, edits, positions);
    trees.afterEdits(edits, file.withText(next));
    return next;
  }

  /**
   * The rewritten text and what the rules did and said; {@code sites} has every settled match with its original line,
   * {@code files} the new project files that applied rewrites rely on.
   */
  record Outcome(String text, Map<String, Integer> rewrites, List<Finding> findings, List<Finding> sites, List<String> notes,
      List<NewFile> files) {
    Outcome {
      files = List.copyOf(files);
    }

    /** Returns the outcome of a file no rule acts in. */
    static Outcome unchanged(String text) {
      return new Outcome(text, Map.of(), List.of(), List.of(), List.of(), List.of());
    }
  }

  private Safety safetyOf(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().map(Rule::safety).orElse(Safety.SAFE);
  }

  /** Returns the rewritten text of a file. */
  Outcome run(SourceFile file, FileContext context, Parser parser) throws FileFailure {
    return run(file, context, parser, null);
  }

  /**
   * Returns the rewritten text of a file; {@code present} tells which of {@link #requiredText} occur in it when the
   * caller has looked already (null: look here).
   */
  Outcome run(SourceFile file, FileContext context, Parser parser, boolean[] present) throws FileFailure {
    // Which rule literals occur: the prefilter's answer, and the node-text checks' too (with the prefilter off as well).
    boolean[] occurring = present != null ? present : scan.occurring(file.text());
    boolean[] readable = readable(file, prefilter ? occurring : null);
    Map<String, Integer> rewrites = new TreeMap<>();
    Set<Finding> findings = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    if (!anyMayAct(readable, context)) {
      // No rule's required text occurs, or none may act in this project: the file is never parsed.
      return Outcome.unchanged(file.text());
    }
    Trees trees = new Trees(parser);
    SyntaxTree tree = trees.of(file);
    SyntaxTree initial = tree;
    List<Node> initialErrors = tree.errors();
    String text = file.text();
    OriginalPositions positions = new OriginalPositions();
    List<Finding> sites = new ArrayList<>();
    Set<NewFile> files = new LinkedHashSet<>();
    for (int pass = 1; pass <= MAX_PASSES; pass++) {
      if (pass > 1) {
        tree = trees.of(file.withText(text));
        // A rule may match code an earlier pass wrote (v6 code that the prefilter did not see at first).
        occurring = scan.occurring(text);
        readable = readable(file.withText(text), prefilter ? occurring : null);
      }
      noteAbsent(tree, occurring);
      List<RuleHit> hits = matchAll(tree, dispatchFor(tree.file().language(), offered(readable, tree, context, occurring)), context);
      if (pass == 1) {
        refuseEditsInBrokenCode(tree, initialErrors, hits);
      }
      // One rule call may answer with several hits (a custom rule's edits and flags): its group stands or falls whole.
      Map<Integer, List<Edit>> groups = new LinkedHashMap<>();
      hits.forEach(hit -> hit.edits().forEach(e -> groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e)));
      EditSet edits = new EditSet();
      groups.values().forEach(edits::addGroup);
      EditSet.Resolution resolution = edits.resolve();
      for (EditSet.Conflict c : resolution.conflicts()) {
        notes.add("rule " + c.ruleId() + " at line " + SyntaxTree.lineOf(file.text(), positions.toOriginal(c.offset()))
            + " was not applied: its edit overlaps one by rule " + c.otherRuleId());
      }
      Set<Integer> appliedGroups = new LinkedHashSet<>();
      resolution.accepted().forEach(e -> appliedGroups.add(e.group()));
      // Deferred matches come back next pass; report each finding once, when its match is settled.
      for (RuleHit hit : hits) {
        boolean settled = hit.edits().isEmpty() ? pass == 1 : appliedGroups.contains(hit.edits().getFirst().group());
        if (!settled) {
          continue;
        }
        // Lines name the file as it was, whichever pass the match was made in.
        int line = SyntaxTree.lineOf(file.text(), positions.toOriginal(hit.start()));
        Finding f = hit.finding();
        if (f != null) {
          findings.add(new Finding(f.ruleId(), f.safety(), line, f.message()));
        }
        if (!hit.edits().isEmpty() || f != null) {
          sites.add(new Finding(hit.ruleId(), f != null ? f.safety() : safetyOf(hit.ruleId()), line, f != null ? f.message() : ""));
        }
      }
      if (resolution.accepted().isEmpty()) {
        break;
      }
      String next = step(file, text, resolution.accepted(), positions, trees);
      List<RuleHit> applied = hits.stream().filter(h -> !h.edits().isEmpty() && appliedGroups.contains(h.edits().getFirst().group())).toList();
      next = editModule(file.withText(next), applied, trees, positions, context);
      gate(file.withText(next), initialErrors.size(), applied, trees);
      for (RuleHit h : applied) {
        rewrites.merge(h.ruleId(), 1, Integer::sum);
        files.addAll(h.files());
      }
      text = next;
      if (pass == MAX_PASSES && resolution.deferredGroups() > 0) {
        notes.add(resolution.deferredGroups() + " nested match(es) were left: matches nest deeper than " + MAX_PASSES + " passes");
      }
    }
    if (!initialErrors.isEmpty()) {
      notes.add("the file has syntax errors (first at line " + initial.lineOf(initialErrors.getFirst().start())
          + "); only code outside them was rewritten");
    }
    return new Outcome(text, rewrites, List.copyOf(findings), List.copyOf(new LinkedHashSet<>(sites)), notes, List.copyOf(files));
  }

  /**
   * Returns every string some rule requires, and the modules rules need, in the order {@code present} arrays follow: a
   * file in which no rule's required strings all occur gives {@link #run} nothing to do (unless the prefilter is off),
   * in the others no node is searched for a string the file lacks, nor its imports for a module it does not name.
   */
  List<String> requiredText() {
    return required;
  }

  /** Returns whether some rule may match the file: its required text occurs in it. */
  boolean mayMatch(SourceFile file) {
    return anyMayAct(readable(file, presentIn(file)), null);
  }

  /**
   * Returns whether some rule finds all the text it requires among what is present (null: not looked for, so it may;
   * with the prefilter off, every rule may).
   */
  boolean mayMatch(boolean[] present) {
    if (present == null || !prefilter) {
      return true;
    }
    for (int[][] requirement : requirements) {
      if (meets(requirement, present)) {
        return true;
      }
    }
    return false;
  }

  /** Returns what the rules find in a tree, without rewriting anything (the expressions of a Vue template). */
  List<RuleHit> matchOnly(SyntaxTree tree, FileContext context) throws FileFailure {
    boolean[] occurring = scan.occurring(tree.file().text());
    List<Rule> offered = offered(readable(tree.file(), prefilter ? occurring : null), tree, context, occurring);
    return offered.isEmpty() ? List.of() : matchAll(tree, dispatchFor(tree.file().language(), offered), context);
  }

  /** Returns the markup rules that may act in a template of the kind: their conditions hold and their text occurs in it. */
  List<MarkupRule> markupRules(MarkupRule.Templates kind, String template, FileContext context) {
    List<MarkupRule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof MarkupRule m && m.reads(kind) && (template == null || m.mayMatch(template)) && m.appliesIn(context)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Tells the node-text checks of this thread which rule literals the tree's text lacks (by the scan that found them). */
  private void noteAbsent(SyntaxTree tree, boolean[] occurring) {
    NodeText.absentFrom(tree.root().source(), literal -> {
      Integer n = requiredNumbers.get(literal);
      return n != null && !occurring[n];
    });
  }

  /** Returns the id a rule's markers carry: the spec id it cites, else its own id. */
  String markerIdOf(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst()
        .map(r -> r.specId().isEmpty() ? r.id() : r.specId()).orElse(ruleId);
  }

  /** Returns which required strings occur in a file (null when the prefilter is off). */
  private boolean[] presentIn(SourceFile file) {
    return prefilter ? scan.occurring(file.text()) : null;
  }

  /** Returns which rules (in order) read the file's grammar and find their required text (which of it is present; null: all do). */
  private boolean[] readable(SourceFile file, boolean[] present) {
    boolean[] reads = readers.get(file.language());
    boolean[] out = new boolean[rules.size()];
    for (int i = 0; i < out.length; i++) {
      // The text check first: a few array reads, and most files fail it for most rules.
      out[i] = (present == null || meets(requirements[i], present)) && reads[i];
    }
    return out;
  }

  /** Returns whether the conditions of one of the rules hold (or may: see {@link Rule#appliesIn}); without a context, they do. */
  private boolean anyMayAct(boolean[] readable, FileContext context) {
    for (int i = 0; i < readable.length; i++) {
      if (readable[i] && (context == null || rules.get(i).appliesIn(context))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the rules offered a file: of those that read it, the ones whose modules it imports and whose conditions
   * hold. A rule about a module's exports cannot act in a file that does not import it (nor, then, start GraalJS
   * there), whether or not its text was looked at first; the modules go first as most files import none of them.
   */
  private List<Rule> offered(boolean[] readable, SyntaxTree tree, FileContext context, boolean[] occurring) {
    Set<String> imported = null;
    byte[] groupMet = new byte[moduleGroups.size()]; // 0: not asked yet, 1: met, 2: not met
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < readable.length; i++) {
      boolean met = readable[i];
      for (int g = 0; met && g < moduleNeeds[i].length; g++) {
        int group = moduleNeeds[i][g];
        if (groupMet[group] == 0 && noneOccurs(moduleGroupStrings[group], occurring)) {
          groupMet[group] = 2;
        } else if (groupMet[group] == 0) {
          imported = imported == null ? Scopes.importedModules(tree.root()) : imported;
          groupMet[group] = java.util.Collections.disjoint(moduleGroups.get(group), imported) ? (byte) 2 : (byte) 1;
        }
        met = groupMet[group] == 1;
      }
      if (met && (context == null || rules.get(i).appliesIn(context))) {
        out.add(rules.get(i));
      }
    }
    return out;
  }

  private static boolean noneOccurs(int[] strings, boolean[] occurring) {
    for (int n : strings) {
      if (occurring[n]) {
        return false;
      }
    }
    return true;
  }

  /** The files offered the same rules in a grammar share their dispatch; a project has a handful of such sets. */
  private record DispatchKey(Language language, List<Rule> offered) {}

  private static final int MAX_SHARED_DISPATCHES = 256;
  private final Map<DispatchKey, Dispatch> dispatches = new java.util.concurrent.ConcurrentHashMap<>();

  private Dispatch dispatchFor(Language language, List<Rule> offered) {
    DispatchKey key = new DispatchKey(language, offered);
    Dispatch d = dispatches.get(key);
    if (d == null) {
      d = new Dispatch(language, offered);
      if (dispatches.size() < MAX_SHARED_DISPATCHES) {
        Dispatch first = dispatches.putIfAbsent(key, d);
        d = first != null ? first : d;
      }
    }
    return d;
  }

  /**
   * Rules offered a file by the node kind they can start at and, for calls, by the name called; filled as nodes come,
   * on every worker.
   */
  private final class Dispatch {
    private final Language language;
    private final List<Rule> offered;
    private final Set<Rule> isOffered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * The rules of each node type that is not a call, by the grammar's number for it; error nodes, which have none, in
     * the last slot. Filled as types come: two workers may both fill a slot, with equal lists.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<Rule>> bySymbol;
    /** The rules of each called name. */
    private final Map<String, List<Rule>> byCallee = new java.util.concurrent.ConcurrentHashMap<>();
    /** The offered rules of each of the pipeline's shared lists (most callee names share one), by identity. */
    private final Map<List<Rule>, List<Rule>> offeredOf = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    Dispatch(Language language, List<Rule> offered) {
      this.language = language;
      this.offered = List.copyOf(offered);
      isOffered.addAll(offered);
      bySymbol = new java.util.concurrent.atomic.AtomicReferenceArray<>(Parser.symbolCount(language) + 1);
    }

    /** Returns the rules, in order, that may match at the node. */
    List<Rule> candidates(Node n) {
      // Calls are told apart by what they call (a call's kind is always call_expression); other nodes by their type.
      String callee = PatternMatcher.calleeName(n);
      if (callee == null) {
        int slot = n.symbol() >= 0 ? n.symbol() : bySymbol.length() - 1;
        List<Rule> out = bySymbol.get(slot);
        if (out == null) {
          out = offeredStartingAt(n.type(), null);
          bySymbol.set(slot, out);
        }
        return out;
      }
      List<Rule> out = byCallee.get(callee);
      if (out == null) {
        out = offeredStartingAt(n.type(), callee);
        byCallee.put(callee, out);
      }
      return out;
    }

    private List<Rule> offeredStartingAt(String kind, String callee) {
      return offeredOf.computeIfAbsent(startingAt(language, kind, callee), all -> all.stream().filter(isOffered::contains).toList());
    }
  }

  /** One walk of the tree serves every rule: each node is offered only to the rules that can start at its kind. */
  private List<RuleHit> matchAll(SyntaxTree tree, Dispatch dispatch, FileContext context) throws FileFailure {
    List<RuleHit> hits = new ArrayList<>();
    int[] group = {0};
    // Document order, by a stack of the nodes still to visit (trees nest too deep for recursion).
    ArrayList<Node> pending = new ArrayList<>();
    pending.add(tree.root());
    while (!pending.isEmpty()) {
      Node n = pending.removeLast();
      for (int i = n.childCount() - 1; i >= 0; i--) {
        pending.add(n.childAt(i));
      }
      List<Rule> candidates = dispatch.candidates(n);
      if (candidates.isEmpty()) {
        continue;
      }
      // Catch-all rules only speak where no other rule matched the node.
      boolean matched = false;
      for (boolean fallbackRound : new boolean[] {false, true}) {
        for (Rule r : candidates) {
          if (r.fallback() != fallbackRound || (fallbackRound && matched)) {
            continue;
          }
          List<RuleHit> found;
          try {
            found = r.apply(n, tree, context, group[0]++);
          } catch (RuleFailure e) {
            throw new FileFailure("rule " + r.id() + " failed at line " + tree.lineOf(n.start()) + " of the file: " + e.getMessage());
          } catch (RuntimeException e) {
            throw new FileFailure("rule " + r.id() + " crashed at line " + tree.lineOf(n.start()) + ": " + e);
          }
          if (!found.isEmpty()) {
            hits.addAll(found);
            matched = true;
          }
        }
      }
    }
    return withoutCoveredFallbacks(hits, dispatch.offered);
  }

  /**
   * Returns the rules, in order, that can start at a node kind in a grammar, for a call the ones that can match what it
   * calls (most rules start at a call: offered each call, they would try their patterns on every one).
   */
  private List<Rule> startingAt(Language language, String kind, String callee) {
    return starts.computeIfAbsent(language, this::startsIn).at(kind, callee);
  }

  private Starts startsIn(Language language) {
    Set<String> named = new HashSet<>();
    for (Rule r : rules) {
      Set<String> callees = r.calleeNames(language);
      if (callees != null) {
        named.addAll(callees);
      }
    }
    return new Starts(language, named);
  }

  /**
   * Which rules can start where, in one grammar; kept for the pipeline's life. Real code calls thousands of names no
   * rule names: those calls share one list, so a new name costs a set lookup, not a pass over every rule.
   */
  private final class Starts {
    private final Language language;
    private final Set<String> namedCallees;
    private final Map<String, List<Rule>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Rule>> byCallee = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Rule> anyCall;

    Starts(Language language, Set<String> namedCallees) {
      this.language = language;
      this.namedCallees = namedCallees;
      this.anyCall = rules.stream().filter(r -> startsAt(r, "call_expression") && r.calleeNames(language) == null).toList();
    }

    List<Rule> at(String kind, String callee) {
      if (callee == null) {
        return byKind.computeIfAbsent(kind, k -> select(k, null));
      }
      return namedCallees.contains(callee) ? byCallee.computeIfAbsent(callee, c -> select("call_expression", c)) : anyCall;
    }

    /** The rules that can start at the kind and, when a callee is given, may call that name. */
    private List<Rule> select(String kind, String callee) {
      return rules.stream().filter(r -> startsAt(r, kind)
          && (callee == null || r.calleeNames(language) == null || r.calleeNames(language).contains(callee))).toList();
    }

    private boolean startsAt(Rule r, String kind) {
      Set<String> kinds = r.startKinds(language);
      return kinds == null || kinds.contains(kind);
    }
  }

  /** Drops catch-all hits on code that a regular rule rewrites in this pass (an inner call of a rewritten chain). */
  private static List<RuleHit> withoutCoveredFallbacks(List<RuleHit> hits, List<Rule> active) {
    Set<String> fallbackIds = new HashSet<>();
    active.stream().filter(Rule::fallback).forEach(r -> fallbackIds.add(r.id()));
    if (fallbackIds.isEmpty()) {
      return hits;
    }
    List<Edit> rewrites = new ArrayList<>();
    for (RuleHit h : hits) {
      if (!fallbackIds.contains(h.ruleId())) {
        h.edits().stream().filter(e -> !e.isInsertion()).forEach(rewrites::add);
      }
    }
    return hits.stream().filter(h -> !fallbackIds.contains(h.ruleId())
        || rewrites.stream().noneMatch(e -> e.start() <= h.start() && h.end() <= e.end())).toList();
  }

  /** A file that does not parse is rewritten only where no match touches the broken code. */
  private static void refuseEditsInBrokenCode(SyntaxTree tree, List<Node> errors, List<RuleHit> hits) throws FileFailure {
    for (Node err : errors) {
      for (RuleHit hit : hits) {
        for (Edit e : hit.edits()) {
          if (e.start() <= err.end() && err.start() <= e.end()) {
            throw new FileFailure("the file does not parse (syntax error at line " + tree.lineOf(err.start())
                + ") and rule " + hit.ruleId() + " matches code next to it; fix the syntax error and run again");
          }
        }
      }
    }
  }

  /** Applies the import changes and module declarations the applied rules asked for. */
  private static String editModule(SourceFile file, List<RuleHit> applied, Trees trees, OriginalPositions positions,
      FileContext context) throws FileFailure {
    List<ImportRequest.RemoveIfUnused> removals = new ArrayList<>();
    List<ImportRequest.Add> adds = new ArrayList<>();
    List<String> declarations = new ArrayList<>();
    for (RuleHit h : applied) {
      for (ImportRequest r : h.imports()) {
        switch (r) {
          case ImportRequest.Add a -> adds.add(a);
          case ImportRequest.RemoveIfUnused u -> removals.add(u);
        }
      }
      declarations.addAll(h.declarations().stream().filter(d -> !declarations.contains(d)).toList());
    }
    // A name a Vue template still uses keeps its import, unless a new import takes over its local name.
    removals.removeIf(r -> context.usedOutside(r.name())
        && adds.stream().noneMatch(a -> a.replacesOldImport() && a.localName().equals(r.name())));
    // Adds go first, while the old import still stands: new imports then land where the old
    // ones were and copy their quote style, even when the old import goes away entirely.
    String text = file.text();
    List<ImportRequest.RemoveIfUnused> replaced = new ArrayList<>();
    for (ImportRequest.Add a : adds) {
      if (a.replacesOldImport()) {
        removals.stream().filter(r -> !replaced.contains(r)).forEach(replaced::add);
      }
    }
    if (!replaced.isEmpty()) {
      List<Edit> removed = ModuleEditor.removeReplacedImports(trees.of(file), replaced.stream()
          .filter(r -> adds.stream().anyMatch(a -> a.replacesOldImport() && a.localName().equals(r.name()))).toList());
      text = step(file, text, removed, positions, trees);
    }
    List<Edit> added = List.of();
    if (!adds.isEmpty() || !declarations.isEmpty()) {
      try {
        added = ModuleEditor.addImportsAndDeclarations(trees.of(file.withText(text)), adds, declarations);
      } catch (ModuleEditException e) {
        String ids = String.join(", ", applied.stream().map(RuleHit::ruleId).distinct().toList());
        throw new FileFailure(e.getMessage() + " (rules " + ids + ")");
      }
    }
    if (removals.isEmpty()) {
      return step(file, text, added, positions, trees);
    }
    // Additions and removals computed on one tree apply together unless they touch the same
    // import (adding after an import that goes away): then the removals wait for the next tree.
    List<Edit> removed = ModuleEditor.removeUnusedImports(trees.of(file.withText(text)), removals);
    EditSet both = new EditSet();
    both.addGroup(added);
    both.addGroup(removed);
    EditSet.Resolution r = both.resolve();
    if (r.conflicts().isEmpty() && r.deferredGroups() == 0) {
      return step(file, text, r.accepted(), positions, trees);
    }
    // The usual case: a new import after one that goes away.
    text = step(file, text, added, positions, trees);
    return step(file, text, ModuleEditor.removeUnusedImports(trees.of(file.withText(text)), removals), positions, trees);
  }

  private static String applyBatch(String text, List<Edit> edits, OriginalPositions positions) {
    positions.add(edits);
    return EditSet.apply(text, edits);
  }

  /** Every output is parsed again: a rewrite that adds a syntax error fails the file instead. */
  private static void gate(SourceFile output, int errorsBefore, List<RuleHit> applied, Trees trees) throws FileFailure {
    SyntaxTree after = trees.of(output);
    List<Node> errors = after.errors();
    if (errors.size() > errorsBefore) {
      String ids = String.join(", ", applied.stream().map(RuleHit::ruleId).distinct().toList());
      throw new FileFailure("the rewrite would introduce a syntax error at line " + after.lineOf(errors.getFirst().start())
          + " (rules " + ids + "); the file was left unchanged");
    }
  }
}
