package dev.remold.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one scan each source file gets, over its bytes, before anything else: which strings the rules require occur in
 * it (a file in which no rule finds all its strings is never parsed), and whether it names a module some project rule
 * asks about (else its imports need not be read). Most files of a big repository are done with after it.
 */
final class FirstLook {
  /** What the scan saw in a file: {@code present} in the numbering of the pipeline's required text (null: unknown). */
  record Seen(boolean[] present, boolean namesAskedModule) {}

  private final StringScan scan;
  private final int requiredCount;

  /** Creates the scan for a pipeline's required text and the modules project rules ask about. */
  FirstLook(List<String> required, Collection<String> askedModules) {
    List<String> strings = new ArrayList<>(required);
    requiredCount = strings.size();
    strings.addAll(StringScan.withoutSuperstrings(askedModules));
    scan = new StringScan(strings);
  }

  /** Looks at a file's UTF-8 bytes (a byte-order mark may lead: no string starts with one). */
  Seen of(byte[] utf8) {
    boolean[] present = scan.occurring(utf8);
    boolean namesModule = false;
    for (int i = requiredCount; i < present.length; i++) {
      namesModule |= present[i];
    }
    return new Seen(present, namesModule);
  }
}
