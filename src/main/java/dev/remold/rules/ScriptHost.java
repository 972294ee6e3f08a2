package dev.remold.rules;

import dev.remold.match.Bindings;
import dev.remold.parse.Node;
import dev.remold.parse.SyntaxTree;
import java.util.List;

/**
 * Runs rules written in JavaScript: reads what a rule file exports, and calls it at a match. The
 * implementation lives in {@code dev.remold.js}; this package only knows the contract.
 */
public interface ScriptHost {
  /**
   * What a JavaScript rule file exports, read once when the rule is loaded; {@code metaJson} is the whole {@code meta}
   * object as JSON, for the parts read as in YAML rules ({@code when}, {@code unless}, {@code prefilter}).
   */
  record Meta(String id, String description, String safety, List<String> spec, List<String> languages, String message,
      String metaJson, String matchYaml, boolean hasTransform, boolean hasFix) {
    public Meta {
      spec = List.copyOf(spec);
      languages = List.copyOf(languages);
    }
  }

  /** A rule file that cannot be loaded: it does not evaluate, or exports the wrong things. */
  final class LoadException extends Exception {
    private final int line;

    /** Creates the exception with the 1-based line it points at (0 when unknown). */
    public LoadException(String message, int line) {
      super(message);
      this.line = line;
    }

    /** Returns the 1-based line in the rule file, or 0. */
    public int line() {
      return line;
    }
  }

  /** Returns the exports of a rule file. */
  Meta describe(String file, String source) throws LoadException;

  /**
   * Returns what the rule does at a node: its {@code fix} called for a match ({@code bindings} non-null),
   * or its {@code transform} called for the whole file ({@code node} is the root).
   *
   * @throws RuleFailure when the rule throws, runs out of time or statements, or asks for something invalid
   */
  List<RuleHit> run(ScriptRule rule, Node node, Bindings bindings, SyntaxTree tree, FileContext context, int group);
}
