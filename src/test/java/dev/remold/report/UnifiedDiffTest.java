package dev.remold.report;

import static dev.remold.TestCommands.git;
import static dev.remold.TestCommands.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks each diff against the real consumers: git apply --check, then patch -p1 whose result must
 * equal the new text byte for byte, and git's own diff of the same change.
 */
class UnifiedDiffTest {
  private static final String PATH = "src/app.js";

  @TempDir Path tmp;

  @Test
  void pinsTheExactFormat() {
    String expected =
        """
        diff --git a/a.txt b/a.txt
        --- a/a.txt
        +++ b/a.txt
        @@ -1,3 +1,3 @@
         one
        -two
        +2
         three
        """;
    assertEquals(expected, UnifiedDiff.of("a.txt", "one\ntwo\nthree\n", "one\n2\nthree\n"));
  }

  @Test
  void pinsTheNoNewlineMarkerAndSingleLineRanges() {
    String expected =
        """
        diff --git a/a.txt b/a.txt
        --- a/a.txt
        +++ b/a.txt
        @@ -1 +1 @@
        -old
        \\ No newline at end of file
        +new
        \\ No newline at end of file
        """;
    assertEquals(expected, UnifiedDiff.of("a.txt", "old", "new"));
  }

  @Test
  void aNewFileIsDiffedFromDevNullAsGitDoesAndGitApplyAndPatchCreateIt() throws Exception {
    String text = "export const a = 1;\n\nexport const b = 2;\n";
    String diff = UnifiedDiff.ofNewFile("src/utils/new.js", text);
    assertEquals("""
        diff --git a/src/utils/new.js b/src/utils/new.js
        new file mode 100644
        --- /dev/null
        +++ b/src/utils/new.js
        @@ -0,0 +1,3 @@
        +export const a = 1;
        +
        +export const b = 2;
        """, diff);

    Path repo = Files.createDirectory(tmp.resolve("repo"));
    git(repo, "init", "-q");
    Path file = repo.resolve("src/utils/new.js");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    git(repo, "add", "-N", "--", "src/utils/new.js");
    String gitDiff = git(repo, "diff", "--no-color", "--no-ext-diff", "--", "src/utils/new.js");
    assertEquals(withoutGitExtras(gitDiff), diff, "differs from git diff");
    git(repo, "rm", "-q", "--cached", "--", "src/utils/new.js");
    Files.delete(file);

    Path patchFile = Files.writeString(tmp.resolve("new.patch"), diff, UTF_8);
    git(repo, "apply", "--check", patchFile.toString());
    run(repo, "patch", "-p1", "--fuzz=0", "--no-backup-if-mismatch", "-i", patchFile.toString());
    assertEquals(text, Files.readString(file));
    assertEquals("", UnifiedDiff.ofNewFile("empty.js", ""));
    assertTrue(UnifiedDiff.ofNewFile("a b.js", "x\n").contains("--- /dev/null\n+++ b/a b.js\t\n"));
  }

  @Test
  void equalTextsGiveNoDiff() {
    assertEquals("", UnifiedDiff.of(PATH, "same\n", "same\n"));
    assertEquals("", UnifiedDiff.of(PATH, "", ""));
  }

  @Test
  void changeInTheMiddleOfALongFileKeepsThreeLinesOfContext() throws Exception {
    String diff = assertApplies(numbered(40), numbered(40).replace("line 20\n", "line twenty\n"));
    assertEquals(List.of("@@ -17,7 +17,7 @@"), hunkHeaders(diff));
  }

  @Test
  void separatedChangesGetSeparateHunks() throws Exception {
    // Lines 10 and 18 have 7 equal lines between them: one more than two contexts can cover.
    String newText =
        numbered(40)
            .replace("line 10\n", "ten\n")
            .replace("line 18\n", "eighteen\n")
            .replace("line 35\n", "thirty-five\n");
    String diff = assertApplies(numbered(40), newText);
    assertEquals(
        List.of("@@ -7,7 +7,7 @@", "@@ -15,7 +15,7 @@", "@@ -32,7 +32,7 @@"), hunkHeaders(diff));
  }

  @Test
  void changesWhoseContextsTouchShareOneHunk() throws Exception {
    // Lines 10 and 17 have 6 equal lines between them: the two contexts meet exactly.
    String newText = numbered(40).replace("line 10\n", "ten\n").replace("line 17\n", "seventeen\n");
    String diff = assertApplies(numbered(40), newText);
    assertEquals(List.of("@@ -7,14 +7,14 @@"), hunkHeaders(diff));
  }

  @Test
  void changeOfTheFirstLine() throws Exception {
    String diff = assertApplies(numbered(10), numbered(10).replace("line 1\n", "first\n"));
    assertEquals(List.of("@@ -1,4 +1,4 @@"), hunkHeaders(diff));
  }

  @Test
  void changeOfTheLastLine() throws Exception {
    String diff = assertApplies(numbered(10), numbered(10).replace("line 10\n", "last\n"));
    assertEquals(List.of("@@ -7,4 +7,4 @@"), hunkHeaders(diff));
  }

  @Test
  void changedLastLineWithoutFinalNewline() throws Exception {
    String diff = assertApplies("a\nb\nc", "a\nb\nC");
    assertEquals(2, count(diff, "\\ No newline at end of file\n"));
  }

