package dev.remold.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a changed file so that a reader (or a crash) sees either the old content or the new, never a half-written
 * file.
 */
public final class SafeWriter {

  static final String TEMP_SUFFIX = ".remold-tmp";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SafeWriter() {}

  /** Thrown when a file no longer holds what remold read: someone changed it during the run. */
  public static final class ChangedOnDiskException extends IOException {
    ChangedOnDiskException(Path file) {
      super(file + " changed on disk after remold read it; run remold again");
    }
  }

  /**
   * Writes bytes to target as {@link #write} does, but only while the file still holds
   * {@code expected} (what remold read and rewrote); otherwise throws {@link ChangedOnDiskException}.
   */
  public static void writeIfUnchanged(Path target, byte[] expected, byte[] bytes) throws IOException {
    if (!java.util.Arrays.equals(Files.readAllBytes(target), expected)) {
      throw new ChangedOnDiskException(target);
    }
    write(target, bytes);
  }

  /**
   * Writes bytes to target via a temp file in the same folder and an atomic rename, keeping the target's POSIX
   * permissions; a symlink target is written through to its real file.
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path file = resolve(target);
    Path dir = file.toAbsolutePath().getParent();
    Set<PosixFilePermission> permissions = existingPermissions(file);
    Path temp = createTemp(dir, file.getFileName().toString());
    boolean moved = false;
    try {
      writeFlushed(temp, bytes);
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same folder, so this means a file system without atomic rename; a plain replace would not be safe.
        throw new IOException("cannot replace " + file + " atomically on this file system", e);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Creates a file holding bytes, and the folders above it, only where nothing stands: the name appears with the whole
   * content at once (a hard link to a finished temp file), and an existing file, even one made meanwhile, is never
   * replaced but reported with {@link FileAlreadyExistsException}.
   */
  public static void create(Path target, byte[] bytes) throws IOException {
    Path file = target.toAbsolutePath();
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path temp = createTemp(dir, file.getFileName().toString());
    try {
      writeFlushed(temp, bytes);
      try {
        // Linking fails when the name exists, where a rename would replace the file.
        Files.createLink(file, temp);
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        if (e instanceof FileAlreadyExistsException) {
          throw e;
        }
        // No hard links here: CREATE_NEW still never replaces a file, though a crash may leave it half-written.
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes bytes to a temp file and flushes them to the disk: done before the rename (or link) so a crash cannot leave
   * the final name pointing at missing data.
   */
  private static void writeFlushed(Path temp, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(/* metaData= */ true);
    }
  }

  /** Returns the file to replace: a link's real file, so the link itself stays a link. */
  private static Path resolve(Path target) throws IOException {
    if (Files.exists(target)) {
      return target.toRealPath();
    }
    if (Files.isSymbolicLink(target)) {
      throw new NoSuchFileException(target.toString(), null, "symlink leads nowhere");
    }
    return target.toAbsolutePath();
  }

  /** Returns the target's permissions, or null for a new file or a file system without POSIX permissions. */
  private static Set<PosixFilePermission> existingPermissions(Path file) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    return view.readAttributes().permissions();
  }

  /**
   * Creates an empty temp file beside the target; opened with CREATE_NEW rather than Files.createTempFile, whose
   * 0600 mode would leak into a new file, while this one gets the usual umask-based mode.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      byte[] nonce = new byte[6];
      RANDOM.nextBytes(nonce);
      Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(nonce) + TEMP_SUFFIX);
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }
}
