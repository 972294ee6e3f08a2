package dev.remold.engine;

import dev.remold.rewrite.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps offsets in a file's rewritten text back to its original text, through every batch of edits
 * applied so far, so that reports name lines a reviewer finds in the file as it was.
 */
final class OriginalPositions {
  private final List<List<Edit>> batches = new ArrayList<>();

  /** Records a batch of edits, in the coordinates of the text they were applied to. */
  void add(List<Edit> batch) {
    List<Edit> sorted = new ArrayList<>(batch);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.isInsertion() ? 0 : 1));
    batches.add(sorted);
  }

  /** Returns where an offset of the current text came from; inside replaced text, the start of what it replaced. */
  int toOriginal(int offset) {
    int pos = offset;
    for (int b = batches.size() - 1; b >= 0; b--) {
      int delta = 0;
      for (Edit e : batches.get(b)) {
        int newStart = e.start() + delta;
        int newEnd = newStart + e.replacement().length();
        if (pos < newStart) {
          break;
        }
        if (pos < newEnd) {
          pos = e.start() + delta;
          break;
        }
        delta += e.replacement().length() - (e.end() - e.start());
      }
      pos -= delta;
    }
    return pos;
  }
}
