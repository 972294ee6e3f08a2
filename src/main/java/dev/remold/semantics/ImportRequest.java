package dev.remold.semantics;

import java.util.List;

/** A change a rule asks of a file's imports once its edits are in. */
public sealed interface ImportRequest {
  /** Ensures {@code import { name } from 'module'}. */
  record Add(String name, String module) implements ImportRequest {}

  /** Removes the import of {@code name} from any of the modules once nothing in the file uses it. */
  record RemoveIfUnused(String name, List<String> modules) implements ImportRequest {
    public RemoveIfUnused {
      modules = List.copyOf(modules);
    }
  }
}
