package dev.remold.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real git command line, so tests check remold against git itself rather than against JGit. */
final class GitCli {

  private GitCli() {}

  /** Runs git in the folder with the user's and the system's config shut out, returning its standard output. */
  static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=remold test", "-c",
        "user.email=test@remold.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    // A GIT_DIR or GIT_INDEX_FILE inherited from a hook would point every test at the wrong repository.
    env.keySet().removeIf(k -> k.startsWith("GIT_"));
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output;
    try (InputStream in = process.getInputStream()) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      output = buffer.toString(StandardCharsets.UTF_8);
    }
    int code = process.waitFor();
    if (code != 0) {
      throw new AssertionError("git " + String.join(" ", args) + " failed with " + code + ":\n" + output);
    }
    return output;
  }
}
