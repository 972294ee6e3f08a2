package dev.remold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The markup scanner: tags and attributes with their offsets, the open elements around each, what it skips. */
class MarkupTest {
  private static List<String> read(String text) {
    return Markup.elements(text, 0, text.length()).stream().map(e -> e.name() + e.ancestors() + e.attributes().stream()
        .map(a -> " " + a.name() + (a.valueStart() < 0 ? "" : "=" + text.substring(a.valueStart(), a.valueEnd()) + a.quote()))
        .reduce("", String::concat)).toList();
  }

  @Test
  void readsAttributesInEveryForm() {
    assertEquals(List.of("a[] x=1\" y=two' bare z=3\u0000 #slot [b]='c'\" (e)=f()\""),
        read("<a x=\"1\" y='two' bare z=3 #slot [b]=\"'c'\" (e)=\"f()\">"));
  }

  @Test
  void knowsTheOpenElementsAroundEachTag() {
    assertEquals(List.of("outer[]", "br[outer]", "inner[outer]", "leaf[outer, inner]", "img[outer, inner] src=x\u0000", "after[outer]",
        "self[outer]", "last[outer]"),
        read("<outer><br><inner><leaf/><img src=x></inner><after></after><self /><last></outer>"));
  }

  @Test
  void skipsCommentsInterpolationsAndRawText() {
    assertEquals(List.of("p[]", "script[p]", "q[p]"),
        read("<p><!-- <no x=1> -->{{ a < b ? '<no>' : '' }}<script>if (a<b) {}</script><q></q></p>"));
  }

  @Test
  void readsOnlyTheRegionAndStopsAtATagItCannotEnd() {
    String text = "<x a=1><y b=\"2\"><z c=\"unclosed>";
    assertEquals(List.of("y"), Markup.elements(text, 7, text.length()).stream().map(Markup.Element::name).toList());
    Markup.Attribute b = Markup.elements(text, 7, text.length()).getFirst().attributes().getFirst();
    assertEquals(10, b.nameStart());
    assertEquals("2", b.value());
    assertEquals('"', b.quote());
  }
}
