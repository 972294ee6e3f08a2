package dev.remold.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one scan each source file gets before anything else: whether some rule may act in it (the pipeline's anchors)
 * and whether it names a module some project rule asks about (else its imports need not be read). Most files of a
 * big repository are done with after it.
 */
final class FirstLook {
  /** What the scan saw in a file. */
  record Seen(boolean mayMatch, boolean namesAskedModule) {}

  private final StringScan scan;
  private final int anchorCount;
  private final boolean anchorsKnown;

  /** Creates the scan for a pipeline's anchors (null: any file may match) and the modules project rules ask about. */
  FirstLook(List<String> anchors, Collection<String> askedModules) {
    anchorsKnown = anchors != null;
    List<String> strings = new ArrayList<>(anchorsKnown ? anchors : List.of());
    anchorCount = strings.size();
    strings.addAll(StringScan.withoutSuperstrings(askedModules));
    scan = new StringScan(strings);
  }

  Seen of(String text) {
    boolean[] present = scan.occurring(text);
    boolean mayMatch = !anchorsKnown;
    boolean namesModule = false;
    for (int i = 0; i < present.length; i++) {
      if (i < anchorCount) {
        mayMatch |= present[i];
      } else {
        namesModule |= present[i];
      }
    }
    return new Seen(mayMatch, namesModule);
  }
}
