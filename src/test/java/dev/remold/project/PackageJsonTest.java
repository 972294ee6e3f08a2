package dev.remold.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** package.json edits change only the entry they are about: layout, line endings and the final newline stay. */
class PackageJsonTest {
  private static final String TWO_SPACES = """
      {
        "name": "app",
        "dependencies": {
          "@aws-amplify/auth": "^5.6.0",
          "aws-amplify": "^5.3.11",
          "react": "^18.2.0"
        },
        "devDependencies": {
          "@aws-amplify/core": "5.8.0"
        }
      }
      """;

  @Test
  void findsTheDependenciesOfEverySectionWithTheirLines() {
    PackageJson p = PackageJson.parse(TWO_SPACES);
    assertEquals(List.of(
        new PackageJson.Dependency("dependencies", "@aws-amplify/auth", "^5.6.0", 4),
        new PackageJson.Dependency("dependencies", "aws-amplify", "^5.3.11", 5),
        new PackageJson.Dependency("dependencies", "react", "^18.2.0", 6),
        new PackageJson.Dependency("devDependencies", "@aws-amplify/core", "5.8.0", 9)), p.dependencies());
  }

  @Test
  void aNewRangeReplacesOnlyTheVersionString() {
    String out = PackageJson.parse(TWO_SPACES).withRange("dependencies", "aws-amplify", "^6.22.1").text();
    assertEquals(TWO_SPACES.replace("\"^5.3.11\"", "\"^6.22.1\""), out);
  }

  @Test
  void removingAnEntryTakesItsLineAndComma() {
    PackageJson p = PackageJson.parse(TWO_SPACES);
    assertEquals(TWO_SPACES.replace("    \"@aws-amplify/auth\": \"^5.6.0\",\n", ""),
        p.without("dependencies", "@aws-amplify/auth").text(), "the first entry");
    assertEquals(TWO_SPACES.replace("    \"aws-amplify\": \"^5.3.11\",\n", ""),
        p.without("dependencies", "aws-amplify").text(), "a middle entry");
    assertEquals(TWO_SPACES.replace("\"^5.3.11\",\n    \"react\": \"^18.2.0\"\n", "\"^5.3.11\"\n"),
        p.without("dependencies", "react").text(), "the last entry: the comma before it goes");
  }

  @Test
  void removingTheOnlyEntryLeavesAnEmptyObject() {
    String out = PackageJson.parse(TWO_SPACES).without("devDependencies", "@aws-amplify/core").text();
    assertEquals(TWO_SPACES.replace("{\n    \"@aws-amplify/core\": \"5.8.0\"\n  }", "{}"), out);
  }

  @Test
  void anAddedEntryTakesItsPlaceInNameOrderWithTheNeighboursLayout() {
    PackageJson p = PackageJson.parse(TWO_SPACES);
    assertEquals(TWO_SPACES.replace("    \"aws-amplify\"", "    \"@aws-amplify/react-native\": \"^1.3.3\",\n    \"aws-amplify\""),
        p.with("dependencies", "@aws-amplify/react-native", "^1.3.3").text());
    assertEquals(TWO_SPACES.replace("\"^18.2.0\"\n", "\"^18.2.0\",\n    \"react-native-get-random-values\": \"^1.11.0\"\n"),
        p.with("dependencies", "react-native-get-random-values", "^1.11.0").text(), "after the last name");
    assertEquals(TWO_SPACES.replace("    \"@aws-amplify/auth\"", "    \"@aws-amplify/adapter-nextjs\": \"^1.8.0\",\n    \"@aws-amplify/auth\""),
        p.with("dependencies", "@aws-amplify/adapter-nextjs", "^1.8.0").text(), "before the first name");
  }

  @Test
  void unsortedEntriesGetTheNewOneLast() {
    String text = "{\n  \"dependencies\": {\n    \"react\": \"^18\",\n    \"aws-amplify\": \"^5\"\n  }\n}\n";
    assertEquals("{\n  \"dependencies\": {\n    \"react\": \"^18\",\n    \"aws-amplify\": \"^5\",\n    \"next\": \"^14\"\n  }\n}\n",
        PackageJson.parse(text).with("dependencies", "next", "^14").text());
  }

