package dev.remold.report;

import static dev.remold.report.SarifAssertions.assertValidSarif;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifTest {
  @Test
  void findingsAndLeftMarkersBecomeResultsAtTheirLines() throws Exception {
    JsonNode log = assertValidSarif(Sarif.render(Fixtures.inventory(), Fixtures.RULES, "9.9", Fixtures.ROOT));
    JsonNode run = log.get("runs").get(0);
    List<String> results = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      results.add(r.get("ruleId").asText() + " " + r.get("level").asText() + " "
          + loc.get("artifactLocation").get("uri").asText() + ":" + loc.get("region").get("startLine").asInt() + " "
          + r.get("message").get("text").asText());
    }
    // SAFE rewrites are not results; a SAFE+NOTE site is a note, REVIEW a warning, MANUAL an error.
    assertEquals(List.of(
        "auth-sign-in note src/auth.js:3 AUTH-04 resolves nextStep",
        "user-attributes warning src/files.js:3 USR-03 read attributes with fetchUserAttributes()",
        "storage-unmigrated error src/files.js:7 STO-01 Storage.put moved to uploadData",
        "amplify-migrate-marker warning src/files.js:1 TODO DATA-01 list() resolves { data }"), results);
    List<String> ruleIds = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
    assertEquals(List.of("amplify-migrate-marker", "auth-sign-in", "storage-unmigrated", "user-attributes"), ruleIds);
    JsonNode signIn = run.get("tool").get("driver").get("rules").get(1);
    assertEquals("AUTH-04", signIn.get("properties").get("spec").asText());
    assertEquals("9.9", run.get("tool").get("driver").get("version").asText());
  }

  @Test
  void urisAreRelativeToTheWorkingDirectoryAndEscaped() {
    FileEntry f = new FileEntry(Fixtures.ROOT.resolve("src/broken file é.js"), "src/broken file é.js",
        FileEntry.Status.FAILED, "x", java.util.Map.of(), List.of(), List.of(), List.of(), List.of());
    assertEquals("app/src/broken%20file%20%C3%A9.js", Sarif.uriOf(f, Fixtures.ROOT.getParent()));
    assertEquals("src/broken%20file%20%C3%A9.js", Sarif.uriOf(f, Path.of("/elsewhere")));
  }

  @Test
  void anEmptyRunIsAValidLog() throws Exception {
    Inventory empty = new Inventory(List.of(), List.of());
    JsonNode log = assertValidSarif(Sarif.render(empty, Fixtures.RULES, "1", Fixtures.ROOT));
    assertEquals(0, log.get("runs").get(0).get("results").size());
  }
}
