package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCodecTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("LF", utf8("const a = 1;\nconst b = 2;\n")),
        Arguments.of("CRLF", utf8("const a = 1;\r\nconst b = 2;\r\n")),
        Arguments.of("mixed endings", utf8("a\r\nb\nc\rd\n\r\n")),
        Arguments.of("no final newline", utf8("export {};\nconst x = 1;")),
        Arguments.of("empty", new byte[0]),
        Arguments.of("only a BOM", BOM.clone()),
        Arguments.of("BOM and CRLF", concat(BOM, utf8("import x from 'y';\r\n"))),
        Arguments.of("two BOMs", concat(BOM, BOM, utf8("x"))),
        Arguments.of("emoji and CJK", utf8("const s = '😀 漢字 café';\n// 👩‍👩‍👧 \u2028 end")),
        Arguments.of("tabs and trailing spaces", utf8("\tx = 1;   \n\n\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void roundTripsByteForByte(String name, byte[] bytes) {
    Decoded.Text text = assertInstanceOf(Decoded.Text.class, TextCodec.decode(bytes));
    assertArrayEquals(bytes, TextCodec.encode(text.text(), text.bom()));
  }

  @Test
  void keepsLineEndingsAndDropsOnlyTheBomFromTheText() {
    Decoded.Text text = assertInstanceOf(Decoded.Text.class,
        TextCodec.decode(concat(BOM, utf8("a\r\nb\n"))));
    assertTrue(text.bom());
    assertEquals("a\r\nb\n", text.text());

    Decoded.Text plain = assertInstanceOf(Decoded.Text.class, TextCodec.decode(utf8("😀\n")));
    assertFalse(plain.bom());
    assertEquals("😀\n", plain.text());
  }

  @Test
  void addsTheBomOnlyWhenAsked() {
    assertArrayEquals(concat(BOM, utf8("x")), TextCodec.encode("x", true));
    assertArrayEquals(utf8("x"), TextCodec.encode("x", false));
  }

  @Test
  void reportsABinaryFileWithTheOffsetOfItsFirstNul() {
    byte[] bytes = utf8("0123456789abcdefg\0rest\0");
    assertEquals(new Decoded.Unsupported("binary file (NUL byte at offset 17)"), TextCodec.decode(bytes));
    // The offset counts from the start of the file, BOM included.
    assertEquals(new Decoded.Unsupported("binary file (NUL byte at offset 4)"),
        TextCodec.decode(concat(BOM, utf8("a\0"))));
  }

  @Test
  void reportsInvalidUtf8WithTheOffsetOfTheFirstBadByte() {
    assertInvalidAt(2, bytes('a', 'b', 0xC3, '('));           // lead byte without its continuation
    assertInvalidAt(1, bytes('a', 0x80, 'b'));                // stray continuation byte
    assertInvalidAt(0, bytes(0xC0, 0xAF));                    // overlong encoding of '/'
    assertInvalidAt(3, bytes('x', 'y', 'z', 0xED, 0xA0, 0x80)); // an encoded surrogate (CESU-8)
    assertInvalidAt(2, bytes('a', 'b', 0xE2, 0x82));          // truncated at the end of the file
    assertInvalidAt(1, bytes('a', 0xFF));                     // never valid in UTF-8
    assertInvalidAt(5, concat(BOM, bytes('a', 'b', 0xE9)));   // Latin-1 'é', offset counts the BOM
  }

  @Test
  void refusesUtf16AndUtf32() {
    String utf16 = "UTF-16 encoded (byte-order mark); only UTF-8 is supported";
    assertEquals(new Decoded.Unsupported(utf16), TextCodec.decode(bytes(0xFF, 0xFE, 'a', 0)));
    assertEquals(new Decoded.Unsupported(utf16), TextCodec.decode(bytes(0xFE, 0xFF, 0, 'a')));
    assertEquals(new Decoded.Unsupported("UTF-32 encoded (byte-order mark); only UTF-8 is supported"),
        TextCodec.decode(bytes(0xFF, 0xFE, 0, 0, 'a', 0, 0, 0)));
  }

  @Test
  void refusesToEncodeAnUnpairedSurrogate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TextCodec.encode("ab\uD800c", false));
    assertTrue(e.getMessage().contains("index 2"), e.getMessage());
  }

  private static void assertInvalidAt(int offset, byte[] bytes) {
    assertEquals(new Decoded.Unsupported("not UTF-8 text (invalid byte at offset " + offset + ")"),
        TextCodec.decode(bytes));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
