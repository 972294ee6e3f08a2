package dev.remold.rules;

import dev.remold.parse.Node;
import java.util.Optional;

/** Read-only facts about the file being rewritten and its project, as rules see them. */
public interface FileContext {
  /** Returns the path from the file's folder to a file at the project root, e.g. {@code ../amplify_outputs.json}. */
  String pathFromFileToRoot(String fileAtRoot);

  /**
   * Returns the Gen 1 {@code @model} an imported GraphQL operation works on, when the operation is of
   * the given kind (list, get, create, update, delete, onCreate, onUpdate, onDelete).
   */
  Optional<String> graphqlModel(Node operation, String kind);

  /** Returns the root field of an imported GraphQL operation ({@code listTodos} for an import aliased {@code ListTodos}). */
  Optional<String> graphqlRootField(Node operation);

  /**
   * Returns the key fields (partition key, then sort keys) of the secondary index an imported
   * {@code @index(queryField)} query reads; empty when the operation is no such query.
   */
  default java.util.List<String> graphqlIndexKeys(Node operation) {
    return java.util.List.of();
  }

  /** Returns the {@code @model} type names of the project's Gen 1 schema. */
  default java.util.Set<String> graphqlModels() {
    return java.util.Set.of();
  }

  /** Returns whether the project's amplify/data/resource.ts exports the Gen 2 {@code Schema} type (spec §8.1). */
  default boolean dataSchemaTyped() {
    return false;
  }

  /** Returns the file's extension without the dot, in lower case ({@code tsx}). */
  String extension();

  /** Returns whether the project's package.json declares a dependency on the package. */
  boolean hasDependency(String packageName);

  /**
   * Returns whether code outside the text being rewritten uses the name (the template of a Vue
   * component uses what its script imports), so that its import must stay.
   */
  default boolean usedOutside(String name) {
    return false;
  }

  /** Returns the value the run gives a pack option ({@code --graphql=client} gives client for graphql), empty when it gives none. */
  default Optional<String> option(String name) {
    return Optional.empty();
  }

  /** Returns whether some source file of the project holds a match of the regex; false where no project is known. */
  default boolean projectCodeMatches(String regex) {
    return false;
  }

  /** Returns the path of the file from the project root ({@code app/page.tsx}); empty where no project is known. */
  default String pathFromRoot() {
    return "";
  }

  /** Returns whether a file or folder exists at a path relative to the project root; false where no project is known. */
  default boolean projectFileExists(String pathFromRoot) {
    return false;
  }
}
