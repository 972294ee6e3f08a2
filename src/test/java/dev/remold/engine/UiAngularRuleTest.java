package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.remold.rules.Safety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ui-angular service rule's flag, which no golden pair can hold: the flagged code does not compile against
 * ui-angular 5 (that is why it is flagged), and golden TypeScript must.
 */
class UiAngularRuleTest {
  @TempDir
  Path tmp;

  @Test
  void theUsersAttributesAreFlaggedForReview() throws IOException {
    Path app = Files.createDirectories(tmp.resolve("app/src"));
    Files.writeString(app.resolve("profile.component.ts"), """
        import { AuthenticatorService } from '@aws-amplify/ui-angular';

        export class ProfileComponent {
          constructor(private authenticator: AuthenticatorService) {}

          get email(): string {
            return this.authenticator.user.attributes.email;
          }
        }
        """);
    RunReport r = new Engine(GoldenPairsTest.builtinRules().packs(), GoldenPairsTest.optionsOf(tmp.resolve("app")))
        .run(List.of(tmp.resolve("app")));
    FileResult.Changed c = assertInstanceOf(FileResult.Changed.class, r.results().getFirst());
    assertEquals("""
        import { AuthenticatorService } from '@aws-amplify/ui-angular';

        export class ProfileComponent {
          constructor(private authenticator: AuthenticatorService) {}

          get email(): string {
            // TODO(amplify-migrate): UIA-03 the user has no attributes in ui-angular 5: read them with fetchUserAttributes() from 'aws-amplify/auth'
            return this.authenticator.user.attributes.email;
          }
        }
        """, c.after());
    assertEquals(Safety.REVIEW, c.findings().getFirst().safety());
  }
}
