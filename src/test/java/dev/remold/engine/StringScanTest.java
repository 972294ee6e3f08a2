package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass search for the strings rules require, on ASCII and on any other text. */
class StringScanTest {
  @Test
  void findsEachStringWhereverItOccurs() {
    StringScan scan = new StringScan(List.of("aws-amplify", "Auth", "signIn", "(", "zzz"));
    assertArrayEquals(new boolean[] {true, true, true, true, false},
        scan.occurring("import { Auth } from 'aws-amplify';\nAuth.signIn(u, p);\n"));
    assertArrayEquals(new boolean[] {false, false, false, false, false}, scan.occurring(""));
    assertArrayEquals(new boolean[] {false, true, false, false, false}, scan.occurring("Auth"));
  }

  @Test
  void charsBeyondAsciiNeitherHideNorFakeAMatch() {
    StringScan scan = new StringScan(List.of("aws-amplify", "a?b"));
    // Chinese and emoji around the text, Latin-1 letters inside the line: the ASCII string is still found.
    assertTrue(scan.occurring("// 登录 🚀\nimport x from 'aws-amplify'; // déjà")[0]);
    // Compared as UTF-8 bytes, a char beyond ASCII is never taken for another char.
    assertFalse(scan.occurring("a中b")[1]);
    assertTrue(scan.occurring("a?b")[1]);
    StringScan ascii = new StringScan(List.of("aws"));
    assertFalse(ascii.anyOccurs("中文ａｗｓ"), "full-width letters are other chars");
    assertTrue(ascii.anyOccurs("中文aws"));
  }

  @Test
  void nonAsciiStringsAreFound() {
    StringScan scan = new StringScan(List.of("登录", "x"));
    assertArrayEquals(new boolean[] {true, false}, scan.occurring("const label = '登录';"));
  }
}
