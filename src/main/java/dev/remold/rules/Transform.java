package dev.remold.rules;

import java.util.regex.Pattern;

/** Computes a new template variable for a match. */
sealed interface Transform {
  /** The path from the file to a file at the project root. */
  record PathFromFileToRoot(String fileAtRoot) implements Transform {}

  /** The Gen 1 model of the GraphQL operation captured by a variable; no match when unknown. */
  record GraphqlModel(String operationVar, String kind) implements Transform {}

  /** A regex replacement applied to a captured variable's text. */
  record Replace(String sourceVar, Pattern regex, String by) implements Transform {}
}
