// Stand-in declarations for the Angular pieces this fixture uses (the type check installs no Angular):
// AuthenticatorService is declared with the ui-angular 5 members the migrated code uses.
declare module '@angular/core' {
  export function Component(options: { selector: string; templateUrl?: string; template?: string }): ClassDecorator;
}

declare module '@aws-amplify/ui-angular' {
  export class AuthenticatorService {
    route: string;
    user: { username: string; userId: string };
    toForgotPassword(): void;
    toSignIn(): void;
    signOut(): void;
  }
}
