package dev.remold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.VueFile.ScriptBlock;
import dev.remold.parse.VueFile.TemplateExpression;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The block scanner of Vue single-file components. */
class VueFileTest {

  private static String content(String text, ScriptBlock b) {
    return text.substring(b.start(), b.end());
  }

  private static List<String> expressions(String text) {
    return VueFile.scan(text).templateExpressions().stream().map(e -> text.substring(e.start(), e.end())).toList();
  }

  @Test
  void aScriptSetupBlockWithItsLanguage() {
    String text = "<template><p>{{ a }}</p></template>\n<script setup lang=\"ts\">\nconst a: number = 1;\n</script>\n";
    List<ScriptBlock> scripts = VueFile.scan(text).scripts();
    assertEquals(1, scripts.size());
    ScriptBlock b = scripts.getFirst();
    assertEquals("\nconst a: number = 1;\n", content(text, b));
    assertTrue(b.setup());
    assertEquals(Optional.of(Language.TYPESCRIPT), b.language());
    assertEquals("ts", b.extension());
    assertEquals(text.indexOf("<script"), b.tagStart());
  }

  @Test
  void attributesInAnyOrderQuotedOrNotOnSeveralLines() {
    for (String open : List.of("<script lang=\"ts\" setup>", "<script setup lang='ts'>", "<script\n  setup\n  lang=ts\n>",
        "<SCRIPT Setup LANG=\"TS\">", "<script setup lang = \"ts\" >")) {
      String text = open + "let x = 1\n</script>";
      ScriptBlock b = VueFile.scan(text).scripts().getFirst();
      assertTrue(b.setup(), open);
      assertEquals("ts", b.lang(), open);
      assertEquals("let x = 1\n", content(text, b), open);
    }
  }

  @Test
  void languagesOfBlocks() {
    assertEquals(Optional.of(Language.TSX), VueFile.scan("<script>x</script>").scripts().getFirst().language());
    assertEquals("js", VueFile.scan("<script>x</script>").scripts().getFirst().extension());
    assertEquals(Optional.of(Language.TSX), VueFile.scan("<script lang=\"tsx\">x</script>").scripts().getFirst().language());
    assertEquals(Optional.of(Language.TSX), VueFile.scan("<script lang=\"jsx\">x</script>").scripts().getFirst().language());
    assertEquals(Optional.empty(), VueFile.scan("<script lang=\"coffee\">x</script>").scripts().getFirst().language());
  }

  @Test
  void crlfFilesKeepTheirLineBreaksInTheBlock() {
    String text = "<template>\r\n  <p>hi</p>\r\n</template>\r\n\r\n<script>\r\nexport default {}\r\n</script>\r\n";
    ScriptBlock b = VueFile.scan(text).scripts().getFirst();
    assertEquals("\r\nexport default {}\r\n", content(text, b));
    assertFalse(b.setup());
  }

  @Test
  void aComponentWithoutScript() {
    VueFile sfc = VueFile.scan("<template>\n  <p :title=\"t\">{{ msg }}</p>\n</template>\n<style>p { color: red }</style>\n");
    assertTrue(sfc.scripts().isEmpty());
    assertEquals(2, sfc.templateExpressions().size());
    assertTrue(VueFile.scan("").scripts().isEmpty());
  }

  @Test
  void twoScriptBlocks() {
    String text = "<script lang=\"ts\">\nexport const a = 1;\n</script>\n\n<script setup lang=\"ts\">\nconst b = a;\n</script>\n";
    List<ScriptBlock> scripts = VueFile.scan(text).scripts();
    assertEquals(2, scripts.size());
    assertFalse(scripts.get(0).setup());
    assertEquals("\nexport const a = 1;\n", content(text, scripts.get(0)));
    assertTrue(scripts.get(1).setup());
    assertEquals("\nconst b = a;\n", content(text, scripts.get(1)));
  }

  @Test
  void aClosingScriptTagInsideAStringEndsTheBlockAsInVue() {
    // Vue's compiler reads a script block as raw text up to the first </script>: so does remold, and
    // the rest of the string is then no script at all (the block then does not parse).
    String text = "<script>\nconst s = '</script>';\n</script>\n";
    List<ScriptBlock> scripts = VueFile.scan(text).scripts();
    assertEquals(1, scripts.size());
    assertEquals("\nconst s = '", content(text, scripts.getFirst()));
    // Written the way Vue needs it, the string does not end the block.
    String escaped = "<script>\nconst s = '<\\/script>';\n</script>\n";
    assertEquals("\nconst s = '<\\/script>';\n", content(escaped, VueFile.scan(escaped).scripts().getFirst()));
  }

  @Test
  void scriptTagsInTemplateCommentsAndAttributesAreNoBlocks() {
    String text = """
        <!-- <script>not code</script> -->
        <template>
          <!-- <script>nor this</script> -->
          <p title="<script>x</script>">{{ '<script>' }}</p>
          <template v-if="ok"><b>nested</b></template>
        </template>
        <script>
        export default {}
        </script>
        """;
    List<ScriptBlock> scripts = VueFile.scan(text).scripts();
    assertEquals(1, scripts.size());
    assertEquals("\nexport default {}\n", content(text, scripts.getFirst()));
  }

  @Test
  void externalScriptsAndOtherBlocksAreNotRead() {
    String text = "<script src=\"./logic.js\"></script>\n<i18n>{ \"a\": \"<script>\" }</i18n>\n<style>\n a::after { content: '<script>' }\n</style>\n";
    assertTrue(VueFile.scan(text).scripts().isEmpty());
  }

  @Test
  void templateExpressionsAreDirectiveValuesAndInterpolations() {
    String text = """
        <template>
          <form @submit.prevent="submit" v-on:reset="clear()">
            <input v-model="email" :class="{ on: active }" v-bind:id="fieldId" class="plain">
            <li v-for="item in items" :key="item.id">{{ item.name }}</li>
            <slot-user v-slot="{ user }" #header="props"></slot-user>
            <p v-if="ok" v-show='visible'>{{ a }} and {{b}}</p>
          </form>
        </template>
        """;
    assertEquals(List.of("submit", "clear()", "email", "{ on: active }", "fieldId", "item.id", " item.name ", "ok", "visible",
        " a ", "b"), expressions(text));
    List<TemplateExpression> all = VueFile.scan(text).templateExpressions();
    assertTrue(all.get(0).handler() && all.get(1).handler());
    assertFalse(all.get(2).handler());
  }

  @Test
  void templateWithAnotherLanguageHasNoExpressions() {
    assertTrue(VueFile.scan("<template lang=\"pug\">\np(@click=\"go()\") {{ x }}\n</template>\n").templateExpressions().isEmpty());
  }

  @Test
  void aMarkerLineStartsOutsideTags() {
    String text = "<template>\n  <div>\n    <button\n      class=\"x\"\n      @click=\"go()\"\n    >{{ label }}</button>\n  </div>\n</template>\n";
    List<TemplateExpression> all = VueFile.scan(text).templateExpressions();
    int buttonLine = text.indexOf("    <button");
    assertEquals(buttonLine, all.get(0).markerAt(), "an attribute's marker goes above the line its tag starts on");
    // The interpolation's own line starts inside the tag (`    >{{`): its marker goes above the tag too.
    assertEquals(buttonLine, all.get(1).markerAt());
  }
}
