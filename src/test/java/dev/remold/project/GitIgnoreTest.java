package dev.remold.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries go at the end of a .gitignore, once, in its own line endings. */
class GitIgnoreTest {
  private static final List<String> GEN2 = List.of("amplify_outputs*", ".amplify");

  @Test
  void appendsTheMissingEntriesAfterABlankLine() {
    assertEquals("node_modules\naws-exports.js\n\namplify_outputs*\n.amplify\n",
        GitIgnore.withEntries("node_modules\naws-exports.js\n", GEN2));
    assertEquals("node_modules\n\namplify_outputs*\n.amplify\n", GitIgnore.withEntries("node_modules\n\n", GEN2),
        "no second blank line");
  }

  @Test
  void entriesAlreadyThereAreNotRepeated() {
    assertEquals("  .amplify  \n\namplify_outputs*\n", GitIgnore.withEntries("  .amplify  \n", GEN2));
    String done = "x\n\namplify_outputs*\n.amplify\n";
    assertEquals(done, GitIgnore.withEntries(done, GEN2));
  }

  @Test
  void crlfAndAMissingFinalNewlineAreKept() {
    assertEquals("a\r\nb\r\n\r\namplify_outputs*\r\n.amplify\r\n", GitIgnore.withEntries("a\r\nb\r\n", GEN2));
    assertEquals("a\nb\n\namplify_outputs*\n.amplify", GitIgnore.withEntries("a\nb", GEN2));
  }
}
