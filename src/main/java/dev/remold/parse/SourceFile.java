package dev.remold.parse;

import java.util.Objects;

/** The text of one source file with the grammar it is parsed with; path is for messages only. */
public record SourceFile(String path, String text, Language language) {
  public SourceFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(text);
    Objects.requireNonNull(language);
  }

  /** Returns the same file with other text. */
  public SourceFile withText(String newText) {
    return new SourceFile(path, newText, language);
  }
}
