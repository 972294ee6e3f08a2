import { Component } from '@angular/core';

@Component({
  selector: 'app-sign-in',
  template: `
    <amplify-authenticator [initialState]="'resetPassword'">
      <ng-template amplifySlot="reset-password-footer">
        <p>Check your inbox.</p>
      </ng-template>
    </amplify-authenticator>
  `,
})
export class SignInComponent {}

@Component({ selector: 'app-short', template: '<amplify-authenticator initialState="resetPassword"></amplify-authenticator>' })
export class ShortSignInComponent {}

// Not a template: a string that only looks like one stays as it is.
export const sample = '<amplify-authenticator initialState="resetPassword"></amplify-authenticator>';
