package dev.remold.rules;

import dev.remold.rewrite.Edit;
import dev.remold.semantics.ImportRequest;
import java.util.List;

/**
 * What one rule match asks for: edits, import changes, module declarations, new files of the project, and a
 * finding for the report; [start, end) is the matched code.
 */
public record RuleHit(String ruleId, int start, int end, List<Edit> edits, List<ImportRequest> imports,
    List<String> declarations, Finding finding, List<NewFile> files) {
  public RuleHit {
    edits = List.copyOf(edits);
    imports = List.copyOf(imports);
    declarations = List.copyOf(declarations);
    files = List.copyOf(files);
  }

  /** Creates a hit that asks for no new file. */
  public RuleHit(String ruleId, int start, int end, List<Edit> edits, List<ImportRequest> imports,
      List<String> declarations, Finding finding) {
    this(ruleId, start, end, edits, imports, declarations, finding, List.of());
  }
}
