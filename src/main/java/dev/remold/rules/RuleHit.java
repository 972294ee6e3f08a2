package dev.remold.rules;

import dev.remold.rewrite.Edit;
import dev.remold.semantics.ImportRequest;
import java.util.List;

/**
 * What one rule match asks for: edits, import changes, module declarations, and a finding for the
 * report; [start, end) is the matched code.
 */
public record RuleHit(String ruleId, int start, int end, List<Edit> edits, List<ImportRequest> imports,
    List<String> declarations, Finding finding) {
  public RuleHit {
    edits = List.copyOf(edits);
    imports = List.copyOf(imports);
    declarations = List.copyOf(declarations);
  }
}
