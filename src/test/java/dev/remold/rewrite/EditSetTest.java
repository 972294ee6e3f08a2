package dev.remold.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlap policy and one-pass application of edits. */
class EditSetTest {
  private static final String TEXT = "Auth.signIn(user, pass);\nAuth.signOut();\n";

  /** Returns an edit that replaces the first occurrence of {@code target} in TEXT. */
  private static Edit replace(String target, String by, String rule, int group) {
    int at = TEXT.indexOf(target);
    assertTrue(at >= 0, target);
    return new Edit(at, at + target.length(), by, rule, group);
  }

  @Test
  void applyKeepsUntouchedTextByteForByte() {
    String text = "a();\r\n  b(1,2);\t// keep   me\r\nc();";
    int at = text.indexOf("b(1,2)");
    String out = EditSet.apply(text, List.of(new Edit(at, at + 1, "bee", "r", 0)));
    assertEquals("a();\r\n  bee(1,2);\t// keep   me\r\nc();", out);
  }

  @Test
  void applyHandlesEditsGivenOutOfOrder() {
    String out = EditSet.apply("0123456789", List.of(new Edit(8, 9, "E", "r", 0), new Edit(1, 2, "B", "r", 0),
        new Edit(4, 6, "", "r", 0)));
    assertEquals("0B2367E9", out);
  }

  @Test
  void applyWithNoEditsReturnsTheSameText() {
    assertEquals(TEXT, EditSet.apply(TEXT, List.of()));
  }

  @Test
  void applyRejectsOverlappingEdits() {
    assertThrows(IllegalStateException.class,
        () -> EditSet.apply("0123456789", List.of(new Edit(1, 5, "x", "r", 0), new Edit(3, 7, "y", "r", 0))));
  }

  @Test
  void insertionsAtOneOffsetKeepTheirOrder() {
    EditSet set = new EditSet();
    set.addGroup(List.of(new Edit(0, 0, "// one\n", "a", 0)));
    set.addGroup(List.of(new Edit(0, 0, "// two\n", "b", 1)));
    set.addGroup(List.of(new Edit(0, 0, "// three\n", "c", 2)));
    EditSet.Resolution r = set.resolve();
    assertEquals(3, r.accepted().size());
    assertEquals("// one\n// two\n// three\nx();", EditSet.apply("x();", r.accepted()));
  }

  @Test
  void insertionGoesBeforeAReplacementAtTheSameOffset() {
    String out = EditSet.apply("abc", List.of(new Edit(1, 2, "B", "r", 0), new Edit(1, 1, "^", "r", 1)));
    assertEquals("a^Bc", out);
  }

  @Test
  void duplicateEditsAreMerged() {
    EditSet set = new EditSet();
    set.addGroup(List.of(replace("Auth.signOut()", "signOut()", "a", 0)));
    set.addGroup(List.of(replace("Auth.signOut()", "signOut()", "b", 1)));
    EditSet.Resolution r = set.resolve();
    assertEquals(1, r.accepted().size());
    assertEquals(List.of(), r.conflicts());
    assertEquals(0, r.deferredGroups());
    assertEquals("Auth.signIn(user, pass);\nsignOut();\n", EditSet.apply(TEXT, r.accepted()));
  }

  @Test
  void nestedGroupsAcceptTheInnerAndDeferTheOuter() {
    String text = "f(f(x));";
    Edit outer = new Edit(0, 7, "g(f(x))", "rename-f", 0);
    Edit inner = new Edit(2, 6, "g(x)", "rename-f", 1);

    EditSet outerFirst = new EditSet();
    outerFirst.addGroup(List.of(outer));
    outerFirst.addGroup(List.of(inner));
    EditSet.Resolution r1 = outerFirst.resolve();
    assertEquals(List.of(inner), r1.accepted());
    assertEquals(1, r1.deferredGroups());
    assertEquals(List.of(), r1.conflicts());
    assertEquals("f(g(x));", EditSet.apply(text, r1.accepted()));

    EditSet innerFirst = new EditSet();
    innerFirst.addGroup(List.of(inner));
    innerFirst.addGroup(List.of(outer));
    EditSet.Resolution r2 = innerFirst.resolve();
    assertEquals(List.of(inner), r2.accepted());
    assertEquals(1, r2.deferredGroups());
    assertEquals(List.of(), r2.conflicts());
  }

