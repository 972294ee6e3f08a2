package dev.remold.cli;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks the C library about the process's standard streams: whether one is a terminal, and how wide. Java's Console
 * only says whether stdin and stdout both are, and the progress bar needs to know about stderr alone. The jar's
 * manifest grants the native access these calls need; where a JVM denies it, a call throws and gets no answer.
 */
final class Terminal {
  static final int STDIN = 0;
  static final int STDOUT = 1;
  static final int STDERR = 2;

  private Terminal() {}

  /** Returns whether a file descriptor is a terminal, or empty when this system cannot be asked. */
  @SuppressWarnings("restricted")
  static Optional<Boolean> isTerminal(int fd) {
    try {
      Linker linker = Linker.nativeLinker();
      Optional<MemorySegment> isatty = linker.defaultLookup().find("isatty");
      if (isatty.isEmpty()) {
        return Optional.empty();
      }
      MethodHandle call = linker.downcallHandle(isatty.get(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
      return Optional.of((int) call.invokeExact(fd) == 1);
    } catch (Throwable e) {
      // No native access (a JVM started without it, another platform): the caller falls back to Console.
      return Optional.empty();
    }
  }

  /** Returns the number of columns of the terminal on a file descriptor, or 0 when unknown. */
  @SuppressWarnings("restricted")
  static int columns(int fd) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    // TIOCGWINSZ differs per kernel; other systems are not asked.
    long request = os.contains("linux") ? 0x5413L : os.contains("mac") ? 0x40087468L : -1;
    if (request < 0) {
      return 0;
    }
    try (Arena arena = Arena.ofConfined()) {
      Linker linker = Linker.nativeLinker();
      Optional<MemorySegment> ioctl = linker.defaultLookup().find("ioctl");
      if (ioctl.isEmpty()) {
        return 0;
      }
      MethodHandle call = linker.downcallHandle(ioctl.get(), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
          Linker.Option.firstVariadicArg(2));
      // struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; }
      MemorySegment size = arena.allocate(8, 2);
      int rc = (int) call.invokeExact(fd, request, size);
      return rc == 0 ? Short.toUnsignedInt(size.get(JAVA_SHORT, 2)) : 0;
    } catch (Throwable e) {
      return 0;
    }
  }
}