  @Test
  void unterminatedLastLineAsContext() throws Exception {
    String oldText = numbered(10).strip();
    String diff = assertApplies(oldText, oldText.replace("line 8\n", "eight\n"));
    assertTrue(diff.endsWith(" line 10\n\\ No newline at end of file\n"), diff);
  }

  @Test
  void addingTheFinalNewline() throws Exception {
    String diff = assertApplies("a\nb\nc", "a\nb\nc\n");
    assertTrue(diff.contains("-c\n\\ No newline at end of file\n+c\n"), diff);
  }

  @Test
  void removingTheFinalNewline() throws Exception {
    String diff = assertApplies("a\nb\nc\n", "a\nb\nc");
    assertTrue(diff.contains("-c\n+c\n\\ No newline at end of file\n"), diff);
  }

  @Test
  void appendingAfterAnUnterminatedLastLine() throws Exception {
    assertApplies("a\nb", "a\nb\nc");
  }

  @Test
  void crlfFileKeepsItsLineEndings() throws Exception {
    String oldText = "one\r\ntwo\r\nthree\r\nfour\r\n";
    String diff = assertApplies(oldText, "one\r\n2\r\nthree\r\nnew\r\nfour\r\n");
    assertTrue(diff.contains("\n-two\r\n+2\r\n three\r\n+new\r\n"), diff);
  }

  @Test
  void crlfFileWithoutFinalNewline() throws Exception {
    assertApplies("one\r\ntwo\r\nthree", "one\r\ntwo\r\nTHREE");
  }

  @Test
  void mixedLineEndings() throws Exception {
    // The second change only turns a CRLF into LF: that is a change, not noise.
    assertApplies("a\r\nb\nc\r\nd\ne\r\n", "a\r\nB\nc\nd\ne\r\nf\n");
  }

  @Test
  void nonAsciiContent() throws Exception {
    String oldText = "const greeting = '你好世界';\nconst mood = '🙂';\nconst 名前 = 'テスト';\n";
    String diff = assertApplies(oldText, oldText.replace("🙂", "🚀👩‍💻").replace("世界", "世间"));
    assertTrue(diff.contains("+const mood = '🚀👩‍💻';\n"), diff);
  }

  @Test
  void emptyOldText() throws Exception {
    String diff = assertApplies("", "first\nsecond\n");
    assertEquals(List.of("@@ -0,0 +1,2 @@"), hunkHeaders(diff));
  }

  @Test
  void emptyOldTextToOneUnterminatedLine() throws Exception {
    assertApplies("", "only");
  }

  @Test
  void emptyNewText() throws Exception {
    String diff = assertApplies("first\nsecond\n", "");
    assertEquals(List.of("@@ -1,2 +0,0 @@"), hunkHeaders(diff));
  }

  @Test
  void pathWithSpaces() throws Exception {
    String diff = assertApplies("my dir/my file.js", "a\nb\n", "a\nB\n");
    assertTrue(diff.contains("\n+++ b/my dir/my file.js\t\n"), diff);
  }

  private String assertApplies(String oldText, String newText) throws Exception {
    return assertApplies(PATH, oldText, newText);
  }

  /** Returns the diff after checking it with git apply, patch -p1 and git diff. */
  private String assertApplies(String path, String oldText, String newText) throws Exception {
    Path repo = Files.createDirectory(tmp.resolve("repo"));
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, oldText.getBytes(UTF_8));
    git(repo, "init", "-q");
    git(repo, "add", "--", path);
    git(repo, "commit", "-q", "-m", "old");

    String diff = UnifiedDiff.of(path, oldText, newText);
    assertTrue(diff.endsWith("\n"), diff);

    Files.write(file, newText.getBytes(UTF_8));
    String gitDiff = git(repo, "diff", "--no-color", "--no-ext-diff",
        "--no-indent-heuristic", "--", path);
    // Our cases have one obvious alignment; a case where Myers could pick another may need this
    // comparison dropped, not the format changed.
    assertEquals(withoutGitExtras(gitDiff), diff, "differs from git diff");
    Files.write(file, oldText.getBytes(UTF_8));

    Path patchFile = Files.writeString(tmp.resolve("change.patch"), diff, UTF_8);
    git(repo, "apply", "--check", patchFile.toString());
    run(repo, "patch", "-p1", "--fuzz=0", "--no-backup-if-mismatch", "-i", patchFile.toString());
    assertArrayEquals(newText.getBytes(UTF_8), Files.readAllBytes(file), "patched file");
    return diff;
  }

  /** Drops what git adds beyond our format: the index line and the function name after @@. */
  private static String withoutGitExtras(String gitDiff) {
    return gitDiff
        .replaceFirst("(?m)^index [^\n]*\n", "")
        .replaceAll("(?m)^(@@ -\\S+ \\+\\S+ @@)[^\n]*", "$1");
  }

  private static String numbered(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }

  private static List<String> hunkHeaders(String diff) {
    List<String> headers = new ArrayList<>();
    for (String line : diff.split("\n")) {
      if (line.startsWith("@@ ")) {
        headers.add(line);
      }
    }
    return headers;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
