package dev.remold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code // TODO(amplify-migrate): ID reason} or {@code // NOTE(amplify-migrate): ID reason} comment in a file
 * (or {@code <!-- TODO(amplify-migrate): ID reason -->} in a Vue template): its 1-based line, kind, the id it
 * cites and the reason.
 */
public record Marker(String file, int line, Kind kind, String markerId, String message) {
  /** TODO asks a person to act; NOTE explains a subtle change. */
  public enum Kind { TODO, NOTE }

  /** A line comment, or an HTML comment in the template of a Vue component. */
  private static final Pattern MARKER =
      Pattern.compile("^[ \\t]*(?://|<!--)[ \\t]*(TODO|NOTE)\\(amplify-migrate\\):[ \\t]*(\\S+)[ \\t]?(.*?)(?:[ \\t]*-->)?\\r?$");
  private static final String TAG = "(amplify-migrate):";

  /** Returns whether a line of code (with or without its line ending) is a marker. */
  public static boolean isMarkerLine(String line) {
    return line.contains(TAG) && MARKER.matcher(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line).matches();
  }

  /** Returns the markers in a file's text, in line order. */
  public static List<Marker> scan(String file, String text) {
    List<Marker> out = new ArrayList<>();
    if (!text.contains(TAG)) {
      return out;
    }
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      String l = text.substring(start, end);
      if (l.contains(TAG)) {
        Matcher m = MARKER.matcher(l);
        if (m.matches()) {
          out.add(new Marker(file, line, Kind.valueOf(m.group(1)), m.group(2), m.group(3).strip()));
        }
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
      line++;
    }
    return out;
  }
}
