package dev.remold.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.EditSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Removing unused imports and adding imports and declarations the way a person would. */
class ModuleEditorTest {
  private static final List<String> AMPLIFY = List.of("aws-amplify");
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  private static SyntaxTree parse(String code) {
    return parser.parse(new SourceFile("test.tsx", code, Language.TSX));
  }

  /** Applies the edits and checks the result parses cleanly. */
  private static String applyAndCheck(String code, List<Edit> edits) {
    String out = EditSet.apply(code, edits);
    assertEquals(List.of(), parse(out).errors(), out);
    return out;
  }

  private static String removeUnused(String code, List<String> modules, String... names) {
    List<ImportRequest.RemoveIfUnused> requests =
        Arrays.stream(names).map(n -> new ImportRequest.RemoveIfUnused(n, modules)).toList();
    return applyAndCheck(code, ModuleEditor.removeUnusedImports(parse(code), requests));
  }

  private static String add(String code, List<ImportRequest.Add> adds, List<String> declarations)
      throws ModuleEditException {
    return applyAndCheck(code, ModuleEditor.addImportsAndDeclarations(parse(code), adds, declarations));
  }

  private static String add(String code, ImportRequest.Add... adds) throws ModuleEditException {
    return add(code, List.of(adds), List.of());
  }

  private static ImportRequest.Add imp(String name, String module) {
    return new ImportRequest.Add(name, module);
  }

  // ---- removing ----

