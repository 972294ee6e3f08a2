package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeWriterTest {

  @TempDir Path tmp;

  @Test
  void replacesTheContentExactly() throws IOException {
    Path file = tmp.resolve("a.ts");
    Files.writeString(file, "old content that is longer than the new one\n");
    byte[] bytes = "new\r\ncontent 😀".getBytes(StandardCharsets.UTF_8);

    SafeWriter.write(file, bytes);

    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertEquals(List.of("a.ts"), names(tmp));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rwxr-xr-x", "rw-------", "rw-rw-r--", "r--r-----"})
  void keepsThePermissions(String mode) throws IOException {
    Path file = tmp.resolve("script.js");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

    SafeWriter.write(file, "new\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("new\n", Files.readString(file));
  }

  @Test
  void writesThroughASymlinkAndKeepsTheLink() throws IOException {
    Path real = tmp.resolve("real/config.ts");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "old\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-x---"));
    Path link = tmp.resolve("link.ts");
    Files.createSymbolicLink(link, Path.of("real/config.ts"));

    SafeWriter.write(link, "new\n".getBytes(StandardCharsets.UTF_8));

    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("real/config.ts"), Files.readSymbolicLink(link));
    assertEquals("new\n", Files.readString(real));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    // The temp file belongs beside the real file, and must be gone from both folders.
    assertEquals(List.of("link.ts", "real"), names(tmp));
    assertEquals(List.of("config.ts"), names(real.getParent()));
  }

  @Test
  void createsAFileThatDoesNotExistYet() throws IOException {
    Path file = tmp.resolve("fresh.ts");

    SafeWriter.write(file, "x".getBytes(StandardCharsets.UTF_8));

    assertEquals("x", Files.readString(file));
    assertEquals(List.of("fresh.ts"), names(tmp));
  }

  @Test
  void createMakesTheFoldersAndTheFileWithNoTempFileLeft() throws IOException {
    Path file = tmp.resolve("src/utils/new.ts");

    SafeWriter.create(file, "export {};\n".getBytes(StandardCharsets.UTF_8));

    assertEquals("export {};\n", Files.readString(file));
    assertEquals(List.of("new.ts"), names(file.getParent()));
  }

  @Test
  void createNeverReplacesAFileNorALink() throws IOException {
    Path file = tmp.resolve("mine.ts");
    Files.writeString(file, "mine\n");
    Path link = tmp.resolve("link.ts");
    Files.createSymbolicLink(link, Path.of("nowhere.ts"));

    assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> SafeWriter.create(file, new byte[] {1}));
    assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> SafeWriter.create(link, new byte[] {1}));

    assertEquals("mine\n", Files.readString(file));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of("link.ts", "mine.ts"), names(tmp));
  }

  @Test
  void leavesTheOriginalAndNoTempFileWhenTheRenameFails() throws IOException {
    // A non-empty folder cannot be replaced by a file, so the rename, the last step, fails.
    Path target = tmp.resolve("target.ts");
    Files.createDirectories(target);
    Files.writeString(target.resolve("inside.ts"), "keep\n");

    assertThrows(IOException.class, () -> SafeWriter.write(target, new byte[] {1, 2, 3}));

    assertTrue(Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep\n", Files.readString(target.resolve("inside.ts")));
    assertEquals(List.of("target.ts"), names(tmp));
  }

  @Test
  void refusesABrokenSymlink() throws IOException {
    Path link = tmp.resolve("dangling.ts");
    Files.createSymbolicLink(link, tmp.resolve("missing.ts"));

    assertThrows(IOException.class, () -> SafeWriter.write(link, new byte[] {'x'}));

    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of("dangling.ts"), names(tmp));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileChangedSinceItWasReadIsNotOverwritten(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.js");
    java.nio.file.Files.writeString(f, "edited by someone else\n");
    byte[] expected = "what remold read\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertThrows(SafeWriter.ChangedOnDiskException.class,
        () -> SafeWriter.writeIfUnchanged(f, expected, "rewritten\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.junit.jupiter.api.Assertions.assertEquals("edited by someone else\n", java.nio.file.Files.readString(f));
    SafeWriter.writeIfUnchanged(f, "edited by someone else\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "rewritten\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assertions.assertEquals("rewritten\n", java.nio.file.Files.readString(f));
  }
}
