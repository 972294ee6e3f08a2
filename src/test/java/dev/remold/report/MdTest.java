package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MdTest {
  @Test
  void escapesWhatMarkdownWouldActOn() {
    assertEquals("a \\*b\\* \\<div> \\[x\\](y) a\\|b \\~\\~s\\~\\~ C# () => x", Md.text("a *b* <div> [x](y) a|b ~~s~~ C# () => x"));
    assertEquals("back\\\\slash", Md.text("back\\slash"));
  }

  @Test
  void keepsUnderscoresInsideWordsAndCodeSpans() {
    assertEquals("aws_user_pools_id and \\_private\\_", Md.text("aws_user_pools_id and _private_"));
    assertEquals("the comment `/* keep *me* */` stays", Md.text("the comment `/* keep *me* */` stays"));
    // An unpaired backtick is no code span.
    assertEquals("a \\` b \\*", Md.text("a ` b *"));
    assertEquals("`a\\|b`", Md.text("`a|b`"));
  }

  @Test
  void codeSpansHoldBackticks() {
    assertEquals("`src/App.js`", Md.code("src/App.js"));
    assertEquals("``a`b``", Md.code("a`b"));
    assertEquals("`` `x ``", Md.code("`x"));
  }
}
