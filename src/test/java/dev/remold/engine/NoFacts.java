package dev.remold.engine;

import dev.remold.parse.Node;
import dev.remold.rules.FileContext;
import java.util.Optional;

/** The facts of a `.js` file in a project that has none: tests override the one fact they are about. */
interface NoFacts extends FileContext {
  @Override
  default String pathFromFileToRoot(String fileAtRoot) {
    return "./" + fileAtRoot;
  }

  @Override
  default Optional<String> graphqlModel(Node operation, String kind) {
    return Optional.empty();
  }

  @Override
  default Optional<String> graphqlRootField(Node operation) {
    return Optional.empty();
  }

  @Override
  default String extension() {
    return "js";
  }

  @Override
  default boolean hasDependency(String packageName) {
    return false;
  }
}