  @Test
  void removingAnUnusedSpecifierKeepsTheOthers() {
    String code = """
        import { Amplify, Auth } from 'aws-amplify';
        Amplify.configure(config);
        """;
    assertEquals("""
        import { Amplify } from 'aws-amplify';
        Amplify.configure(config);
        """, removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void removingTheOnlySpecifierDeletesTheWholeLine() {
    String code = """
        import React from 'react';
        import { Auth } from 'aws-amplify';
        import './App.css';

        export const App = () => <main />;
        """;
    assertEquals("""
        import React from 'react';
        import './App.css';

        export const App = () => <main />;
        """, removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void removingTheOnlySpecifierOfACrlfFileDeletesTheLineAndItsCrlf() {
    String code = "import { Auth } from 'aws-amplify';\r\nrun();\r\n";
    assertEquals("run();\r\n", removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void aUsedSpecifierIsKept() {
    String code = """
        import { Amplify, Auth } from 'aws-amplify';
        export const user = () => Auth.currentAuthenticatedUser();
        """;
    assertEquals(List.of(), ModuleEditor.removeUnusedImports(parse(code),
        List.of(new ImportRequest.RemoveIfUnused("Auth", AMPLIFY))));
  }

  @Test
  void aUseAsAShorthandPropertyCounts() {
    String code = """
        import { Auth } from 'aws-amplify';
        export default { Auth };
        """;
    assertEquals(code, removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void anImportFromAnotherModuleIsLeftAlone() {
    String code = "import { Auth } from './my-auth';\n";
    assertEquals(code, removeUnused(code, AMPLIFY, "Auth"));
  }

  /** Removes names from {@code import { a, b, c, d } from 'm'} in a file whose body uses some of them. */
  private static void assertRemovesFromFour(String expectedImport, String uses, String... names) {
    String code = "import { a, b, c, d } from 'm';\n" + uses;
    assertEquals(expectedImport + uses, removeUnused(code, List.of("m"), names));
  }

  @Test
  void removingSeveralSpecifiers() {
    assertRemovesFromFour("import { b, c, d } from 'm';\n", "b; c; d;\n", "a");
    assertRemovesFromFour("import { a, c, d } from 'm';\n", "a; c; d;\n", "b");
    assertRemovesFromFour("import { a, b, c } from 'm';\n", "a; b; c;\n", "d");
    assertRemovesFromFour("import { b, d } from 'm';\n", "b; d;\n", "a", "c");
    assertRemovesFromFour("import { a, c } from 'm';\n", "a; c;\n", "b", "d");
    assertRemovesFromFour("import { a, d } from 'm';\n", "a; d;\n", "b", "c");
    assertRemovesFromFour("import { d } from 'm';\n", "d;\n", "a", "b", "c");
    assertRemovesFromFour("import { a } from 'm';\n", "a;\n", "b", "c", "d");
    assertRemovesFromFour("", "", "a", "b", "c", "d");
    // asked to remove, but still used: only the unused one goes
    assertRemovesFromFour("import { a, c, d } from 'm';\n", "a; c; d;\n", "b", "c");
  }

  @Test
  void removingTheLastSpecifierOfAMultiLineImport() {
    String code = """
        import {
          Amplify,
          Auth,
        } from 'aws-amplify';
        Amplify.configure(config);
        """;
    assertEquals("""
        import {
          Amplify,
        } from 'aws-amplify';
        Amplify.configure(config);
        """, removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void anAliasedSpecifierIsNamedByItsExportAndCheckedByItsLocalName() {
    String code = "import { Auth as A, Hub } from 'aws-amplify';\nHub.listen('auth', f);\n";
    assertEquals(code, removeUnused(code, AMPLIFY, "A"));
    assertEquals("import { Hub } from 'aws-amplify';\nHub.listen('auth', f);\n", removeUnused(code, AMPLIFY, "Auth"));
    String used = "import { Auth as A, Hub } from 'aws-amplify';\nA.signOut();\n";
    assertEquals(used, removeUnused(used, AMPLIFY, "Auth"));
  }

  @Test
  void defaultAndNamed() {
    String code = "import Amplify, { Auth } from 'aws-amplify';\n";
    assertEquals("import { Auth } from 'aws-amplify';\nAuth;\n", removeUnused(code + "Auth;\n", AMPLIFY, "default"));
    assertEquals("import Amplify from 'aws-amplify';\nAmplify;\n", removeUnused(code + "Amplify;\n", AMPLIFY, "Auth"));
    assertEquals("x;\n", removeUnused(code + "x;\n", AMPLIFY, "default", "Auth"));
  }

  @Test
  void defaultOnly() {
    assertEquals("x;\n", removeUnused("import Amplify from 'aws-amplify';\nx;\n", AMPLIFY, "default"));
    assertEquals("x;\n", removeUnused("import * as amp from 'aws-amplify';\nx;\n", AMPLIFY, "*"));
  }

  @Test
  void defaultBesideANamespaceImport() {
    String code = "import Amplify, * as all from 'aws-amplify';\nall.Auth.signOut();\n";
    assertEquals("import * as all from 'aws-amplify';\nall.Auth.signOut();\n", removeUnused(code, AMPLIFY, "default"));
  }

  // ---- adding ----

  @Test
  void aSideEffectImportGoesAfterTheImportsOnceAndInTheFilesStyle() throws ModuleEditException {
    String code = "import { withAuthenticator } from \"@aws-amplify/ui-react\"\nexport default withAuthenticator(App)\n";
    ImportRequest.Add styles = imp("", "@aws-amplify/ui-react/styles.css");
    assertEquals("import { withAuthenticator } from \"@aws-amplify/ui-react\"\nimport \"@aws-amplify/ui-react/styles.css\"\n"
        + "export default withAuthenticator(App)\n", add(code, styles, styles));
    String there = "import '@aws-amplify/ui-react/styles.css';\nimport { Authenticator } from '@aws-amplify/ui-react';\n";
    assertEquals(there, add(there, styles));
    String commonJs = "const { withAuthenticator } = require('aws-amplify-react');\nmodule.exports = withAuthenticator(App);\n";
    assertEquals("const { withAuthenticator } = require('aws-amplify-react');\nrequire('@aws-amplify/ui-react/styles.css');\n"
        + "module.exports = withAuthenticator(App);\n", add(commonJs, styles));
  }

  @Test
  void addingToAnExistingImportFromTheSameModule() throws ModuleEditException {
    String code = """
        import { Amplify } from 'aws-amplify';
        Amplify.configure(config);
        """;
    assertEquals("""
        import { Amplify, Hub } from 'aws-amplify';
        Amplify.configure(config);
        """, add(code, imp("Hub", "aws-amplify")));
  }

  @Test
  void addingToAMultiLineImportPutsTheNameOnItsOwnLine() throws ModuleEditException {
    String code = """
        import {
          Amplify,
          Hub,
        } from 'aws-amplify';
        """;
    assertEquals("""
        import {
          Amplify,
          Hub,
          Cache,
        } from 'aws-amplify';
        """, add(code, imp("Cache", "aws-amplify")));
  }

  @Test
  void addingToADefaultOnlyImport() throws ModuleEditException {
    assertEquals("import Amplify, { Hub } from 'aws-amplify';\n",
        add("import Amplify from 'aws-amplify';\n", imp("Hub", "aws-amplify")));
  }

  @Test
  void newImportGoesAfterTheLastImportInTheFilesQuoteStyle() throws ModuleEditException {
    String code = """
        import React from "react";
        import { Amplify } from "aws-amplify";

        export default function App() {}
        """;
    assertEquals("""
        import React from "react";
        import { Amplify } from "aws-amplify";
        import { signIn, signOut } from "aws-amplify/auth";

        export default function App() {}
        """, add(code, imp("signIn", "aws-amplify/auth"), imp("signOut", "aws-amplify/auth")));
  }

  @Test
  void aCommentAtTheEndOfTheLastImportStaysOnItsLine() throws ModuleEditException {
    String code = """
        import { Amplify } from 'aws-amplify'; // v5

        Amplify.configure(config);
        """;
    assertEquals("""
        import { Amplify } from 'aws-amplify'; // v5
        import { signIn } from 'aws-amplify/auth';

        Amplify.configure(config);
        """, add(code, imp("signIn", "aws-amplify/auth")));
  }

  @Test
  void newImportInAFileWithoutSemicolons() throws ModuleEditException {
    String code = """
        import { Amplify } from 'aws-amplify'

        Amplify.configure(config)
        """;
    assertEquals("""
        import { Amplify } from 'aws-amplify'
        import { generateClient } from 'aws-amplify/data'

        const client = generateClient()

        Amplify.configure(config)
        """, add(code, List.of(imp("generateClient", "aws-amplify/data")), List.of("const client = generateClient();")));
  }

  @Test
  void newImportInACrlfFile() throws ModuleEditException {
    String code = "import { Amplify } from 'aws-amplify';\r\n\r\nrun();\r\n";
    assertEquals("import { Amplify } from 'aws-amplify';\r\nimport { signIn } from 'aws-amplify/auth';\r\n\r\nrun();\r\n",
        add(code, imp("signIn", "aws-amplify/auth")));
  }

  @Test
  void nothingIsAddedTwice() throws ModuleEditException {
    String code = "import { Amplify, Hub } from 'aws-amplify';\n";
    assertEquals(List.of(), ModuleEditor.addImportsAndDeclarations(parse(code), List.of(imp("Hub", "aws-amplify")),
        List.of()));
  }

  @Test
  void oneLocalNameForTwoDifferentExportsIsRefusedNotWrittenTwice() {
    // A client and a server rewrite in one pass both call getCurrentUser: two imports of one name would not load.
    ModuleEditException e = assertThrows(ModuleEditException.class, () -> add("run();\n",
        imp("getCurrentUser", "aws-amplify/auth"), imp("getCurrentUser", "aws-amplify/auth/server")));
    assertTrue(e.getMessage().contains("'aws-amplify/auth' and one from 'aws-amplify/auth/server'"), e.getMessage());
  }

  @Test
  void theSameRequestFromTwoMatchesAddsOneImport() throws ModuleEditException {
    // two rule hits in one file each ask for the same import
    assertEquals("import { Amplify, Hub } from 'aws-amplify';\n",
        add("import { Amplify } from 'aws-amplify';\n", imp("Hub", "aws-amplify"), imp("Hub", "aws-amplify")));
    assertEquals("import { Amplify } from 'aws-amplify';\nimport { signIn } from 'aws-amplify/auth';\n",
        add("import { Amplify } from 'aws-amplify';\n", imp("signIn", "aws-amplify/auth"), imp("signIn", "aws-amplify/auth")));
  }

  @Test
  void addingWhenTheFileHasNoImportsKeepsDirectivesAndLeadingCommentsFirst() throws ModuleEditException {
    String code = """
        // Copyright 2024 Example
        'use client';

        export default function Page() {
          return null;
        }
        """;
    assertEquals("""
        // Copyright 2024 Example
        'use client';

        import { signIn } from 'aws-amplify/auth';

        export default function Page() {
          return null;
        }
        """, add(code, imp("signIn", "aws-amplify/auth")));
  }

  @Test
  void addingToAFileWithoutImportsOrSemicolons() throws ModuleEditException {
    String code = """
        export const ready = true
        """;
    assertEquals("""
        import { signIn } from 'aws-amplify/auth'

        export const ready = true
        """, add(code, imp("signIn", "aws-amplify/auth")));
  }

  @Test
  void aCollisionWithALocalDeclarationIsRefusedWithItsLine() {
    String code = """
        import { Amplify } from 'aws-amplify';

        function signIn() {
          return 1;
        }
        """;
    ModuleEditException e = assertThrows(ModuleEditException.class,
        () -> ModuleEditor.addImportsAndDeclarations(parse(code), List.of(imp("signIn", "aws-amplify/auth")), List.of()));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("signIn"), e.getMessage());
  }

  @Test
  void aCollisionWithAnImportFromAnotherModuleIsRefused() {
    String code = "import { signIn } from './legacy-auth';\n";
    assertThrows(ModuleEditException.class,
        () -> ModuleEditor.addImportsAndDeclarations(parse(code), List.of(imp("signIn", "aws-amplify/auth")), List.of()));
  }

  @Test
  void aDeclarationIsInsertedOnceAfterTheImportsAndNotAgain() throws ModuleEditException {
    String code = """
        import { Amplify } from 'aws-amplify';
        import { listTodos } from './graphql/queries';

        export async function load() {
          return client.graphql({ query: listTodos });
        }
        """;
    List<ImportRequest.Add> adds = List.of(imp("generateClient", "aws-amplify/api"));
    List<String> decls = List.of("const client = generateClient();");
    String once = add(code, adds, decls);
    assertEquals("""
        import { Amplify } from 'aws-amplify';
        import { listTodos } from './graphql/queries';
        import { generateClient } from 'aws-amplify/api';

        const client = generateClient();

        export async function load() {
          return client.graphql({ query: listTodos });
        }
        """, once);
    assertEquals(List.of(), ModuleEditor.addImportsAndDeclarations(parse(once), adds, decls));
  }

  @Test
  void theSameDeclarationFromTwoMatchesIsInsertedOnce() throws ModuleEditException {
    String code = "import { generateClient } from 'aws-amplify/api';\n\nrun();\n";
    String decl = "const client = generateClient();";
    assertEquals("import { generateClient } from 'aws-amplify/api';\n\nconst client = generateClient();\n\nrun();\n",
        add(code, List.of(), List.of(decl, decl)));
  }

  @Test
  void aDeclarationWhoseNameIsTakenIsRefused() {
    String code = "import { Amplify } from 'aws-amplify';\nconst client = makeClient();\n";
    ModuleEditException e = assertThrows(ModuleEditException.class,
        () -> ModuleEditor.addImportsAndDeclarations(parse(code), List.of(), List.of("const client = generateClient();")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aDeclarationInAFileWithoutImports() throws ModuleEditException {
    assertEquals("import { generateClient } from 'aws-amplify/api';\n\nconst client = generateClient();\n\nrun();\n",
        add("run();\n", List.of(imp("generateClient", "aws-amplify/api")), List.of("const client = generateClient();")));
  }

  // ---- layout kept tidy ----

  @Test
  void removingTheFirstImportLeavesNoBlankFirstLine() {
    String code = "import { Auth } from 'aws-amplify';\n\nexport const x = 1;\n";
    assertEquals("export const x = 1;\n", removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void removingAnImportBetweenBlankLinesLeavesOneBlankLine() {
    String code = "import a from 'a';\n\nimport { Auth } from 'aws-amplify';\n\nexport const x = a;\n";
    assertEquals("import a from 'a';\n\nexport const x = a;\n", removeUnused(code, AMPLIFY, "Auth"));
  }

  @Test
  void newImportsUseTheQuoteMostImportsUse() throws ModuleEditException {
    String code = "import React from \"react\";\nimport a from 'a';\nimport b from 'b';\nx();\n";
    assertEquals("import React from \"react\";\nimport a from 'a';\nimport b from 'b';\nimport { signIn } from 'aws-amplify/auth';\nx();\n",
        add(code, imp("signIn", "aws-amplify/auth")));
  }
}
