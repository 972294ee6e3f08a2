package dev.remold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void pinsTheLayout() {
    Object doc = object("a", 1, "b", List.of("x", true), "c", object(), "d", List.of(), "e", null);
    assertEquals("""
        {
          "a": 1,
          "b": [
            "x",
            true
          ],
          "c": {},
          "d": [],
          "e": null
        }
        """, Json.write(doc));
  }

  @Test
  void escapesWhatJsonMustAndKeepsOtherTextAsIs() throws Exception {
    String nasty = "quote \" backslash \\ newline \n cr \r tab \t nul \0 bell \u0007 é → 😀 line\u2028sep lone\uD800";
    String json = Json.write(object("s", nasty));
    assertEquals("{\n  \"s\": \"quote \\\" backslash \\\\ newline \\n cr \\r tab \\t nul \\u0000 bell \\u0007 é → 😀"
        + " line\\u2028sep lone\\ud800\"\n}\n", json);
    assertEquals(nasty, MAPPER.readTree(json).get("s").asText());
  }

  @Test
  void everyControlCharacterRoundTrips() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    JsonNode back = MAPPER.readTree(Json.write(List.of(all.toString())));
    assertEquals(all.toString(), back.get(0).asText());
  }

  @Test
  void refusesMapsWithoutAStableOrderAndValuesItCannotWrite() {
    Map<String, Object> unordered = new HashMap<>(Map.of("a", 1, "b", 2));
    assertThrows(IllegalArgumentException.class, () -> Json.write(unordered));
    assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(1.5)));
    assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    // One key has one order.
    assertEquals("{\n  \"a\": 1\n}\n", Json.write(Map.of("a", 1)));
    List<Object> withNull = new ArrayList<>(Arrays.asList(null, 2L));
    assertEquals("[\n  null,\n  2\n]\n", Json.write(withNull));
  }
}
