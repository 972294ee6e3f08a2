package dev.remold.parse;

import java.util.Locale;
import java.util.Optional;

/** The tree-sitter grammars remold parses with; plain JavaScript and JSX use the TSX grammar. */
public enum Language {
  TSX,
  TYPESCRIPT;

  /** Returns the grammar for a file name, or empty when remold does not parse that kind of file. */
  public static Optional<Language> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "js", "jsx", "mjs", "cjs", "tsx" -> Optional.of(TSX);
      // .ts needs its own grammar: `<T>expr` type assertions clash with JSX.
      case "ts", "mts", "cts" -> Optional.of(TYPESCRIPT);
      default -> Optional.empty();
    };
  }

  /** Returns the grammar named in a rule file (js, jsx, javascript, tsx map to TSX; ts, typescript to TYPESCRIPT). */
  public static Optional<Language> forRuleName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "js", "jsx", "javascript", "tsx" -> Optional.of(TSX);
      case "ts", "typescript" -> Optional.of(TYPESCRIPT);
      default -> Optional.empty();
    };
  }
}
