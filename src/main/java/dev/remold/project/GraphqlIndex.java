package dev.remold.project;

import java.util.List;

/**
 * A secondary-index query of the Gen 1 schema: its query field, the model it reads, and the key
 * fields (partition key, then sort keys) that the Gen 2 index query takes as its first argument.
 */
public record GraphqlIndex(String queryField, String model, List<String> keys) {
  public GraphqlIndex {
    keys = List.copyOf(keys);
  }
}