  @Test
  void fourSpacesAndTabsAreKept() {
    String four = "{\n    \"dependencies\": {\n        \"aws-amplify\": \"^5.3.0\",\n        \"react\": \"^18\"\n    }\n}\n";
    PackageJson p = PackageJson.parse(four);
    assertEquals("{\n    \"dependencies\": {\n        \"aws-amplify\": \"^5.3.0\",\n        \"next\": \"^14\",\n        \"react\": \"^18\"\n    }\n}\n",
        p.with("dependencies", "next", "^14").text());
    assertEquals("{\n    \"dependencies\": {\n        \"react\": \"^18\"\n    }\n}\n", p.without("dependencies", "aws-amplify").text());

    String tabs = "{\n\t\"dependencies\": {\n\t\t\"aws-amplify\": \"^5.3.0\"\n\t}\n}\n";
    assertEquals("{\n\t\"dependencies\": {\n\t\t\"aws-amplify\": \"^5.3.0\",\n\t\t\"next\": \"^14\"\n\t}\n}\n",
        PackageJson.parse(tabs).with("dependencies", "next", "^14").text());
  }

  @Test
  void crlfAndAMissingFinalNewlineAreKept() {
    String crlf = "{\r\n  \"dependencies\": {\r\n    \"@aws-amplify/api\": \"^5\",\r\n    \"aws-amplify\": \"^5.3.0\"\r\n  }\r\n}";
    PackageJson p = PackageJson.parse(crlf);
    assertEquals("{\r\n  \"dependencies\": {\r\n    \"aws-amplify\": \"^5.3.0\"\r\n  }\r\n}",
        p.without("dependencies", "@aws-amplify/api").text());
    assertEquals("{\r\n  \"dependencies\": {\r\n    \"@aws-amplify/api\": \"^5\",\r\n    \"aws-amplify\": \"^5.3.0\",\r\n    \"next\": \"^14\"\r\n  }\r\n}",
        p.with("dependencies", "next", "^14").text());
    String empty = "{\r\n  \"name\": \"x\",\r\n  \"dependencies\": {}\r\n}";
    assertEquals("{\r\n  \"name\": \"x\",\r\n  \"dependencies\": {\r\n    \"next\": \"^14\"\r\n  }\r\n}",
        PackageJson.parse(empty).with("dependencies", "next", "^14").text());
  }

  @Test
  void anEmptyOrMissingSectionGetsTheFilesIndentation() {
    String empty = "{\n  \"name\": \"x\",\n  \"dependencies\": {}\n}\n";
    assertEquals("{\n  \"name\": \"x\",\n  \"dependencies\": {\n    \"next\": \"^14\"\n  }\n}\n",
        PackageJson.parse(empty).with("dependencies", "next", "^14").text());
    String missing = "{\n    \"name\": \"x\"\n}\n";
    assertEquals("{\n    \"name\": \"x\",\n    \"dependencies\": {\n        \"next\": \"^14\"\n    }\n}\n",
        PackageJson.parse(missing).with("dependencies", "next", "^14").text());
  }

  @Test
  void aOneLineObjectStaysOnOneLine() {
    String text = "{ \"dependencies\": { \"@aws-amplify/auth\": \"^5\", \"aws-amplify\": \"^5\" } }";
    PackageJson p = PackageJson.parse(text);
    assertEquals("{ \"dependencies\": { \"aws-amplify\": \"^5\" } }", p.without("dependencies", "@aws-amplify/auth").text());
    assertEquals("{ \"dependencies\": { \"@aws-amplify/auth\": \"^5\" } }", p.without("dependencies", "aws-amplify").text());
    assertEquals("{ \"dependencies\": { \"@aws-amplify/auth\": \"^5\", \"aws-amplify\": \"^5\", \"next\": \"^14\" } }",
        p.with("dependencies", "next", "^14").text());
  }

  @Test
  void theKeyValueSeparatorOfTheFileIsKept() {
    String text = "{\"dependencies\":{\"aws-amplify\":\"5.3.0\"}}";
    assertEquals("{\"dependencies\":{\"aws-amplify\":\"5.3.0\",\"next\":\"^14\"}}",
        PackageJson.parse(text).with("dependencies", "next", "^14").text());
  }

  @Test
  void escapesAndOtherValuesAreReadNotTouched() {
    String text = "{\n  \"description\": \"a \\\"quoted\\\" \\u00e9 name\",\n  \"files\": [1, 2.5e3, true, null, {\"a\": []}],\n"
        + "  \"dependencies\": {\n    \"aws-amplify\": \"^5\"\n  }\n}\n";
    assertEquals(text.replace("\"^5\"", "\"^6.22.1\""),
        PackageJson.parse(text).withRange("dependencies", "aws-amplify", "^6.22.1").text());
  }

  @Test
  void textThatIsNotStrictJsonIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PackageJson.parse("{\n  \"dependencies\": {\n    \"a\": \"1\",\n  }\n}\n"));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PackageJson.parse("[]"));
    assertThrows(IllegalArgumentException.class, () -> PackageJson.parse("{} // comment"));
    assertThrows(IllegalArgumentException.class, () -> PackageJson.parse("{\"a\": \"unclosed}"));
  }
}
