package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.remold.rules.Finding;
import dev.remold.rules.Safety;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryTest {
  @Test
  void everySiteComesWithItsLine() {
    Inventory inv = Fixtures.inventory();
    assertEquals(List.of(
        new Site("src/auth.js", "auth-sign-in", "AUTH-04", Category.AUTH, Safety.SAFE_NOTE, Action.REWRITE_WITH_NOTE, 3,
            "resolves nextStep"),
        new Site("src/auth.js", "auth-sign-out", "AUTH-20", Category.AUTH, Safety.SAFE, Action.REWRITE, 5, ""),
        new Site("src/auth.js", "auth-sign-out", "AUTH-20", Category.AUTH, Safety.SAFE, Action.REWRITE, 9, ""),
        new Site("src/files.js", "user-attributes", "USR-03", Category.AUTH, Safety.REVIEW, Action.MARK_FOR_REVIEW, 3,
            "read attributes with fetchUserAttributes()"),
        new Site("src/files.js", "storage-unmigrated", "STO-01", Category.STORAGE, Safety.MANUAL, Action.MANUAL, 7,
            "Storage.put moved to uploadData")), inv.sites());
    assertEquals(Map.of(Action.REWRITE, 2, Action.REWRITE_WITH_NOTE, 1, Action.REWRITE_FOR_REVIEW, 0,
        Action.MARK_FOR_REVIEW, 1, Action.MANUAL, 1), inv.actionCounts());
    assertEquals(List.of(Category.AUTH, Category.STORAGE), List.copyOf(inv.actionCountsByCategory().keySet()));
    assertEquals(3, inv.editCount());
  }

  @Test
  void sitesKeepTheirLinesInLineOrder() {
    List<Site> sites = Inventory.sitesOf("a.js", List.of(new Finding("auth-sign-out", Safety.SAFE, 9, ""),
        new Finding("auth-sign-out", Safety.MANUAL, 4, "not rewritten: the comment `/* x */` would be lost")), Fixtures.RULES);
    assertEquals(List.of(4, 9), sites.stream().map(Site::line).toList());
    assertEquals(List.of(Action.MANUAL, Action.REWRITE), sites.stream().map(Site::action).toList());
  }

  @Test
  void changedLinesAreThoseOfTheTextBeforeWithoutAddedMarkers() {
    String before = "a\nb\nc\nd\n";
    String after = "a\n// TODO(amplify-migrate): X-1 why\nb\nC\nd\ne\n";
    assertEquals(List.of(new LineRange(3, 3), new LineRange(4, 4)), Inventory.changedLines(before, after));
    assertEquals(List.of(new LineRange(1, 2)), Inventory.changedLines("a\nb\n", "A\nB\n"));
    assertEquals("1–2", new LineRange(1, 2).toString());
  }

  @Test
  void markersNoSiteExplainsAreTheOnesLeftFromEarlierRuns() {
    Inventory inv = Fixtures.inventory();
    assertEquals(4, inv.markers().size());
    assertEquals(List.of(new Marker("src/files.js", 1, Marker.Kind.TODO, "DATA-01", "list() resolves { data }")),
        inv.markersWithoutSite());
  }
}
