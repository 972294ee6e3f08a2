package dev.remold.engine;

import dev.remold.parse.Markup;
import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.EditSet;
import dev.remold.rules.Finding;
import dev.remold.rules.MarkupRule;
import dev.remold.rules.RuleHit;
import dev.remold.rules.Safety;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs markup rules over a template that is not code (a Vue template block, an Angular .html file): each rename is
 * an edit group settled by the {@link EditSet} policy, counted and reported at its line like a code rewrite.
 */
final class MarkupPass {
  private MarkupPass() {}

  /** The accepted edits and what the rules did and said, as a file pipeline reports them. */
  record Result(List<Edit> edits, Map<String, Integer> rewrites, List<Finding> findings, List<Finding> sites,
      List<String> notes) {}

  /** Returns the renames of the rules in text[from, to); {@code scripts} are the roots of the component's code. */
  static Result run(List<MarkupRule> rules, String text, int from, int to, List<Node> scripts) {
    List<RuleHit> hits = new ArrayList<>();
    for (MarkupRule r : rules) {
      hits.addAll(r.applyToMarkup(text, from, to, scripts, "", hits.size()));
    }
    EditSet set = new EditSet();
    hits.forEach(h -> set.addGroup(h.edits()));
    EditSet.Resolution resolution = set.resolve();
    Set<Edit> accepted = new HashSet<>(resolution.accepted());
    Map<String, Integer> rewrites = new TreeMap<>();
    Set<Finding> findings = new LinkedHashSet<>();
    Set<Finding> sites = new LinkedHashSet<>();
    for (RuleHit h : hits) {
      boolean applied = !h.edits().isEmpty() && accepted.containsAll(h.edits());
      if (!applied && h.finding() == null) {
        continue;
      }
      if (applied) {
        rewrites.merge(h.ruleId(), 1, Integer::sum);
      }
      Finding f = h.finding();
      if (f != null) {
        findings.add(f);
      }
      sites.add(f != null ? f : new Finding(h.ruleId(), Safety.SAFE, SyntaxTree.lineOf(text, h.start()), ""));
    }
    List<String> notes = resolution.conflicts().stream().map(c -> "rule " + c.ruleId() + " at line "
        + SyntaxTree.lineOf(text, c.offset()) + " was not applied: its edit overlaps one by rule " + c.otherRuleId()).toList();
    return new Result(resolution.accepted(), rewrites, List.copyOf(findings), List.copyOf(sites), notes);
  }

  /**
   * Checks that renames left a template's structure as it was: the same elements with as many attributes each
   * (a rename that ended a tag or a value early would show here).
   */
  static void checkShape(String before, int beforeFrom, int beforeTo, String after, int afterFrom, int afterTo,
      Set<String> ruleIds) throws FileFailure {
    if (!shape(before, beforeFrom, beforeTo).equals(shape(after, afterFrom, afterTo))) {
      throw new FileFailure("the template rewrite by rules " + String.join(", ", ruleIds)
          + " would change the template's markup; the file was left unchanged");
    }
  }

  private static List<String> shape(String text, int from, int to) {
    return Markup.elements(text, from, to).stream().map(e -> e.name() + "/" + e.attributes().size()).toList();
  }
}
