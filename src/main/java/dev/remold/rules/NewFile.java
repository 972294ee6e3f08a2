package dev.remold.rules;

import java.util.Objects;

/**
 * A file a rule asks to create beside the code it rewrote (a shared module its rewrite imports): {@code path} is
 * relative to the project root, with forward slashes, and may not leave it; {@code note} is what a person should do
 * about it, or "" when nothing.
 */
public record NewFile(String ruleId, String path, String text, String note) {
  public NewFile {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(note, "note");
    String problem = problemWith(path);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Returns why a path cannot name a new file in the project (absolute, empty, leaving the root), or null when it can. */
  public static String problemWith(String path) {
    if (path == null || path.isBlank()) {
      return "the path of a new file must not be empty";
    }
    if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
      return "the path of a new file is relative to the project root, with forward slashes, not \"" + path + "\"";
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return "the path of a new file must stay inside the project, without empty, . or .. parts: \"" + path + "\"";
      }
    }
    return null;
  }
}
