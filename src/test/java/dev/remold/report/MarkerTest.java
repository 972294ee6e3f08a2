package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerTest {
  @Test
  void findsTodoAndNoteMarkersWithTheirLines() {
    String text = "a();\r\n  // TODO(amplify-migrate): DATA-01 list() resolves { data }\r\n"
        + "\t// NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep\r\n"
        + "const s = '// TODO(amplify-migrate): X-1 inside a string';\n"
        + "// TODO(amplify-migrate): no-reason";
    List<Marker> markers = Marker.scan("src/a.js", text);
    assertEquals(List.of(
        new Marker("src/a.js", 2, Marker.Kind.TODO, "DATA-01", "list() resolves { data }"),
        new Marker("src/a.js", 3, Marker.Kind.NOTE, "AUTH-04", "v6 signIn returns nextStep"),
        new Marker("src/a.js", 5, Marker.Kind.TODO, "no-reason", "")), markers);
  }

  @Test
  void tellsMarkerLines() {
    assertTrue(Marker.isMarkerLine("    // TODO(amplify-migrate): HUB-02 reason\n"));
    assertFalse(Marker.isMarkerLine("x(); // TODO(amplify-migrate): HUB-02 reason\n"));
    assertFalse(Marker.isMarkerLine("// TODO: something else\n"));
  }

  @Test
  void findsHtmlCommentMarkersOfVueTemplates() {
    String text = "<template>\r\n    <!-- TODO(amplify-migrate): AUTH-09 Auth.signOut() in the template -->\r\n"
        + "  <!-- an ordinary comment -->\n</template>\n";
    assertEquals(List.of(new Marker("App.vue", 2, Marker.Kind.TODO, "AUTH-09", "Auth.signOut() in the template")),
        Marker.scan("App.vue", text));
    assertTrue(Marker.isMarkerLine("  <!-- TODO(amplify-migrate): AUTH-09 reason -->\n"));
  }
}
