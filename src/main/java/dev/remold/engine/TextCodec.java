package dev.remold.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns file bytes into text and back without losing a byte: line endings, a missing final newline and the UTF-8
 * byte-order mark all survive a round trip.
 */
public final class TextCodec {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextCodec() {}

  /** Returns whether the bytes are plain ASCII text (no NUL, no byte-order mark): they decode to themselves. */
  public static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the file's text, or why it is not UTF-8 text (binary, another encoding, or invalid bytes). */
  public static Decoded decode(byte[] bytes) {
    // UTF-32 LE starts with the UTF-16 LE mark, so it is tested first.
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return new Decoded.Unsupported("UTF-32 encoded (byte-order mark); only UTF-8 is supported");
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded.Unsupported("UTF-16 encoded (byte-order mark); only UTF-8 is supported");
    }
    boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
    int start = bom ? UTF8_BOM.length : 0;
    // Most source files are ASCII: their bytes are their chars (Latin-1 decoding is a plain copy), with no decoder.
    int ascii = start;
    while (ascii < bytes.length && bytes[ascii] > 0) {
      ascii++;
    }
    if (ascii == bytes.length) {
      return new Decoded.Text(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), bom);
    }
    // A NUL is valid UTF-8 but never occurs in source code; it is the usual sign of a binary file.
    for (int i = ascii; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Decoded.Unsupported("binary file (NUL byte at offset " + i + ")");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never yields more chars than it has bytes, so one buffer of that size always suffices.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, /* endOfInput= */ true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // The buffer wraps the whole array, so its position is the offset in the file.
      return new Decoded.Unsupported("not UTF-8 text (invalid byte at offset " + in.position() + ")");
    }
    out.flip();
    return new Decoded.Text(out.toString(), bom);
  }

  /**
   * Returns the UTF-8 bytes of the text, preceded by a byte-order mark when asked, throwing
   * {@link IllegalArgumentException} for text that UTF-8 cannot hold (an unpaired surrogate).
   */
  public static byte[] encode(String text, boolean bom) {
    // String.getBytes would quietly write '?' for an unpaired surrogate; a strict encoder refuses instead.
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer in = CharBuffer.wrap(text);
    // A char takes at most three bytes (a surrogate pair takes four for two chars).
    ByteBuffer out = ByteBuffer.allocate(
        Math.addExact(bom ? UTF8_BOM.length : 0, Math.multiplyExact(text.length(), 3)));
    if (bom) {
      out.put(UTF8_BOM);
    }
    CoderResult result = encoder.encode(in, out, /* endOfInput= */ true);
    if (result.isUnderflow()) {
      result = encoder.flush(out);
    }
    if (result.isError()) {
      throw new IllegalArgumentException(
          "the text holds an unpaired surrogate at index " + in.position() + " and cannot be written as UTF-8");
    }
    return Arrays.copyOf(out.array(), out.position());
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
