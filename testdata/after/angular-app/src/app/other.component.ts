import { Component } from '@angular/core';

// Not ui-angular's service: a class of this app with the same name stays as it is.
class AuthenticatorService {
  route = 'resetPassword';
  toResetPassword(): void {}
}

@Component({ selector: 'app-other', template: '' })
export class OtherComponent {
  constructor(private authenticator: AuthenticatorService) {}

  back(): boolean {
    this.authenticator.toResetPassword();
    return this.authenticator.route === 'resetPassword';
  }
}
