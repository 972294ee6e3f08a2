package dev.remold.report;

/** Lines first to last (1-based, inclusive) of a file before the run. */
public record LineRange(int first, int last) {
  public LineRange {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("bad line range " + first + "-" + last);
    }
  }

  @Override
  public String toString() {
    return first == last ? String.valueOf(first) : first + "–" + last;
  }
}
