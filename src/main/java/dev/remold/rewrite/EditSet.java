package dev.remold.rewrite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects groups of edits for one text and settles overlaps by a named policy, then applies the
 * accepted edits in one pass.
 *
 * <p>Policy, in order of the groups as added (rule order, then position):
 * <ul>
 *   <li>an edit identical to an accepted one is dropped as a duplicate;
 *   <li>nested edits: the inner group goes first and the outer group is deferred, to be matched
 *       again on the new text in the next pass (so both {@code f(f(x))} calls get rewritten);
 *   <li>any other overlap (crossing ranges, or two different replacements of the same range) is a
 *       conflict: the later group is dropped and reported, never merged into garbled code.
 * </ul>
 */
public final class EditSet {
  private final List<List<Edit>> groups = new ArrayList<>();

  /** A group that was not applied because it clashed with another rule's edit. */
  public record Conflict(String ruleId, int offset, String otherRuleId) {}

  /** What the policy decided: the edits to apply now, the groups to retry next pass, and the conflicts. */
  public record Resolution(List<Edit> accepted, int deferredGroups, List<Conflict> conflicts) {
    public Resolution {
      accepted = List.copyOf(accepted);
      conflicts = List.copyOf(conflicts);
    }
  }

  /** Adds the edits of one rule match; they are applied together or not at all. */
  public void addGroup(List<Edit> edits) {
    if (!edits.isEmpty()) {
      groups.add(List.copyOf(edits));
    }
  }

  /** Returns whether no edits were added. */
  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** Settles the overlaps between groups by the policy above. */
  public Resolution resolve() {
    List<List<Edit>> accepted = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    int deferred = 0;
    for (List<Edit> group : groups) {
      List<Edit> fresh = new ArrayList<>();
      for (Edit e : group) {
        if (accepted.stream().flatMap(List::stream).noneMatch(e::sameChange)) {
          fresh.add(e);
        }
      }
      if (fresh.isEmpty()) {
        continue;
      }
      Verdict v = judge(fresh, accepted);
      switch (v.kind) {
        case ACCEPT -> accepted.add(fresh);
        case DEFER -> deferred++;
        case REPLACE_OUTER -> {
          accepted.removeAll(v.outerGroups);
          deferred += v.outerGroups.size();
          accepted.add(fresh);
        }
        case CONFLICT -> conflicts.add(new Conflict(fresh.getFirst().ruleId(), fresh.getFirst().start(), v.other.ruleId()));
      }
    }
    List<Edit> flat = new ArrayList<>();
    accepted.forEach(flat::addAll);
    return new Resolution(flat, deferred, conflicts);
  }

  private enum Kind { ACCEPT, DEFER, REPLACE_OUTER, CONFLICT }

  private record Verdict(Kind kind, List<List<Edit>> outerGroups, Edit other) {}

  private static Verdict judge(List<Edit> group, List<List<Edit>> accepted) {
    List<List<Edit>> outer = new ArrayList<>();
    boolean isOuter = false;
    for (List<Edit> other : accepted) {
      for (Edit a : group) {
        for (Edit b : other) {
          if (!a.overlaps(b)) {
            continue;
          }
          if (a.strictlyContains(b)) {
            isOuter = true;
          } else if (b.strictlyContains(a)) {
            if (!outer.contains(other)) {
              outer.add(other);
            }
          } else {
            return new Verdict(Kind.CONFLICT, List.of(), b);
          }
        }
      }
    }
    if (isOuter) {
      return new Verdict(Kind.DEFER, List.of(), null);
    }
    return outer.isEmpty() ? new Verdict(Kind.ACCEPT, List.of(), null) : new Verdict(Kind.REPLACE_OUTER, outer, null);
  }

  /** Returns the text with non-overlapping edits applied; insertions at one offset keep the order given. */
  public static String apply(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    // Stable sort: equal starts keep their given order.
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.isInsertion() ? 0 : 1));
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Edit e : sorted) {
      if (e.start() < at) {
        throw new IllegalStateException("overlapping edits reached apply: " + e);
      }
      out.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
