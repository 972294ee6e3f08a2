package dev.remold.report;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines the way the diff sees them. */
final class Lines {
  private Lines() {}

  /** Splits on "\n" only and keeps each terminator, so "b" and "b\n" (or "b\r\n") differ. */
  static List<String> of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
