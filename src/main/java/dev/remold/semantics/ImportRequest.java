package dev.remold.semantics;

import java.util.List;

/** A change a rule asks of a file's imports once its edits are in. */
public sealed interface ImportRequest {
  /**
   * Ensures {@code import { name } from 'module'}, under {@code localName} when that differs
   * ({@code import { signIn as amplifySignIn } …}) because the file already uses {@code name}. An empty
   * {@code name} asks for a side-effect import, {@code import 'module'}, unless the file imports the module already.
   */
  record Add(String name, String module, String localName, boolean replacesOldImport) implements ImportRequest {
    /** Returns the request to import a name under its own name. */
    public Add(String name, String module) {
      this(name, module, name, false);
    }

    /** Returns the request to import a name under a local name. */
    public Add(String name, String module, String localName) {
      this(name, module, localName, false);
    }
  }

  /**
   * Removes the import of an export from any of the modules once nothing in the file uses its local
   * name; {@code name} is the exported name as imported, {@code default} for a default import and
   * {@code *} for a namespace import, whatever the file calls it locally. In a rule as written, a
   * name {@code $X} with no modules stands for the import of what capture X names, resolved per match.
   */
  record RemoveIfUnused(String name, List<String> modules) implements ImportRequest {
    public RemoveIfUnused {
      modules = List.copyOf(modules);
    }
  }
}
