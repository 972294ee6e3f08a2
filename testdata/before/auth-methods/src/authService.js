import { Auth } from 'aws-amplify';
import { CognitoHostedUIIdentityProvider } from '@aws-amplify/auth';

// One wrapper per Auth method, as apps write them (spec §4.1).
export const authService = {
  // AUTH-01: object form; attributes move under options.userAttributes.
  register: (username, password, email) =>
    Auth.signUp({ username, password, attributes: { email }, validationData: [] }),
  // AUTH-02: the legacy positional form.
  registerLegacy: (username, password, email, phone) => Auth.signUp(username, password, email, phone),
  registerEmailOnly: (username, password, email) => Auth.signUp(username, password, email),
  // AUTH-03
  confirm: (username, code) => Auth.confirmSignUp(username, code),
  confirmForced: (username, code) => Auth.confirmSignUp(username, code, { forceAliasCreation: true }),
  // AUTH-04, three shapes.
  login: (username, password) => Auth.signIn(username, password),
  loginWithMetadata: (username, password) => Auth.signIn(username, password, { source: 'web' }),
  loginObject: (username, password) => Auth.signIn({ username, password, validationData: {} }),
  // AUTH-05, AUTH-06, AUTH-07: the user argument is dropped.
  answerMfa: (user, code) => Auth.confirmSignIn(user, code, 'SOFTWARE_TOKEN_MFA'),
  answerMfaPlain: (user, code) => Auth.confirmSignIn(user, code),
  answerMfaWithMetadata: (user, code) => Auth.confirmSignIn(user, code, 'SMS_MFA', { source: 'web' }),
  newPassword: (user, password) => Auth.completeNewPassword(user, password),
  newPasswordWithAttributes: (user, password, name) => Auth.completeNewPassword(user, password, { name }),
  answerChallenge: (user, answer) => Auth.sendCustomChallengeAnswer(user, answer),
  // AUTH-08
  hostedUi: () => Auth.federatedSignIn(),
  google: () => Auth.federatedSignIn({ provider: CognitoHostedUIIdentityProvider.Google }),
  cognito: () => Auth.federatedSignIn({ provider: CognitoHostedUIIdentityProvider.Cognito }),
  oidc: () => Auth.federatedSignIn({ customProvider: 'Okta' }),
  // AUTH-09 .. AUTH-13
  logout: () => Auth.signOut(),
  resend: (username) => Auth.resendSignUp(username),
  forgot: (username) => Auth.forgotPassword(username),
  forgotWithMetadata: (username) => Auth.forgotPassword(username, { source: 'web' }),
  reset: (username, code, password) => Auth.forgotPasswordSubmit(username, code, password),
  changePassword: (user, oldPassword, newPassword) => Auth.changePassword(user, oldPassword, newPassword),
  // AUTH-21 .. AUTH-27
  attributes: (user) => Auth.userAttributes(user),
  setAttributes: (user, attributes) => Auth.updateUserAttributes(user, attributes),
  dropAttributes: (user) => Auth.deleteUserAttributes(user, ['custom:plan']),
  sendEmailCode: () => Auth.verifyCurrentUserAttribute('email'),
  sendEmailCodeFor: (user) => Auth.verifyUserAttribute(user, 'email'),
  confirmEmail: (code) => Auth.verifyCurrentUserAttributeSubmit('email', code),
  confirmEmailFor: (user, code) => Auth.verifyUserAttributeSubmit(user, 'email', code),
  // AUTH-29 .. AUTH-38
  totpSecret: (user) => Auth.setupTOTP(user),
  preferTotp: (user) => Auth.setPreferredMFA(user, 'TOTP'),
  preferSms: (user) => Auth.setPreferredMFA(user, 'SMS'),
  noMfa: (user) => Auth.setPreferredMFA(user, 'NOMFA'),
  enableSms: (user) => Auth.enableSMS(user),
  disableSms: (user) => Auth.disableSMS(user),
  remember: () => Auth.rememberDevice(),
  forget: () => Auth.forgetDevice(),
  devices: () => Auth.fetchDevices(),
  deleteAccount: () => Auth.deleteUser(),
  // AUTH-41: no automatic rewrite; flagged.
  verifyTotp: (user, code) => Auth.verifyTotpToken(user, code),
};

// AUTH-40
export function configureAuth(config) {
  Auth.configure(config);
}
