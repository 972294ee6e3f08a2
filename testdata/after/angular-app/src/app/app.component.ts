import { Component } from '@angular/core';
import { AuthenticatorService } from '@aws-amplify/ui-angular';

@Component({ selector: 'app-root', templateUrl: './app.component.html' })
export class AppComponent {
  constructor(public authenticator: AuthenticatorService) {
    if (authenticator.route === 'setupTotp') {
      console.log('asking for an authenticator app');
    }
  }

  get resetting(): boolean {
    return this.authenticator.route === 'forgotPassword';
  }

  forgot(): void {
    this.authenticator.toForgotPassword();
  }
}
