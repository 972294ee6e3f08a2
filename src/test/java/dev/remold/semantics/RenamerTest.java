package dev.remold.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.EditSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renaming a module-level name at its uses, and declining when that could change meaning. */
class RenamerTest {
  private static Parser parser;

  @BeforeAll
  static void openParser() {
    parser = new Parser();
  }

  @AfterAll
  static void closeParser() {
    parser.close();
  }

  private static Node parse(String code) {
    return parser.parse(new SourceFile("test.tsx", code, Language.TSX)).root();
  }

  /** Renames outside the first occurrence of {@code skip} (or nowhere skipped when null) and applies. */
  private static String rename(String code, String from, String to, String skip) {
    int skipStart = skip == null ? 0 : code.indexOf(skip);
    int skipEnd = skip == null ? 0 : skipStart + skip.length();
    List<Edit> edits = Renamer.rename(parse(code), from, to, skipStart, skipEnd, "config", 7);
    assertNotNull(edits, "rename declined");
    edits.forEach(e -> assertEquals(7, e.group()));
    String out = EditSet.apply(code, edits);
    assertEquals(List.of(), parser.parse(new SourceFile("out.tsx", out, Language.TSX)).errors(), out);
    return out;
  }

  @Test
  void renamesEveryUseOutsideTheSkippedRange() {
    String code = """
        import awsExports from './aws-exports';
        Amplify.configure(awsExports);
        console.log(awsExports.aws_project_region);
        """;
    assertEquals("""
        import awsExports from './aws-exports';
        Amplify.configure(outputs);
        console.log(outputs.aws_project_region);
        """, rename(code, "awsExports", "outputs", "import awsExports from './aws-exports';"));
  }

  @Test
  void skippedRangeIsLeftAlone() {
    String code = "use(config); keep(config); use(config);";
    assertEquals("use(outputs); keep(config); use(outputs);", rename(code, "config", "outputs", "keep(config)"));
  }

  @Test
  void shorthandPropertyKeepsItsKey() {
    String code = """
        import awsExports from './aws-exports';
        Amplify.configure({ ...awsExports, awsExports });
        """;
    assertEquals("""
        import awsExports from './aws-exports';
        Amplify.configure({ ...outputs, awsExports: outputs });
        """, rename(code, "awsExports", "outputs", "import awsExports from './aws-exports';"));
  }

  @Test
  void propertyNamesAndKeysAreNotUses() {
    String code = "const o = { config: 1 }; o.config; use(config);";
    assertEquals("const o = { config: 1 }; o.config; use(outputs);", rename(code, "config", "outputs", null));
  }

  @Test
  void declinesWhenTheNewNameIsUsed() {
    Node root = parse("import awsExports from './aws-exports';\nuse(awsExports, outputs);\n");
    assertNull(Renamer.rename(root, "awsExports", "outputs", 0, 0, "config", 0));
  }

  @Test
  void declinesWhenTheNewNameIsDeclared() {
    Node root = parse("import awsExports from './aws-exports';\nfunction f(outputs) {}\nuse(awsExports);\n");
    assertNull(Renamer.rename(root, "awsExports", "outputs", 0, 0, "config", 0));
  }

  @Test
  void declinesWhenTheOldNameIsDeclaredTwice() {
    String code = """
        import awsExports from './aws-exports';
        function show(awsExports) { return awsExports; }
        use(awsExports);
        """;
    assertNull(Renamer.rename(parse(code), "awsExports", "outputs", 0, 0, "config", 0));
  }

  @Test
  void declinesWhenADestructuringDeclaresTheNameAgain() {
    String code = """
        const config = load();
        function f() {
          const { config } = other;
          return config;
        }
        """;
    assertNull(Renamer.rename(parse(code), "config", "outputs", 0, 0, "config", 0));
  }

  @Test
  void aRenamedKeyInADestructuringIsNotADeclaration() {
    String code = """
        const config = load();
        const { config: c } = other;
        use(config, c);
        """;
    assertEquals("""
        const outputs = load();
        const { config: c } = other;
        use(outputs, c);
        """, rename(code, "config", "outputs", null));
  }

  @Test
  void renamesNothingWhenTheNameIsUnused() {
    List<Edit> edits = Renamer.rename(parse("import awsExports from './aws-exports';\n"), "awsExports", "outputs",
        0, 0, "config", 0);
    assertEquals(List.of(), edits);
  }
}
