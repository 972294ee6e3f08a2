package dev.remold.engine;

import java.util.Objects;

/** The result of reading a file's bytes as text: the text, or why it cannot be treated as text. */
public sealed interface Decoded permits Decoded.Text, Decoded.Unsupported {

  /**
   * UTF-8 text, exactly as in the file apart from the byte-order mark.
   *
   * @param text the characters, line endings untouched, without the byte-order mark
   * @param bom whether the file started with a UTF-8 byte-order mark, so that writing it back keeps it
   */
  record Text(String text, boolean bom) implements Decoded {

    /** Rejects a missing text. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A file remold leaves alone because it is not UTF-8 text.
   *
   * @param reason what was found, for the user, e.g. "binary file (NUL byte at offset 17)"
   */
  record Unsupported(String reason) implements Decoded {

    /** Rejects a missing reason. */
    public Unsupported {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