  @Test
  void crossingEditsAreAConflictAndTheLaterGroupIsDropped() {
    String text = "0123456789";
    EditSet set = new EditSet();
    set.addGroup(List.of(new Edit(1, 5, "A", "first", 0)));
    set.addGroup(List.of(new Edit(3, 8, "B", "second", 1)));
    EditSet.Resolution r = set.resolve();
    assertEquals(List.of(new Edit(1, 5, "A", "first", 0)), r.accepted());
    assertEquals(List.of(new EditSet.Conflict("second", 3, "first")), r.conflicts());
    assertEquals(0, r.deferredGroups());
    assertEquals("0A56789", EditSet.apply(text, r.accepted()));
  }

  @Test
  void twoDifferentReplacementsOfOneRangeConflict() {
    EditSet set = new EditSet();
    set.addGroup(List.of(replace("signOut", "logout", "a", 0)));
    set.addGroup(List.of(replace("signOut", "signOutNow", "b", 1)));
    EditSet.Resolution r = set.resolve();
    assertEquals(1, r.accepted().size());
    assertEquals("logout", r.accepted().getFirst().replacement());
    assertEquals(1, r.conflicts().size());
    assertEquals("b", r.conflicts().getFirst().ruleId());
  }

  @Test
  void aGroupIsAllOrNothing() {
    EditSet set = new EditSet();
    set.addGroup(List.of(replace("user", "u", "first", 0)));
    // the second group touches the last line cleanly but crosses the first group's edit
    int userStart = TEXT.indexOf("user");
    set.addGroup(List.of(replace("Auth.signOut()", "signOut()", "second", 1),
        new Edit(userStart + 2, userStart + 8, "X", "second", 1)));
    EditSet.Resolution r = set.resolve();
    assertEquals(List.of(replace("user", "u", "first", 0)), r.accepted());
    assertEquals(1, r.conflicts().size());
    assertEquals("Auth.signIn(u, pass);\nAuth.signOut();\n", EditSet.apply(TEXT, r.accepted()));
  }

  @Test
  void disjointGroupsAreAllAccepted() {
    EditSet set = new EditSet();
    set.addGroup(List.of(replace("Auth.signIn", "signIn", "in", 0), replace("user, pass", "{ username: user, password: pass }", "in", 0)));
    set.addGroup(List.of(replace("Auth.signOut", "signOut", "out", 1)));
    EditSet.Resolution r = set.resolve();
    assertEquals(3, r.accepted().size());
    assertEquals("signIn({ username: user, password: pass });\nsignOut();\n", EditSet.apply(TEXT, r.accepted()));
  }

  @Test
  void adjacentEditsDoNotOverlap() {
    EditSet set = new EditSet();
    set.addGroup(List.of(new Edit(0, 3, "A", "a", 0)));
    set.addGroup(List.of(new Edit(3, 6, "B", "b", 1)));
    set.addGroup(List.of(new Edit(3, 3, "+", "c", 2)));
    EditSet.Resolution r = set.resolve();
    assertEquals(3, r.accepted().size());
    assertEquals(List.of(), r.conflicts());
    assertEquals("A+B789", EditSet.apply("123456789", r.accepted()));
  }

  @Test
  void insertionInsideAReplacementDefersTheReplacement() {
    EditSet set = new EditSet();
    set.addGroup(List.of(new Edit(0, 6, "xyz", "outer", 0)));
    set.addGroup(List.of(new Edit(3, 3, "|", "marker", 1)));
    EditSet.Resolution r = set.resolve();
    assertEquals(List.of(new Edit(3, 3, "|", "marker", 1)), r.accepted());
    assertEquals(1, r.deferredGroups());
  }

  @Test
  void emptyGroupsAreIgnored() {
    EditSet set = new EditSet();
    set.addGroup(List.of());
    assertTrue(set.isEmpty());
    assertEquals(List.of(), set.resolve().accepted());
  }

  @Test
  void editRejectsABackwardRange() {
    assertThrows(IllegalArgumentException.class, () -> new Edit(5, 4, "", "r", 0));
    assertThrows(IllegalArgumentException.class, () -> new Edit(-1, 0, "", "r", 0));
  }
}
