/*
 * What a JavaScript rule costs: runs the built-in JS rule hub-auth-events and its YAML twin (bench/js-cost) over
 * 1 file and over N files that each hold an auth Hub listener, and prints the medians and the difference: GraalJS
 * start-up (1 file) and the cost per matching file. Run from the repository root: java bench/JsRuleCost.java [N] [runs]
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class JsRuleCost {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "remold-js-cost");
    Path one = corpus(root.resolve("one"), 1);
    Path many = corpus(root.resolve("many"), n);
    String remold = Path.of("remold").toAbsolutePath().toString();
    List<String> js = List.of(remold, "diff", "-q", "-o", "/dev/null", "--only", "hub-auth-events");
    List<String> yaml = List.of(remold, "diff", "-q", "-o", "/dev/null", "--rules", "bench/js-cost", "--only", "hub-auth-event-signin-yaml");
    time(js, one, 1);  // builds the jar when needed, warms the file cache
    double js1 = time(js, one, runs);
    double yaml1 = time(yaml, one, runs);
    double jsN = time(js, many, runs);
    double yamlN = time(yaml, many, runs);
    System.out.printf("1 file:   JS rule %.0f ms, YAML twin %.0f ms → GraalJS start-up ≈ %.0f ms%n", js1, yaml1, js1 - yaml1);
    System.out.printf("%d files: JS rule %.0f ms, YAML twin %.0f ms → per matching file ≈ %.2f ms more%n", n, jsN, yamlN,
        (jsN - yamlN - (js1 - yaml1)) / n);
  }

  /** Writes n files that each listen on the 'auth' channel and compare two event names. */
  static Path corpus(Path dir, int n) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{ \"dependencies\": { \"aws-amplify\": \"^5.3.0\" } }\n");
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("listener" + i + ".js"), """
          import { Hub } from 'aws-amplify';

          export function watch%d(setUser) {
            const listener = ({ payload }) => {
              switch (payload.event) {
                case 'signIn':
                  setUser(payload.data);
                  break;
                case 'tokenRefresh':
                  break;
              }
            };
            return Hub.listen('auth', listener);
          }
          """.formatted(i));
    }
    return dir;
  }

  /** Returns the median wall time in milliseconds of running the command over a folder. */
  static double time(List<String> command, Path dir, int runs) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      List<String> cmd = new ArrayList<>(command);
      cmd.add(dir.toString());
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor() > 1) {
        throw new IllegalStateException("remold failed: " + cmd);
      }
      times.add((System.nanoTime() - t0) / 1e6);
    }
    times.sort(null);
    return times.get(times.size() / 2);
  }
}
