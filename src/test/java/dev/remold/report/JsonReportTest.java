package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  @Test
  void holdsTotalsCategoriesAndEveryFileWithSomethingToSay() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(JsonReport.render(Fixtures.inventory(), "diff", "9.9", true));
    assertEquals(JsonReport.SCHEMA_VERSION, doc.get("schemaVersion").asInt());
    assertEquals("diff", doc.get("command").asText());
    assertEquals("after", doc.get("lines").get("markers").asText());
    JsonNode totals = doc.get("totals");
    assertEquals(4, totals.get("files").asInt());
    assertEquals(1, totals.get("changed").asInt());
    assertEquals(1, totals.get("unchanged").asInt());
    assertEquals(1, totals.get("skipped").asInt());
    assertEquals(1, totals.get("failed").asInt());
    assertEquals(3, totals.get("edits").asInt());
    assertEquals(5, totals.get("sites").asInt());
    assertEquals(2, totals.get("actions").get("rewrite").asInt());
    assertEquals(1, totals.get("actions").get("manual").asInt());
    assertEquals(4, totals.get("markers").asInt());
    assertEquals("Auth", doc.get("categories").get(0).get("name").asText());
    assertEquals(4, doc.get("categories").get(0).get("sites").asInt());

    JsonNode files = doc.get("files");
    assertEquals(4, files.size());
    JsonNode auth = files.get(0);
    assertEquals("src/auth.js", auth.get("path").asText());
    assertEquals("changed", auth.get("status").asText());
    assertEquals(2, auth.get("edits").get("auth-sign-out").asInt());
    JsonNode note = auth.get("sites").get(0);
    assertEquals(3, note.get("line").asInt());
    assertEquals("AUTH-04", note.get("spec").asText());
    assertEquals("SAFE+NOTE", note.get("safety").asText());
    assertEquals("rewrite-with-note", note.get("action").asText());
    assertEquals(5, auth.get("sites").get(1).get("line").asInt(), "a SAFE rewrite has its line too");
    assertEquals(3, auth.get("markers").get(0).get("line").asInt());
    assertEquals("NOTE", auth.get("markers").get(0).get("kind").asText());
    assertFalse(auth.get("changedLines").isEmpty());

    JsonNode failed = files.get(3);
    assertEquals("failed", failed.get("status").asText());
    assertTrue(failed.get("reason").asText().contains("syntax error"));
    assertEquals("larger than 1 MiB", files.get(2).get("reason").asText());
  }
}
