package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    assertFalse(ascii.occurring("中文ａｗｓ")[0], "full-width letters are other chars");
    assertTrue(ascii.occurring("中文aws")[0]);
  }

  @Test
  void stringsInsideAndOverlappingOthersAreFound() {
    StringScan scan = new StringScan(List.of("he", "she", "his", "hers", "aws-amplify/auth", "amplify"));
    assertArrayEquals(new boolean[] {true, true, false, true, false, false}, scan.occurring("ushers"));
    assertArrayEquals(new boolean[] {false, false, false, false, true, true}, scan.occurring("from 'aws-amplify/auth'"));
    assertArrayEquals(new boolean[] {false, false, true, false, false, true}, scan.occurring("aws-amplifhis amplify"));
  }

  @Test
  void agreesWithContainsOnRandomText() {
    Random random = new Random(20261126);
    String alphabet = "abAB.(-'é中";
    for (int round = 0; round < 300; round++) {
      List<String> strings = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(12); k++) {
        strings.add(randomText(random, alphabet, 1 + random.nextInt(4)));
      }
      String text = randomText(random, alphabet, random.nextInt(60));
      boolean[] present = new StringScan(strings).occurring(text);
      for (int k = 0; k < strings.size(); k++) {
        assertEquals(text.contains(strings.get(k)), present[k], () -> strings + " in " + text);
      }
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void emptyStringOccursEverywhere() {
    assertArrayEquals(new boolean[] {true, false}, new StringScan(List.of("", "x")).occurring(""));
  }

  @Test
  void nonAsciiStringsAreFound() {
    StringScan scan = new StringScan(List.of("登录", "x"));
    assertArrayEquals(new boolean[] {true, false}, scan.occurring("const label = '登录';"));
  }
}
