import { signIn } from 'aws-amplify/auth';

// 你好, 世界 — 😀 emoji and CJK before the match must not shift offsets.
const welcome = '欢迎 👋🏽 ようこそ';

export async function enter(名前, password) {
  console.log(welcome, '🚀');
  // NOTE(amplify-migrate): AUTH-04 v6 signIn returns nextStep instead of throwing UserNotConfirmedException or PasswordResetRequiredException, and throws UserAlreadyAuthenticatedException when a user is signed in (ERR-04, ERR-07)
  await signIn({ username: 名前, password }); // 注释 after the call
  return '👍';
}
