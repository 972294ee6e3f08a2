package dev.remold.semantics;

import dev.remold.parse.Node;
import dev.remold.rewrite.Edit;
import java.util.ArrayList;
import java.util.List;

/** Renames a module-level name at every use in a file, or declines when that could change meaning. */
public final class Renamer {
  private Renamer() {}

  /**
   * Returns the edits renaming {@code from} to {@code to} outside [skipStart, skipEnd), or null when
   * the rename is not safe: {@code to} is already used, or {@code from} is declared more than once.
   */
  public static List<Edit> rename(Node root, String from, String to, int skipStart, int skipEnd, String ruleId, int group) {
    if (!Names.usesOutsideImports(root, to).isEmpty() || !Names.declarations(root, to).isEmpty()
        || Names.declarations(root, from).size() > 1) {
      return null;
    }
    List<Edit> edits = new ArrayList<>();
    for (Node n : Names.usesOutsideImports(root, from)) {
      if (n.start() >= skipStart && n.end() <= skipEnd) {
        continue;
      }
      boolean exportedAsIs = n.parent() != null && n.parent().type().equals("export_specifier")
          && n.parent().child("alias") == null;
      if (exportedAsIs) {
        // `export { awsExports }` must keep exporting the same name.
        edits.add(new Edit(n.start(), n.end(), to + " as " + from, ruleId, group));
        continue;
      }
      switch (n.type()) {
        case "identifier", "type_identifier" -> edits.add(new Edit(n.start(), n.end(), to, ruleId, group));
        // `{ awsExports }` in an object literal keeps its key.
        case "shorthand_property_identifier" -> edits.add(new Edit(n.start(), n.end(), from + ": " + to, ruleId, group));
        default -> {
          return null;
        }
      }
    }
    return edits;
  }
}
