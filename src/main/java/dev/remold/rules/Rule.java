package dev.remold.rules;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import java.util.List;
import java.util.Set;

/** A compiled rewrite rule; immutable and safe to share between threads. */
public sealed interface Rule permits DeclarativeRule, ScriptRule, MarkupRule {
  /** Returns the kebab-case id, unique in a run. */
  String id();

  /** Returns the one-line description shown by {@code remold rules}. */
  String description();

  /** Returns the safety level. */
  Safety safety();

  /** Returns the migration spec id the rule cites first (e.g. AUTH-04, the id in its markers), or "" when it cites none. */
  String specId();

  /** Returns whether the rule rewrites the code it matches, rather than only marking it for a person. */
  boolean rewritesCode();

  /** Returns whether this rule only acts on nodes where no other rule matched (a catch-all that flags what is left). */
  boolean fallback();

  /** Returns the grammars this rule applies to. */
  Set<Language> languages();

  /**
   * Returns whether the rule can act in a file at all, from facts of the file and its project alone (its
   * {@code when}/{@code unless}); a file no rule can act in is never parsed.
   */
  default boolean appliesIn(FileContext context) {
    return true;
  }

  /** Returns the regexes its conditions ask the project's code about ({@code projectCode}), so one search answers all. */
  default Set<String> projectCodeQueries() {
    return Set.of();
  }

  /** Returns the node types a match can start at in a grammar, or null for any. */
  Set<String> startKinds(Language language);

  /** Returns the names one of which a call the rule matches at must call (see {@code Matcher.calleeNames}), or null for any. */
  default Set<String> calleeNames(Language language) {
    return null;
  }

  /**
   * Returns what a file must contain for this rule to match: for each set, one of its strings
   * (files failing any set are never parsed for this rule); empty when nothing is known.
   */
  List<Set<String>> requiredText();

  /**
   * Returns the modules a file must import or require for this rule to act there: for each set, one of them (see
   * {@code Matcher.requiredModules}); empty when nothing is known. Checked on the parsed file, before matching.
   */
  default List<Set<String>> requiredModules() {
    return List.of();
  }

  /**
   * Returns what the rule does at a node, empty when it does not match there. Callers offer a file's nodes only
   * to rules that {@link #appliesIn} its context. All hits of one call
   * carry edits of the given group: they are applied together or not at all.
   */
  List<RuleHit> apply(Node node, SyntaxTree tree, FileContext context, int group);
}
