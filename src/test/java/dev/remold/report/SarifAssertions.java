package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;

/** Checks the SARIF 2.1.0 properties that code scanning requires of a log. */
public final class SarifAssertions {
  private SarifAssertions() {}

  /** Returns the parsed log after checking its structure. */
  public static JsonNode assertValidSarif(String text) throws Exception {
    JsonNode log = new ObjectMapper().readTree(text);
    assertEquals("2.1.0", log.path("version").asText(), "version");
    assertTrue(log.path("$schema").asText().endsWith("sarif-schema-2.1.0.json"), "$schema");
    assertTrue(log.path("runs").isArray() && !log.path("runs").isEmpty(), "runs");
    for (JsonNode run : log.get("runs")) {
      JsonNode driver = run.path("tool").path("driver");
      assertEquals("remold", driver.path("name").asText(), "tool.driver.name");
      JsonNode rules = driver.path("rules");
      assertTrue(rules.isArray(), "tool.driver.rules");
      Set<String> ids = new HashSet<>();
      for (JsonNode rule : rules) {
        String id = rule.path("id").asText();
        assertFalse(id.isEmpty(), "rule id");
        assertTrue(ids.add(id), "rule ids are unique: " + id);
        assertFalse(rule.path("shortDescription").path("text").asText().isEmpty(), "shortDescription of " + id);
      }
      assertTrue(run.path("results").isArray(), "results");
      for (JsonNode result : run.get("results")) {
        String ruleId = result.path("ruleId").asText();
        assertTrue(ids.contains(ruleId), "result names a rule of the driver: " + ruleId);
        if (result.has("ruleIndex")) {
          assertEquals(ruleId, rules.get(result.get("ruleIndex").asInt()).path("id").asText(), "ruleIndex");
        }
        assertTrue(Set.of("note", "warning", "error").contains(result.path("level").asText()), "level of " + result);
        assertFalse(result.path("message").path("text").asText().isEmpty(), "message.text");
        JsonNode locations = result.path("locations");
        assertTrue(locations.isArray() && !locations.isEmpty(), "locations");
        for (JsonNode loc : locations) {
          JsonNode physical = loc.path("physicalLocation");
          String uri = physical.path("artifactLocation").path("uri").asText();
          assertFalse(uri.isEmpty(), "uri");
          assertFalse(uri.startsWith("/") || uri.contains("\\") || uri.contains(":"), "a relative URI with forward slashes: " + uri);
          assertTrue(physical.path("region").path("startLine").asInt() >= 1, "region.startLine >= 1");
        }
      }
    }
    return log;
  }
}
