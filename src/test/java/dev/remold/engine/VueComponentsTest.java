package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Parser;
import dev.remold.rules.Finding;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vue components: script blocks rewritten in place, nothing else touched, template calls marked. */
class VueComponentsTest {
  @TempDir
  Path tmp;

  private final Parser parser = new Parser();

  @AfterEach
  void close() {
    parser.close();
  }

  /** Facts of a file with the extension whose template uses the names. */
  private record Context(String extension, Set<String> templateNames) implements NoFacts {
    @Override
    public String pathFromFileToRoot(String fileAtRoot) {
      return "../" + fileAtRoot;
    }

    @Override
    public boolean usedOutside(String name) {
      return templateNames.contains(name);
    }
  }

  private FilePipeline.Outcome run(FilePipeline pipeline, String text) throws FileFailure {
    return new VueComponents(pipeline, parser).run("C.vue", text, Context::new);
  }

  private static FilePipeline builtin() {
    return new FilePipeline(GoldenPairsTest.builtinRules().packs().getFirst().rules());
  }

  @Test
  void scriptBlocksAreRewrittenInPlaceAndEverythingElseStaysByteIdentical() throws Exception {
    String template = "<template>\r\n  <button @click=\"go\">{{ label }}</button>\r\n</template>\r\n\r\n";
    String style = "\r\n\r\n<style>\r\nbutton { color: red }\r\n</style>\r\n";
    String text = template + "<script setup lang=\"ts\">\r\n  import { Auth } from 'aws-amplify';\r\n\r\n"
        + "  const go = () => Auth.signOut();\r\n</script>" + style;
    FilePipeline.Outcome out = run(builtin(), text);
    assertEquals(template + "<script setup lang=\"ts\">\r\n  import { signOut } from 'aws-amplify/auth';\r\n\r\n"
        + "  const go = () => signOut();\r\n</script>" + style, out.text());
    assertEquals(List.of(8), out.sites().stream().map(Finding::line).toList(), "lines are lines of the .vue file");
  }

  @Test
  void newImportsOfAnIndentedBlockAreIndentedLikeIt() throws Exception {
    String text = "<script>\n    const f = () => Auth.currentSession();\n    import { Auth } from 'aws-amplify';\n</script>\n";
    String scriptWithoutImports = "<script>\n\texport const out = Hub;\n</script>\n";
    assertTrue(run(builtin(), text).text().contains("\n    import { fetchAuthSession } from 'aws-amplify/auth';\n"),
        run(builtin(), text).text());
    assertEquals(scriptWithoutImports, run(builtin(), scriptWithoutImports).text());
  }

  @Test
  void bothBlocksOfAComponentAreRewritten() throws Exception {
    String text = "<script>\nimport { Auth } from 'aws-amplify';\nexport const out = () => Auth.signOut();\n</script>\n"
        + "<script setup>\nimport { Hub } from 'aws-amplify';\nHub.listen('auth', () => {});\n</script>\n";
    String out = run(builtin(), text).text();
    assertTrue(out.contains("import { signOut } from 'aws-amplify/auth';\nexport const out = () => signOut();\n</script>"), out);
    assertTrue(out.contains("<script setup>\nimport { Hub } from 'aws-amplify/utils';\n"), out);
  }

  @Test
  void aBlockThatFailsLeavesTheWholeFileUnchangedAndNamesItsLine() throws Exception {
    Files.writeString(tmp.resolve("rules.yaml"), """
        id: f-to-g
        description: test
        safety: SAFE
        rule: f($X)
        fix: g($X)
        ---
        id: breaks-code
        description: test
        safety: SAFE
        rule: bar($X)
        fix: bar($X
        """);
    RuleLoadResult loaded = new RuleLoader(parser).load(List.of(tmp));
    FilePipeline pipeline = new FilePipeline(loaded.packs().getFirst().rules());
    String text = "<template><p/></template>\n<script>\nf(1);\n</script>\n<script setup>\nok();\nbar(1);\n</script>\n";
    FileFailure failure = assertThrows(FileFailure.class, () -> run(pipeline, text));
    assertTrue(failure.getMessage().startsWith("<script setup> block: ") && failure.getMessage().contains("syntax error at line 7"),
        failure.getMessage());
  }

  @Test
  void amplifyCallsInTheTemplateGetAnHtmlMarkerOnceAndKeepTheirImport() throws Exception {
    String text = """
        <template>
          <div>
            <button
              @click="Auth.signOut()"
            >Sign out</button>
            <p>{{ user }}</p>
          </div>
        </template>
        <script setup>
        import { Auth } from 'aws-amplify';
        const user = await Auth.currentAuthenticatedUser();
        </script>
        """;
    FilePipeline.Outcome out = run(builtin(), text);
    String marker = "    <!-- TODO(amplify-migrate): AUTH-09 Auth.signOut() in the template is Amplify Gen 1 API: "
        + "move it into a function of the script, where remold migrates it -->\n";
    assertTrue(out.text().contains("  <div>\n" + marker + "    <button\n"), out.text());
    assertTrue(out.text().contains("import { Auth } from 'aws-amplify';\nimport { getCurrentUser } from 'aws-amplify/auth';\n"),
        "the template still uses Auth: " + out.text());
    Finding site = out.sites().stream().filter(s -> s.ruleId().equals("auth-sign-out")).findFirst().orElseThrow();
    assertEquals(4, site.line());
    assertEquals(dev.remold.rules.Safety.MANUAL, site.safety());
    assertEquals(out.text(), run(builtin(), out.text()).text(), "a second run adds nothing");
  }

  @Test
  void templateNamesThatAreNotAmplifysAreLeftAlone() throws Exception {
    String text = """
        <template><button @click="Auth.signOut()">x</button></template>
        <script setup>
        import { Auth } from './my-auth';
        </script>
        """;
    assertEquals(text, run(builtin(), text).text());
  }

  @Test
  void aScriptInAnotherLanguageIsNotedAndLeftAlone() throws Exception {
    String text = "<template><p/></template>\n<script lang=\"coffee\">\nAuth.signOut()\n</script>\n";
    FilePipeline.Outcome out = run(builtin(), text);
    assertEquals(text, out.text());
    assertEquals(List.of("the <script> block at line 2 is not read: remold does not parse lang=\"coffee\""), out.notes());
  }
}
