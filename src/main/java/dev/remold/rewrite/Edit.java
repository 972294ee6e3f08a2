package dev.remold.rewrite;

/**
 * Replaces the chars [start, end) of a file with new text; an insertion has start == end.
 *
 * @param group edits of one group come from one rule match and are applied all together or not at all
 */
public record Edit(int start, int end, String replacement, String ruleId, int group) {
  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + "," + end + ")");
    }
  }

  /** Returns whether this edit is an insertion (replaces nothing). */
  public boolean isInsertion() {
    return start == end;
  }

  /** Returns whether this edit leaves the text as it is (it writes back what is there). */
  public boolean isNoOp(String text) {
    return end <= text.length() && text.substring(start, end).equals(replacement);
  }

  /** Returns whether this edit's range contains the other's and is larger. */
  boolean strictlyContains(Edit other) {
    return start <= other.start && other.end <= end && (end - start) > (other.end - other.start);
  }

  /** Returns whether the two edits touch the same chars, so that at most one of them can be applied as is. */
  boolean overlaps(Edit other) {
    if (isInsertion() && other.isInsertion()) {
      return false;
    }
    if (isInsertion()) {
      return other.start < start && start < other.end;
    }
    if (other.isInsertion()) {
      return start < other.start && other.start < end;
    }
    return start < other.end && other.start < end;
  }

  /** Returns whether two edits do exactly the same thing. */
  boolean sameChange(Edit other) {
    return start == other.start && end == other.end && replacement.equals(other.replacement);
  }
}
