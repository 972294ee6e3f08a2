import { Auth } from 'aws-amplify';
import { signUp, confirmSignUp, signIn, confirmSignIn, signInWithRedirect, signOut, resendSignUpCode, resetPassword, confirmResetPassword, updatePassword, fetchUserAttributes, updateUserAttributes, deleteUserAttributes, sendUserAttributeVerificationCode, confirmUserAttribute, setUpTOTP, updateMFAPreference, rememberDevice, forgetDevice, fetchDevices, deleteUser } from 'aws-amplify/auth';

// One wrapper per Auth method, as apps write them (spec §4.1).
export const authService = {
  // AUTH-01: object form; attributes move under options.userAttributes.
  register: (username, password, email) =>
    signUp({ username, password, options: { userAttributes: { email }, validationData: [] } }),
  // AUTH-02: the legacy positional form.
  registerLegacy: (username, password, email, phone) => signUp({ username, password, options: { userAttributes: { email, phone_number: phone } } }),
  registerEmailOnly: (username, password, email) => signUp({ username, password, options: { userAttributes: { email } } }),
  // AUTH-03
  // NOTE(amplify-migrate): AUTH-03 resolves { isSignUpComplete, nextStep } instead of 'SUCCESS'; auto sign-in is no longer automatic: call autoSignIn() on COMPLETE_AUTO_SIGN_IN
  confirm: (username, code) => confirmSignUp({ username, confirmationCode: code }),
  // NOTE(amplify-migrate): AUTH-03 resolves { isSignUpComplete, nextStep } instead of 'SUCCESS'; v5 defaulted forceAliasCreation to true, v6 does not
  confirmForced: (username, code) => confirmSignUp({ username, confirmationCode: code, options: { forceAliasCreation: true } }),
  // AUTH-04, three shapes.
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  login: (username, password) => signIn({ username, password }),
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  loginWithMetadata: (username, password) => signIn({ username, password, options: { clientMetadata: { source: 'web' } } }),
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  loginObject: (username, password) => signIn({ username, password }),
  // AUTH-05, AUTH-06, AUTH-07: the user argument is dropped.
  answerMfa: (user, code) => confirmSignIn({ challengeResponse: code }),
  answerMfaPlain: (user, code) => confirmSignIn({ challengeResponse: code }),
  answerMfaWithMetadata: (user, code) => confirmSignIn({ challengeResponse: code, options: { clientMetadata: { source: 'web' } } }),
  newPassword: (user, password) => confirmSignIn({ challengeResponse: password }),
  newPasswordWithAttributes: (user, password, name) => confirmSignIn({ challengeResponse: password, options: { userAttributes: { name } } }),
  answerChallenge: (user, answer) => confirmSignIn({ challengeResponse: answer }),
  // AUTH-08
  hostedUi: () => signInWithRedirect(),
  google: () => signInWithRedirect({ provider: 'Google' }),
  cognito: () => signInWithRedirect(),
  oidc: () => signInWithRedirect({ provider: { custom: 'Okta' } }),
  // AUTH-09 .. AUTH-13
  logout: () => signOut(),
  resend: (username) => resendSignUpCode({ username }),
  forgot: (username) => resetPassword({ username }),
  forgotWithMetadata: (username) => resetPassword({ username, options: { clientMetadata: { source: 'web' } } }),
  reset: (username, code, password) => confirmResetPassword({ username, confirmationCode: code, newPassword: password }),
  changePassword: (user, oldPassword, newPassword) => updatePassword({ oldPassword, newPassword }),
  // AUTH-21 .. AUTH-27
  // TODO(amplify-migrate): AUTH-21 fetchUserAttributes() resolves a plain object ({ email: '…' }), not a [{ Name, Value }] array
  attributes: (user) => fetchUserAttributes(),
  setAttributes: (user, attributes) => updateUserAttributes({ userAttributes: attributes }),
  dropAttributes: (user) => deleteUserAttributes({ userAttributeKeys: ['custom:plan'] }),
  sendEmailCode: () => sendUserAttributeVerificationCode({ userAttributeKey: 'email' }),
  sendEmailCodeFor: (user) => sendUserAttributeVerificationCode({ userAttributeKey: 'email' }),
  confirmEmail: (code) => confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code }),
  confirmEmailFor: (user, code) => confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code }),
  // AUTH-29 .. AUTH-38
  // TODO(amplify-migrate): AUTH-29 setUpTOTP() resolves { sharedSecret, getSetupUri() }, not the secret string; during sign-in use nextStep.totpSetupDetails
  totpSecret: (user) => setUpTOTP(),
  preferTotp: (user) => updateMFAPreference({ totp: 'PREFERRED' }),
  preferSms: (user) => updateMFAPreference({ sms: 'PREFERRED' }),
  noMfa: (user) => updateMFAPreference({ sms: 'DISABLED', totp: 'DISABLED' }),
  enableSms: (user) => updateMFAPreference({ sms: 'ENABLED' }),
  disableSms: (user) => updateMFAPreference({ sms: 'DISABLED' }),
  remember: () => rememberDevice(),
  forget: () => forgetDevice(),
  devices: () => fetchDevices(),
  deleteAccount: () => deleteUser(),
  // AUTH-41: no automatic rewrite; flagged.
  // TODO(amplify-migrate): AUTH-41 Auth.verifyTotpToken has no automatic rewrite (unknown method or argument shape): move it to the v6 functions of aws-amplify/auth (spec §4.1)
  verifyTotp: (user, code) => Auth.verifyTotpToken(user, code),
};

// AUTH-40
export function configureAuth(config) {
  // TODO(amplify-migrate): AUTH-40 Auth.configure is gone: fold this into the one Amplify.configure(outputs, libraryOptions) call (CFG-10, CFG-12)
  Auth.configure(config);
}
