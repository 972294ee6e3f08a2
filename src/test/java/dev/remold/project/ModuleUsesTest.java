package dev.remold.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What files import, read from their text. */
class ModuleUsesTest {
  @Test
  void findsEveryFormOfImport() {
    String text = """
        import React from 'react';
        import type { AuthUser } from "aws-amplify/auth";
        import '@aws-amplify/ui-react/styles.css';
        export * from './graphql/queries';
        const { Auth } = require ( '@aws-amplify/auth' );
        const lazy = () => import("./Page");
        // don't count this: from here on the line is a comment
        const s = myrequire('not-a-module') + 'from' + 'x';
        """;
    assertEquals(Set.of("react", "aws-amplify/auth", "@aws-amplify/ui-react/styles.css", "./graphql/queries",
        "@aws-amplify/auth", "./Page"), ModuleUses.specifiers(text));
  }

  @Test
  void aPackageCountsForItsSubPathsAndNamedQueriesNeedTheName() {
    ModuleUses uses = new ModuleUses();
    List<String> queries = List.of("aws-amplify/auth#signInWithRedirect", "aws-amplify/auth#signOut");
    uses.add("src/a.js", "import { signInWithRedirect } from 'aws-amplify/auth';\n", queries);
    uses.add("src/b.js", "import '@aws-amplify/ui-react/styles.css';\n", queries);
    assertTrue(uses.imports("aws-amplify"));
    assertTrue(uses.imports("@aws-amplify/ui-react"));
    assertFalse(uses.imports("@aws-amplify/ui"), "a package name is not a prefix of another");
    assertEquals(List.of("src/b.js"), uses.filesImporting("@aws-amplify/ui-react"));
    assertTrue(uses.imports("aws-amplify/auth#signInWithRedirect"));
    assertFalse(uses.imports("aws-amplify/auth#signOut"));
  }

  @Test
  void aNameCountsOnlyWhole() {
    assertTrue(ModuleUses.containsName("signOut()", "signOut"));
    assertTrue(ModuleUses.containsName("a.signOut; signOutAll", "signOut"));
    assertTrue(ModuleUses.containsName("x signOut", "signOut"));
    assertFalse(ModuleUses.containsName("signOutAll(); $signOut; _signOut; signOut2", "signOut"));
    assertFalse(ModuleUses.containsName("", "signOut"));
  }
}
